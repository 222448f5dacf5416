using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/>, for VitePress docs only (a <c>.vitepress</c> folder in
/// the input folder; see <see cref="MarkdownKeys.HeadingIdStyle"/>): gives headings the ids
/// VitePress gives them, which the docs' links were written against. VitePress turns every run of
/// spaces and ASCII punctuation into one <c>-</c> (<c>## server.open</c> is <c>#server-open</c>,
/// where GitHub's style gives <c>#serveropen</c>), drops accents, trims <c>-</c> from both ends,
/// puts <c>_</c> before a leading digit, and tells repeats apart with <c>-1</c>, <c>-2</c>. Ids
/// written by the author (<c>{#id}</c>) are kept. Changes the tree in place, before headings and
/// anchors are gathered.
/// </summary>
public static partial class VitePressIds
{
    /// <summary>The value of <see cref="MarkdownKeys.HeadingIdStyle"/> that selects this step.</summary>
    public const string Style = "vitepress";

    /// <summary>Renames the automatic heading ids of <paramref name="syntax"/>.</summary>
    public static void Apply(MarkdownDocument syntax) =>
        AutomaticHeadingIds.Rename(syntax, Slugify, static (slug, _, attempt) => slug + "-" + attempt.ToString(CultureInfo.InvariantCulture));

    /// <summary>The id VitePress makes of a heading's <paramref name="text"/>.</summary>
    public static string Slugify(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.Control))
            {
                kept.Append(c);
            }
        }

        var slug = Separators().Replace(kept.ToString(), "-").Trim('-');
        if (slug.Length > 0 && char.IsAsciiDigit(slug[0]))
        {
            slug = "_" + slug;
        }

        return slug.ToLowerInvariant();
    }

    // Whitespace and ASCII punctuation (also curly quotes), any run of them, is one separator.
    [GeneratedRegex(@"[\s~`!@#$%^&*()\-_+=\[\]{}|\\;:""'“”‘’<>,.?/]+")]
    private static partial Regex Separators();
}
