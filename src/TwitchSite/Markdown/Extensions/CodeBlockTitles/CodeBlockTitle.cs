using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace TwitchSite.Markdown.Extensions.CodeBlockTitles;

/// <summary>
/// The title a fence's info string gives its code (<c>```toml title="pyproject.toml"</c>), as
/// MkDocs Material (pymdownx.highlight) and Docusaurus write it: <c>title=</c> with the name in
/// double or single quotes, anywhere after the language, among other attributes
/// (<c>linenums="1" hl_lines="2"</c>, Docusaurus' <c>tab</c>) or with no language before it.
/// </summary>
public static partial class CodeBlockTitle
{
    /// <summary>The title of <paramref name="block"/>, or null when its info string gives none (or an empty one).</summary>
    public static string? Of(FencedCodeBlock block)
    {
        // Markdig splits the info string at its first space: the language is Info, the rest Arguments;
        // with no language, "title=..." is Info itself.
        var title = Find(block.Arguments) ?? (IsTitleOnly(block) ? Find(block.Info) : null);
        return string.IsNullOrWhiteSpace(title) ? null : title.Trim();
    }

    /// <summary>True when the info string starts with the title (no language): its first word is not a language.</summary>
    public static bool IsTitleOnly(FencedCodeBlock block) =>
        block.Info is { } info && info.StartsWith("title=", StringComparison.Ordinal);

    private static string? Find(string? text) =>
        text is null || !text.Contains("title=", StringComparison.Ordinal) ? null
        : TitleAttribute().Match(text) is { Success: true } match ? match.Groups["title"].Value : null;

    [GeneratedRegex(@"(?:^|\s)title=(?:""(?<title>[^""]*)""|'(?<title>[^']*)')")]
    private static partial Regex TitleAttribute();
}
