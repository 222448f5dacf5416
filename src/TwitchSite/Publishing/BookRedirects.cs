using System.Text.RegularExpressions;
using TwitchSite.Site;

namespace TwitchSite.Publishing;

/// <summary>
/// mdBook's old addresses: the <c>[output.html.redirect]</c> table of the <c>book.toml</c> of the
/// book whose <c>src</c> folder is being built (<see cref="GeneratorProject.Of"/>), each line
/// <c>"/old/page.html" = "../new/page.html"</c>: the old path from the book's root, and where it
/// leads (relative to the old page, from the root, or a full address). Read with a line match, as
/// the other conventions read book.toml; a book.toml that is a link out of its folder is not read.
/// Reads that file only.
/// </summary>
public static partial class BookRedirects
{
    /// <summary>One redirect: the old path, where it leads as written, and its line in <paramref name="File"/>.</summary>
    public sealed record Entry(string From, string To, string File, int Line);

    /// <summary>The redirects of the book <paramref name="inputFolder"/> is the source folder of; empty for any other folder.</summary>
    public static IReadOnlyList<Entry> Of(string inputFolder)
    {
        if (GeneratorProject.Of(inputFolder) is not { } project || Path.GetFileName(project.ConfigFile) != "book.toml"
            || Engine.IO.SiteFiles.Check(project.ConfigFile, project.Root) is not null)
        {
            return [];
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(project.ConfigFile);
        }
        catch (IOException)
        {
            return []; // the book builds without its old addresses
        }

        var entries = new List<Entry>();
        var inTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('['))
            {
                inTable = TableHeader().IsMatch(line);
                continue;
            }

            if (inTable && Pair().Match(line) is { Success: true } pair)
            {
                entries.Add(new Entry(pair.Groups["from"].Value, pair.Groups["to"].Value, project.ConfigFile, i + 1));
            }
        }

        return entries;
    }

    [GeneratedRegex(@"^\[\s*output\s*\.\s*html\s*\.\s*redirect\s*\]\s*(#.*)?$")]
    private static partial Regex TableHeader();

    // "/old.html" = "new.html", either kind of quote, a comment after it allowed.
    [GeneratedRegex(@"^(?<q1>[""'])(?<from>[^""'\r\n]+)\k<q1>\s*=\s*(?<q2>[""'])(?<to>[^""'\r\n]+)\k<q2>\s*(#.*)?$")]
    private static partial Regex Pair();
}
