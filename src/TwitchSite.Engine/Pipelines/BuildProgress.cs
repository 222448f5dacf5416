namespace TwitchSite.Engine.Pipelines;

/// <summary>
/// Where a running build is, for a progress display: the engine sets the module that runs (its
/// pipeline, its name and how many documents it was given) and per-document modules count the
/// documents they finish. Read from another thread while the build runs; the values are
/// snapshots, never a lock the build waits for.
/// </summary>
public sealed class BuildProgress
{
    private ProgressStep _step = new("", "", 0, Counted: false);
    private int _done;

    /// <summary>The module running now and how many of its documents are done.</summary>
    public (ProgressStep Step, int Done) Current => (Volatile.Read(ref _step), Volatile.Read(ref _done));

    /// <summary>
    /// Called on the changing thread after every <see cref="Begin"/> and <see cref="Advance"/>
    /// with the new step and count: for a log or a test that must see every step, where
    /// <see cref="Current"/> is only what a display samples. Must be quick and must not throw.
    /// </summary>
    public Action<ProgressStep, int>? Changed { get; init; }

    /// <summary>Called by the engine when <paramref name="step"/> starts, and by a module that counts parts of its own work (search shards).</summary>
    public void Begin(ProgressStep step)
    {
        Volatile.Write(ref _done, 0);
        Volatile.Write(ref _step, step);
        Changed?.Invoke(step, 0);
    }

    /// <summary>Called by a per-document module as each document is done (any thread).</summary>
    public void Advance()
    {
        var done = Interlocked.Increment(ref _done);
        Changed?.Invoke(Volatile.Read(ref _step), done);
    }
}
