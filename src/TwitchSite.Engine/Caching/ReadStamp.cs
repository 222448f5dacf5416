using TwitchSite.Engine.Modules;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Engine.Caching;

/// <summary>
/// The cache stamp parts of a module's declared <see cref="IModule.Reads"/>: the outputs of each
/// pipeline read (or the part <see cref="Read.StampOf"/> picks), the value of each setting read,
/// the whole settings layer for <see cref="Read.AllSettings"/>.
/// </summary>
public static class ReadStamp
{
    /// <summary>One stamp part per read, in declaration order.</summary>
    public static IEnumerable<object?> PartsOf(IReadOnlyList<Read> reads, ExecutionContext context) => reads.Select(read => read.Kind switch
    {
        ReadKind.Pipeline => read.StampOf is { } pick ? pick(context.OutputsOf(read.Name)) : context.OutputsOf(read.Name),
        ReadKind.Setting => context.Settings.TryGetValue(read.Name, out var value) ? value : null,
        ReadKind.AllSettings => context.Settings,
        _ => (object?)context.OutputsOfWritingPipelines().ToList(),
    });
}
