using System.Collections.Immutable;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Assets;

/// <summary>
/// Gives each asset its destination (its source path) and applies the theme overlay: when the
/// theme and the input folder both have a file at the same path, the input's (read later) wins.
/// </summary>
public sealed class OverlayAssets : IModule
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var byDestination = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var asset in inputs)
        {
            byDestination[asset.Source] = asset with { Destination = asset.Source };
        }

        return [.. byDestination.Values.OrderBy(a => a.Destination, StringComparer.Ordinal)];
    }
}
