using System.Text.RegularExpressions;

namespace TwitchSite.Site;

/// <summary>
/// Whether the input folder is an mdBook book's source (<c>book.toml</c> beside it or in it,
/// <see cref="GeneratorProject.Of"/>), and the hiding prefixes of its
/// <c>[output.html.code.hidelines]</c> table (<c>python = "~"</c>). Read with a line match, as the other
/// readers of book.toml do (<see cref="Publishing.BookRedirects"/>); a book.toml that is a link out of
/// its folder is not read. Reads that file only.
/// </summary>
public static partial class BookHiddenLines
{
    /// <summary>The rules of the book <paramref name="inputFolder"/> is the source of, or null when it is no mdBook book.</summary>
    public static HiddenLineRules? Of(string inputFolder)
    {
        if (GeneratorProject.Of(inputFolder) is not { } project || Path.GetFileName(project.ConfigFile) != "book.toml"
            || Engine.IO.SiteFiles.Check(project.ConfigFile, project.Root) is not null)
        {
            return null;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(project.ConfigFile);
        }
        catch (IOException)
        {
            return HiddenLineRules.RustOnly; // still a book: Rust's hidden lines need no settings
        }

        var prefixes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var inTable = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inTable = TableHeader().IsMatch(line);
                continue;
            }

            if (inTable && Pair().Match(line) is { Success: true } pair)
            {
                prefixes[pair.Groups["language"].Value] = pair.Groups["prefix"].Value;
            }
        }

        return prefixes.Count == 0 ? HiddenLineRules.RustOnly : new HiddenLineRules(prefixes);
    }

    [GeneratedRegex(@"^\[\s*output\s*\.\s*html\s*\.\s*code\s*\.\s*hidelines\s*\]\s*(#.*)?$")]
    private static partial Regex TableHeader();

    // python = "~", the language bare or quoted, either kind of quote, a comment after it allowed.
    [GeneratedRegex(@"^(?<q0>[""']?)(?<language>[\w.+#-]+)\k<q0>\s*=\s*(?<q>[""'])(?<prefix>[^""'\r\n]+)\k<q>\s*(#.*)?$")]
    private static partial Regex Pair();
}
