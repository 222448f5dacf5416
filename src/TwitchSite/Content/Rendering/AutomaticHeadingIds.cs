using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// The frame every heading-id style shares (<see cref="PythonMarkdownIds"/>,
/// <see cref="VitePressIds"/>): lists a page's headings, keeps the ids their author wrote
/// (<c>{#id}</c>), and gives every other heading, in order, the id its style makes of its text;
/// an id already taken (by an author's id or an earlier heading) is retried with the style's
/// duplicate suffix until it is free. Changes the tree in place.
/// </summary>
public static class AutomaticHeadingIds
{
    /// <summary>
    /// The next id to try for a heading whose id is taken: <paramref name="slug"/> is the
    /// heading's id before any suffix, <paramref name="taken"/> the id just refused and
    /// <paramref name="attempt"/> counts refusals from 1.
    /// </summary>
    public delegate string DuplicateSuffix(string slug, string taken, int attempt);

    /// <summary>Renames the automatic heading ids of <paramref name="syntax"/> with <paramref name="slugify"/> and <paramref name="suffix"/>.</summary>
    public static void Rename(MarkdownDocument syntax, Func<string, string> slugify, DuplicateSuffix suffix)
    {
        var headings = syntax.Descendants<HeadingBlock>().ToList();
        var automatic = headings.Where(IsAutomatic).ToHashSet();
        var used = headings.Where(h => !automatic.Contains(h)).Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var heading in headings.Where(automatic.Contains))
        {
            var slug = slugify(InlineText.Of(heading.Inline));
            var id = slug;
            for (var attempt = 1; id.Length == 0 || !used.Add(id); attempt++)
            {
                id = suffix(slug, id, attempt);
            }

            heading.GetAttributes().Id = id;
        }
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
}
