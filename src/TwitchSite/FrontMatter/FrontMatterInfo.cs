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

    /// <summary>No key positions: one shared empty table for every page without front matter, or whose front matter could not be read, or that is past its checks.</summary>
    public static IReadOnlyDictionary<string, YamlEntryLocation> NoLocations { get; } = new Dictionary<string, YamlEntryLocation>(StringComparer.Ordinal);

    /// <summary>
    /// What the steps after the front matter checks read of this record: the state, the body's
    /// first line and whether the block was read, and, only for a page whose own front matter has a
    /// <c>sources</c> key, the YAML text and that key's position (where the citations step finds
    /// each source's line, see <c>NumberSources</c>). Every other key's position has been read by
    /// then (the schema, draft and required-key checks; the values' positions live on in
    /// <see cref="FrontMatterKeys.Origins"/>), but each page held them, and its YAML text, until its
    /// markdown was rendered: while the markdown step runs, every page of the site is held as it
    /// was before it (about 1 KB a page of YAML text and positions; issue #19).
    /// </summary>
    public FrontMatterInfo ForRendering()
    {
        if (Locations.TryGetValue(PageKeys.Sources, out var sources))
        {
            return Locations.Count == 1 ? this : this with { Locations = new Dictionary<string, YamlEntryLocation>(1, StringComparer.Ordinal) { [PageKeys.Sources] = sources } };
        }

        return Yaml is null && Locations.Count == 0 ? this : this with { Locations = NoLocations, Yaml = null };
    }

    /// <summary>Location of the opening '---' (or line 1 when there is none).</summary>
    public static SourceLocation Start(string fullPath) => new(fullPath, 1, 1);
}
