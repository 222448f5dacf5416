using System.Collections.Concurrent;
using TwitchSite.Engine.Pipelines;

namespace TwitchSite.Engine.Caching;

/// <summary>
/// Memory kept from one build to the next build of the same site, so a live preview rebuilds
/// only what a change touched. Holds: the files read last time (<see cref="Files"/>), what each
/// cacheable module produced for each document (reused while the document and the module's
/// stamp are unchanged), what was written to each output path, and named state that app
/// features keep (parsed layouts, settings). Builds without a cache (the <c>build</c> command)
/// never see any of this. Not thread-safe across builds: run one build at a time.
/// </summary>
public sealed class ExecutionCache
{
    private readonly Dictionary<ModuleKey, ModuleMemo> _memos = [];
    private readonly ConcurrentDictionary<string, object> _state = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ModuleKey, ModuleReuse> _reuse = new();

    /// <summary>Files read by <c>ReadFiles</c>, reused while their size and modification time are unchanged.</summary>
    public FileSnapshots Files { get; } = new();

    /// <summary>What <c>WriteFiles</c> last put at each output path (valid only after a committed build).</summary>
    internal ConcurrentDictionary<string, object> Written { get; } = new(StringComparer.Ordinal);

    /// <summary>How many documents each cacheable module reused or recomputed in the latest build.</summary>
    public IReadOnlyList<ModuleReuse> LastBuild => _reuse.Values.OrderBy(r => r.Pipeline, StringComparer.Ordinal).ThenBy(r => r.Phase).ThenBy(r => r.Index).ToList();

    /// <summary>Forgets everything: the next build computes every document again.</summary>
    public void Clear()
    {
        lock (_memos)
        {
            _memos.Clear();
        }

        _state.Clear();
        _reuse.Clear();
        Files.Clear();
        Written.Clear();
    }

    /// <summary>Named state an app feature keeps between builds, created on first use.</summary>
    public T State<T>(string key)
        where T : class, new() =>
        (T)_state.GetOrAdd(key, _ => new T());

    /// <summary>Called by the engine when a build starts.</summary>
    internal void BeginBuild() => _reuse.Clear();

    /// <summary>The memo of the module at <paramref name="key"/>.</summary>
    internal ModuleMemo MemoOf(ModuleKey key)
    {
        lock (_memos)
        {
            if (!_memos.TryGetValue(key, out var memo))
            {
                memo = new ModuleMemo();
                _memos[key] = memo;
            }

            return memo;
        }
    }

    /// <summary>Records what a module reused, for reports.</summary>
    internal void Record(ModuleKey key, string module, int reused, int computed) =>
        _reuse[key] = new ModuleReuse(key.Pipeline, key.Phase, key.Index, module, reused, computed);
}

/// <summary>Where a module sits: its pipeline, phase and position in that phase.</summary>
/// <param name="Pipeline">Pipeline name.</param>
/// <param name="Phase">Phase.</param>
/// <param name="Index">0-based position among the phase's modules.</param>
public readonly record struct ModuleKey(string Pipeline, Phase Phase, int Index);

/// <summary>How many documents a cacheable module reused from the previous build and how many it computed.</summary>
/// <param name="Pipeline">Pipeline name.</param>
/// <param name="Phase">Phase.</param>
/// <param name="Index">Position in the phase.</param>
/// <param name="Module">Module type name.</param>
/// <param name="Reused">Documents taken from the previous build.</param>
/// <param name="Computed">Documents processed again.</param>
public sealed record ModuleReuse(string Pipeline, Phase Phase, int Index, string Module, int Reused, int Computed);
