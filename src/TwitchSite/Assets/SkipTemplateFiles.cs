using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Assets;

/// <summary>
/// Leaves out of the site the input folder's text files (<c>.css</c>, <c>.js</c>, <c>.html</c>,
/// <c>.xml</c>, <c>.json</c>, <c>.txt</c>) that start with YAML front matter: Jekyll runs those through
/// Liquid (a stylesheet with <c>{{ site.color }}</c>, a <c>feed.xml</c>), and published as written
/// they would be broken files; their minifier errors would also read as this site's fault.
/// One warning (TW0253) per file. An <c>.html</c> file whose body is plain HTML is a page
/// (the Content pipeline's HTML pages, told by <c>isPage</c>), published there: left out here without a word.
/// Reads each candidate file's first bytes; theme files are not touched.
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
/// <param name="isPage">True for a file (full path) that is a page of the Content pipeline (its HTML pages), left out without a warning; null for none.</param>
public sealed class SkipTemplateFiles(string inputFolder, Func<string, bool>? isPage = null) : PerDocumentModule
{
    private static readonly string[] TemplateExtensions = [".css", ".scss", ".js", ".html", ".htm", ".xml", ".json", ".txt"];

    private readonly string _input = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder)) + Path.DirectorySeparatorChar;

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        if (document.SourceFullPath is not { } path || !path.StartsWith(_input, StringComparison.Ordinal)
            || !TemplateExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()) || !StartsWithFrontMatter(path))
        {
            return document;
        }

        if (isPage?.Invoke(path) == true)
        {
            return null; // a page, not a file to copy
        }

        context.Diagnostics.Add(Diagnostics.Codes.TemplateFileSkipped.Create(new SourceLocation(path, 1, 1), document.Source));
        return null;
    }

    private static bool StartsWithFrontMatter(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> start = stackalloc byte[5];
            var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            var text = start[..read];
            return text.StartsWith("---\n"u8) || text.StartsWith("---\r\n"u8);
        }
        catch (IOException)
        {
            return false; // reading it fails later with its own located error
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
