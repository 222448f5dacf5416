using TwitchSite.Engine.Diagnostics;
using TwitchSite.Yaml;

namespace TwitchSite.FrontMatter;

/// <summary>What the pipeline remembers of a page's own front matter after extracting it.</summary>
/// <param name="State">Whether the page had front matter, and whether it was complete.</param>
/// <param name="BodyFirstLine">The 1-based file line where the markdown body starts.</param>
/// <param name="Locations">Where each key and value stand in the file.</param>
/// <param name="Valid">False when the block could not be read (not closed, invalid YAML).</param>
public sealed record FrontMatterInfo(FrontMatterState State, int BodyFirstLine, IReadOnlyDictionary<string, YamlEntryLocation> Locations, bool Valid)
{
    /// <summary>The front matter's text (its first line is the file's line 2) when it was read, for the excerpts of its diagnostics. The whole record is removed from the page once its markdown is rendered (nothing later reads it, and every page would hold it to the end of the build).</summary>
    public string? Yaml { get; init; }

    /// <summary>Location of the opening '---' (or line 1 when there is none).</summary>
    public static SourceLocation Start(string fullPath) => new(fullPath, 1, 1);
}
