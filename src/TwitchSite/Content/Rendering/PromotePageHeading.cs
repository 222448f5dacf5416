using System.Text.RegularExpressions;
using Markdig.Syntax;
using TwitchSite.Engine.Documents;
using TwitchSite.FrontMatter;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/>, right after parsing: a page opened by a heading below
/// level 1 that is the page's own heading becomes a page opened by its h1, so the layout prints no
/// second one above it (<see cref="InferTitle.IsInContent"/>) and "On this page" lists the sections
/// under it. The opening heading is the page's heading when its text is the page's title (from
/// front matter, mdBook's SUMMARY.md, MkDocs' nav), or in an mdBook book
/// (<see cref="MarkdownKeys.OpeningHeadingIsTitle"/>), where the summary only names the chapter and
/// mdBook shows the page's heading alone. The other headings move up as many levels as it did
/// (never above level 2), so the outline has no gap: h2 title, h3 sections become h1, h2. Ids
/// are kept, so links to them still land. Changes the tree in place.
/// </summary>
public static partial class PromotePageHeading
{
    /// <summary>Promotes the heading opening <paramref name="syntax"/>, the body of <paramref name="page"/>, when it is the page's heading.</summary>
    /// <param name="syntax">The page's parsed body.</param>
    /// <param name="page">The page, for its title.</param>
    /// <param name="settings">The site's settings, to tell a title the page sets from the site's.</param>
    public static void Apply(MarkdownDocument syntax, Document page, Metadata settings)
    {
        if (InferTitle.OpeningHeading(syntax) is not { Level: > 1 } opening || !IsPageHeading(opening, page, settings))
        {
            return;
        }

        var shift = opening.Level - 1;
        foreach (var heading in syntax.Descendants<HeadingBlock>())
        {
            heading.Level = ReferenceEquals(heading, opening) ? 1 : Math.Max(2, heading.Level - shift);
        }
    }

    private static bool IsPageHeading(HeadingBlock opening, Document page, Metadata settings)
    {
        if (page.Get<bool>(MarkdownKeys.OpeningHeadingIsTitle))
        {
            return true;
        }

        // A page without a title takes its first h1's words, else its file name's, as MkDocs and
        // Docusaurus do: an h2 opening it is a section under that title there, and so here.
        return ValidateFrontMatter.IsSetByPage(page.Metadata, settings, PageKeys.Title)
            && page.Metadata.GetString(PageKeys.Title) is { } title && SameWords(title, InlineText.Of(opening.Inline));
    }

    /// <summary>The same words, whatever their case, spacing or code marks (a summary's <c>`Box&lt;T&gt;`</c> is the heading's).</summary>
    private static bool SameWords(string title, string heading) =>
        string.Equals(Normalise(title), Normalise(heading), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string text) => Spaces().Replace(text.Replace("`", "", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
