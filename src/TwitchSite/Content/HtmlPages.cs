using TwitchSite.FrontMatter;

namespace TwitchSite.Content;

/// <summary>
/// Which <c>.html</c> files of the input folder are pages: those that open with front matter and
/// whose body is plain HTML, as Jekyll (and Hugo) publish them, each with its layout at its address
/// (rubygems/guides keeps its 31 command-reference pages this way). Their body is the page's content,
/// read by the same raw-HTML rules as markdown's raw HTML (<c>raw_html</c>: refused, escaped or
/// allowed). A body with Liquid (<c>{% %}</c>, <c>{{ }}</c>) needs Jekyll to run and stays a template
/// that is not published (<see cref="Assets.SkipTemplateFiles"/>, TW0253); a file without front matter
/// is copied as it is, as Jekyll copies it.
/// </summary>
public static class HtmlPages
{
    /// <summary>The largest file read to decide (a page past the markdown limit is refused later anyway).</summary>
    private const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>True for a path ending in <c>.html</c> or <c>.htm</c>.</summary>
    public static bool HasHtmlExtension(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the file at <paramref name="fullPath"/> is an HTML page: closed front matter, then a body without Liquid.</summary>
    public static bool IsPage(string fullPath)
    {
        if (!HasHtmlExtension(fullPath))
        {
            return false;
        }

        try
        {
            var file = new FileInfo(fullPath);
            if (!file.Exists || file.Length > MaxBytes)
            {
                return false;
            }

            // Most .html files of a docs folder have no front matter: only their first bytes are read.
            using var stream = file.OpenRead();
            Span<byte> start = stackalloc byte[5];
            var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            if (!start[..read].StartsWith("---\n"u8) && !start[..read].StartsWith("---\r\n"u8))
            {
                return false;
            }

            stream.Position = 0;
            using var reader = new StreamReader(stream);
            return FrontMatterSplitter.Split(reader.ReadToEnd()) is { State: FrontMatterState.Closed } split && !HasLiquid(split.Body);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false; // read again as a file, which reports the problem at its name
        }
    }

    /// <summary>True when <paramref name="body"/> has a Liquid tag or output, which only Jekyll can run.</summary>
    public static bool HasLiquid(string body) =>
        body.Contains("{%", StringComparison.Ordinal) || body.Contains("{{", StringComparison.Ordinal);
}
