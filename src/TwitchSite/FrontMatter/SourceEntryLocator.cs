using System.Text.RegularExpressions;
using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.FrontMatter;

/// <summary>
/// Finds where each entry of a block-style <c>sources</c> list stands in a page's front matter,
/// and where its <c>id</c> value is, so citation diagnostics can point at the entry itself. The
/// YAML reader only keeps positions of top-level keys; this reads the lines under
/// <c>sources:</c> instead. Flow-style lists (<c>[{...}]</c>) give no entries: callers fall back
/// to the <c>sources</c> key.
/// </summary>
public static partial class SourceEntryLocator
{
    /// <summary>
    /// Locations of the entries of the list whose key <c>sources:</c> is on file line
    /// <paramref name="keyLine"/> of <paramref name="yaml"/> (front matter text, its first line being file line 2).
    /// </summary>
    public static IReadOnlyList<SourceEntryLocation> Find(string yaml, int keyLine, string path)
    {
        var lines = yaml.Split('\n');
        var entries = new List<SourceEntryLocation>();
        int? itemIndent = null;
        for (var index = keyLine - 1; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            var fileLine = index + 2;
            var content = line.TrimStart();
            if (content.Length == 0 || content.StartsWith('#'))
            {
                continue;
            }

            var indent = line.Length - content.Length;
            var isItem = content == "-" || content.StartsWith("- ", StringComparison.Ordinal);
            if (indent == 0 && !isItem)
            {
                break; // the next top-level key
            }

            if (isItem && (itemIndent is null || indent == itemIndent))
            {
                itemIndent = indent;
                entries.Add(new SourceEntryLocation(new SourceLocation(path, fileLine, indent + 1), null));
            }

            if (entries.Count > 0 && entries[^1].Id is null && IdLine().Match(line) is { Success: true } id)
            {
                entries[^1] = entries[^1] with { Id = new SourceLocation(path, fileLine, id.Groups["value"].Index + 1) };
            }
        }

        return entries;
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?id\s*:\s*(?<value>\S.*)$")]
    private static partial Regex IdLine();
}

/// <summary>Where one entry of a <c>sources</c> list stands.</summary>
/// <param name="Entry">Its '-'.</param>
/// <param name="Id">Its <c>id</c> value, when it has one.</param>
public sealed record SourceEntryLocation(SourceLocation Entry, SourceLocation? Id);
