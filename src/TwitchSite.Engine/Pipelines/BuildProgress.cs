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

    /// <summary>Called by the engine when <paramref name="step"/> starts.</summary>
    public void Begin(ProgressStep step)
    {
        Volatile.Write(ref _done, 0);
        Volatile.Write(ref _step, step);
    }

    /// <summary>Called by a per-document module as each document is done (any thread).</summary>
    public void Advance() => Interlocked.Increment(ref _done);
}
