using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Renderers.Html;
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
    public static void Apply(MarkdownDocument syntax)
    {
        var headings = syntax.Descendants<HeadingBlock>().ToList();
        var automatic = headings.Where(IsAutomatic).ToHashSet();
        var used = headings.Where(h => !automatic.Contains(h)).Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var heading in headings.Where(automatic.Contains))
        {
            var id = Slugify(InlineText.Of(heading.Inline));
            while (id.Length == 0 || !used.Add(id))
            {
                var numbered = NumberedId().Match(id);
                id = numbered.Success
                    ? numbered.Groups[1].Value + "_" + (int.Parse(numbered.Groups[2].Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture)
                    : id + "_1";
            }

            heading.GetAttributes().Id = id;
        }
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

    // Markdig's GitHub-style id for the heading's text, or that with "-1", "-2": the id was not written by the author.
    internal static bool IsAutomatic(HeadingBlock heading)
    {
        if (heading.GetAttributes().Id is not { Length: > 0 } id)
        {
            return true;
        }

        var gfm = LinkHelper.UrilizeAsGfm(InlineText.Of(heading.Inline));
        return id == gfm || id.StartsWith(gfm + "-", StringComparison.Ordinal) && id.AsSpan(gfm.Length + 1).IndexOfAnyExceptInRange('0', '9') < 0 && id.Length > gfm.Length + 1
            || gfm.Length == 0 && id.StartsWith("section", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[-\s]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(.*)_([0-9]+)$")]
    private static partial Regex NumberedId();
}
