using Fluid;
using Fluid.Values;
using TwitchSite.Content;
using TwitchSite.Engine.Documents;
using TwitchSite.Markdown;
using TwitchSite.Navigation;

namespace TwitchSite.Layouts;

/// <summary>
/// Fills a template context with what one page's layouts see (CONTRACT: <c>page</c>,
/// <c>content</c>, <c>toc</c>, <c>nav</c>, <c>breadcrumbs</c>, <c>previous</c>, <c>next</c>,
/// <c>children</c>, <c>search</c>, plus the shared <see cref="SiteModel"/> parts). Navigation shows the top
/// level and opens only the branch that holds the page, so each page costs the size of that
/// branch, not of the whole site.
/// </summary>
public static class PageModel
{
    /// <summary>Creates the template context of <paramref name="page"/>.</summary>
    public static TemplateContext Create(Document page, SiteModel site, TemplateOptions options, string contentHtml)
    {
        var context = new TemplateContext(options);
        var node = site.Navigation.Find(page.Source);
        context.SetValue("site", site.Site);
        context.SetValue("data", site.Data);
        context.SetValue("glossary", site.Glossary);
        context.SetValue("sections", site.Sections);
        context.SetValue("page", PageValues(page));
        context.SetValue("content", new StringValue(contentHtml, encode: false));
        context.SetValue("toc", Toc(page.Get<List<HeadingInfo>>(PageKeys.Headings) ?? []));
        context.SetValue("nav", Nav(site.Navigation.TopLevel, node));
        context.SetValue("breadcrumbs", node is null ? new List<object?>() : node.Ancestors().Select(Link).Cast<object?>().ToList());
        context.SetValue("previous", Neighbour(site.Navigation, node, -1));
        context.SetValue("next", Neighbour(site.Navigation, node, +1));
        context.SetValue("children", node?.Children.Select(c => (object?)Card(c)).ToList() ?? []);
        context.SetValue("search", Search.SearchPageValues.Create(page, node));
        return context;
    }

    private static Dictionary<string, object?> PageValues(Document page)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in page.Metadata)
        {
            if (key.StartsWith('@'))
            {
                continue;
            }

            values[key] = TemplateValues.Convert(value);
            if (value is DateOnly date)
            {
                values[key + "_iso"] = TemplateValues.IsoDate(date);
            }
        }

        values["url"] = page.Get<string>(PageKeys.Url);
        values["layout"] = page.Metadata.GetString(PageKeys.Layout) ?? PageKeys.DefaultLayout;
        values["title_in_content"] = page.Get<bool>(PageKeys.TitleInContent);
        values["source_path"] = page.Source;
        return values;
    }

    private static List<object?> Toc(List<HeadingInfo> headings)
    {
        var toc = new List<object?>();
        List<object?>? children = null;
        foreach (var heading in headings.Where(h => h.Level is 2 or 3 && h.Id.Length > 0))
        {
            if (heading.Level == 2 || children is null)
            {
                children = [];
                toc.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = heading.Id, ["text"] = heading.Text, ["children"] = children });
                if (heading.Level == 2)
                {
                    continue;
                }
            }

            children.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = heading.Id, ["text"] = heading.Text });
        }

        return toc;
    }

    private static List<object?> Nav(IEnumerable<NavNode> level, NavNode? current)
    {
        var trail = new HashSet<NavNode>();
        for (var node = current; node is not null; node = node.Parent)
        {
            trail.Add(node);
        }

        return level.Select(n => (object?)NavItem(n, current, trail, isHome: n.Parent is null && n.Url == "/")).ToList();
    }

    private static Dictionary<string, object?> NavItem(NavNode node, NavNode? current, HashSet<NavNode> trail, bool isHome)
    {
        // The home item's children are the other top-level items, so it is never opened.
        var open = trail.Contains(node) && !isHome;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = node.Title,
            ["url"] = node.Url,
            ["current"] = node == current,
            ["in_trail"] = trail.Contains(node),
            ["has_children"] = node.Children.Count > 0 && !isHome,
            ["children"] = open ? node.Children.Select(c => (object?)NavItem(c, current, trail, isHome: false)).ToList() : new List<object?>(),
        };
    }

    private static Dictionary<string, object?> Link(NavNode node) => new(StringComparer.Ordinal) { ["title"] = node.Title, ["url"] = node.Url };

    private static Dictionary<string, object?> Card(NavNode node) => new(StringComparer.Ordinal) { ["title"] = node.Title, ["url"] = node.Url, ["description"] = node.Description };

    private static Dictionary<string, object?>? Neighbour(NavigationTree tree, NavNode? node, int step)
    {
        if (node is null || node.ReadingIndex < 0)
        {
            return null;
        }

        var index = node.ReadingIndex + step;
        return index >= 0 && index < tree.ReadingOrder.Count ? Link(tree.ReadingOrder[index]) : null;
    }
}
