using System.Collections.Immutable;
using TwitchSite.Engine.Documents;
using TwitchSite.FrontMatter;
using TwitchSite.Navigation;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Applies another generator's table of contents (mdBook's <c>SUMMARY.md</c>, MkDocs' <c>nav</c>)
/// to the Content pipeline's pages: each listed page gets its title (unless its front matter sets
/// one), its position (<c>order</c>, unless set) and its parent in navigation
/// (<see cref="NavigationKeys.NavParent"/>); pages the outline does not list are published but kept out
/// of navigation, as both tools do. Reads and returns the pages (leaving out the outline's own file, when it is a page).
/// </summary>
public static class NavOutline
{
    /// <summary>A listed page: its title in the outline (empty: the page's own), position in the whole outline, source of its parent.</summary>
    public sealed record Entry(string Title, int Position, string? Parent);

    /// <summary>The pages with the outline <paramref name="entries"/> (by source path) applied.</summary>
    /// <param name="inputs">The Content pipeline's pages.</param>
    /// <param name="entries">The listed pages by source path.</param>
    /// <param name="leaveOut">The outline's own file when it is a page (SUMMARY.md): not published.</param>
    /// <param name="listedFolders">Folders (<c>guide/</c>) the outline lists as a whole: their unlisted pages stay in navigation, under the folder's page.</param>
    /// <param name="context">The build.</param>
    public static ImmutableArray<Document> Apply(ImmutableArray<Document> inputs, IReadOnlyDictionary<string, Entry> entries, Document? leaveOut, IReadOnlyCollection<string> listedFolders, ExecutionContext context)
    {
        var root = inputs.FirstOrDefault(d => !d.Source.Contains('/') && UrlMapper.IsIndexName(Path.GetFileNameWithoutExtension(d.Source)))?.Source;
        var builder = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var document in inputs)
        {
            if (ReferenceEquals(document, leaveOut))
            {
                continue;
            }

            if (!entries.TryGetValue(document.Source, out var entry))
            {
                // The outline is the navigation: other pages are published (links may lead there) but not listed.
                builder.Add(document.Source == root || ValidateFrontMatter.IsSetByPage(document.Metadata, context.Settings, PageKeys.NavExclude)
                    || listedFolders.Any(f => document.Source.StartsWith(f, StringComparison.Ordinal))
                    ? document
                    : document.WithValues(new(PageKeys.NavExclude, true), new(NavigationKeys.OutsideOutline, true)));
                continue;
            }

            var page = document;
            if (!ValidateFrontMatter.IsSetByPage(page.Metadata, context.Settings, PageKeys.Title) && entry.Title.Length > 0)
            {
                page = page.WithValue(PageKeys.Title, entry.Title);
            }

            if (!ValidateFrontMatter.IsSetByPage(page.Metadata, context.Settings, PageKeys.Order))
            {
                page = page.WithValue(PageKeys.Order, entry.Position);
            }

            // Top-level entries hang under the site's first page, not under an unlisted folder page;
            // in a site without one, at the top level ("").
            var parent = entry.Parent ?? (document.Source == root ? null : root ?? "");
            builder.Add(parent is null || parent == document.Source ? page : page.WithValue(NavigationKeys.NavParent, parent));
        }

        return builder.ToImmutable();
    }
}
