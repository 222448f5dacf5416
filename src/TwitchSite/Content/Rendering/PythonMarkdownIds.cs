using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/>, for MkDocs sites only (see
/// <see cref="MarkdownKeys.HeadingIdStyle"/>): gives headings the ids MkDocs gives them, which the
/// site's links were written against. Python-Markdown's <c>toc</c> extension keeps only ASCII
/// letters, digits, <c>_</c>, <c>-</c> and spaces, then makes every run of spaces and hyphens one
/// <c>-</c> (<c>"A - B"</c> gives <c>a-b</c> where GitHub gives <c>a---b</c>; <c>"Café"</c> gives
/// <c>cafe</c>), and tells repeats apart with <c>_1</c>, <c>_2</c>. Ids written by the author
/// (<c>{#id}</c>) are kept. Changes the tree in place, before headings and anchors are gathered.
/// </summary>
public static partial class PythonMarkdownIds
{
    /// <summary>The value of <see cref="MarkdownKeys.HeadingIdStyle"/> that selects this step.</summary>
    public const string Style = "python-markdown";

    /// <summary>Renames the automatic heading ids of <paramref name="syntax"/>.</summary>
    public static void Apply(MarkdownDocument syntax) => AutomaticHeadingIds.Rename(syntax, Slugify, NextNumber);

    // Python-Markdown's unique(): "x" becomes "x_1", and "x_1" (also a heading's own "x_3") counts on.
    private static string NextNumber(string slug, string taken, int attempt)
    {
        var numbered = NumberedId().Match(taken);
        return numbered.Success
            ? numbered.Groups[1].Value + "_" + (int.Parse(numbered.Groups[2].Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture)
            : taken + "_1";
    }

    /// <summary>Python-Markdown's default <c>slugify</c> (<c>markdown.extensions.toc.slugify</c>) with separator <c>-</c>.</summary>
    public static string Slugify(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (c < 128 && (char.IsAsciiLetterOrDigit(c) || c is '_' or '-' || char.IsWhiteSpace(c)))
            {
                kept.Append(char.ToLowerInvariant(c));
            }
        }

        return Separators().Replace(kept.ToString().Trim(), "-");
    }

    [GeneratedRegex(@"[-\s]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(.*)_([0-9]+)$")]
    private static partial Regex NumberedId();
}
