using System.Collections.Concurrent;
using Fluid;
using Fluid.Values;
using TwitchSite.Engine.Documents;
using TwitchSite.FrontMatter;
using TwitchSite.Markdown;
using TwitchSite.Navigation;
using TwitchSite.Settings;
using TwitchSite.Urls;

namespace TwitchSite.Layouts;

/// <summary>
/// Fills a template context with what one page's layouts see (CONTRACT: <c>page</c>,
/// <c>content</c>, <c>toc</c>, <c>nav</c>, <c>breadcrumbs</c>, <c>previous</c>, <c>next</c>,
/// <c>children</c>, <c>search</c>, plus the shared <see cref="SiteModel"/> parts). Navigation shows the top
/// level and opens only the branch that holds the page, so each page costs the size of that
/// branch, not of the whole site; with pruning (<see cref="NavigationSettings"/>) a list longer than
/// <c>max_items</c> shows only a window around the page's entry (<c>nav_more</c> and an item's
/// <c>more</c> say how many there are and where they are all listed), so a page's menu has a fixed
/// size however many sections the site has. One <see cref="FragmentCache"/> serves the build's
/// <c>cache</c> blocks.
/// </summary>
public sealed class PageModel
{
    private static readonly HashSet<NavNode> NoTrail = [];

    private readonly SiteModel _site;
    private readonly TemplateOptions _options;
    private readonly FluidValue _siteValue;
    private readonly FluidValue _data;
    private readonly FluidValue _glossary;
    private readonly FluidValue _sections;
    private readonly FluidValue _about;
    private readonly Dictionary<NavNode, FluidValue> _closedNavItems = [];
    private readonly FluidValue[] _closedTopLevel;
    private readonly ConcurrentDictionary<NavNode, FluidValue[]> _closedChildren = new();
    private readonly Dictionary<NavNode, int> _topLevelIndex = [];
    private readonly ConcurrentDictionary<NavNode, FluidValue> _links = new();
    private readonly ConcurrentDictionary<NavNode, FluidValue> _cards = new();
    private readonly FragmentCache _fragments = new();

    /// <summary>
    /// Prepares what every page shares, converted once to template values: <c>site</c>, <c>data</c>,
    /// <c>glossary</c>, <c>sections</c>, the <c>structured_data.about</c> subject under its data file's name, and each top-level navigation item as it
    /// looks on pages outside its branch (most pages), so a page only builds its own branch.
    /// </summary>
    public PageModel(SiteModel site, TemplateOptions options)
    {
        _site = site;
        _options = options;
        _siteValue = TemplateValues.ToFluid(site.Site, options);
        _data = TemplateValues.ToFluid(site.Data, options);
        _glossary = TemplateValues.ToFluid(site.Glossary, options);
        _sections = TemplateValues.ToFluid(site.Sections, options);
        _about = TemplateValues.ToFluid(site.About?.ToTemplate(), options);
        foreach (var node in site.Navigation.TopLevel)
        {
            AddClosedNavItems(node);
        }

        // Most of a page's navigation is the top level as every page outside it sees it.
        _closedTopLevel = site.Navigation.TopLevel.Select(n => _closedNavItems[n]).ToArray();
        for (var i = 0; i < site.Navigation.TopLevel.Count; i++)
        {
            _topLevelIndex.TryAdd(site.Navigation.TopLevel[i], i);
        }
    }

    /// <summary>Creates the template context of <paramref name="page"/>, whose rendered markdown is <paramref name="content"/> (output unescaped).</summary>
    public TemplateContext Create(Document page, FluidValue content)
    {
        var site = _site;
        var context = new TemplateContext(_options);
        _fragments.AttachTo(context);
        if (site.About is { } about)
        {
            // Under the data file's name (this site: `condition`); set first, so the names below win.
            context.SetValue(about.DataName, _about);
        }

        var node = site.Navigation.Find(page.Source);
        context.SetValue("site", _siteValue);
        context.SetValue("data", _data);
        context.SetValue("glossary", _glossary);
        context.SetValue("sections", _sections);
        var canonical = site.CanonicalUrl(page.Get<string>(UrlKeys.Url));
        var pageValues = PageValues(page, _site.Settings);
        pageValues["canonical_url"] = canonical;
        context.SetValue("page", Fluid(pageValues));
        var structured = Publishing.StructuredData.For(page, canonical, site.Language, site.Publisher, site.StructuredData, site.About);
        context.SetValue("structured_data", structured is null ? NilValue.Instance : new StringValue(structured, encode: false));
        context.SetValue("content", content);
        context.SetValue("toc", Fluid(Toc(page.Get<List<HeadingInfo>>(MarkdownKeys.Headings) ?? [])));
        context.SetValue("nav", Nav(site.Navigation.TopLevel, node, out var navMore));
        context.SetValue("nav_more", navMore);
        context.SetValue("breadcrumbs", Values(node?.Ancestors().ToList() ?? [], _links, Link));
        context.SetValue("previous", Neighbour(site.Navigation, node, -1));
        context.SetValue("next", Neighbour(site.Navigation, node, +1));
        context.SetValue("children", Values(node?.Listed ?? [], _cards, Card));
        context.SetValue("search", Fluid(Search.Indexing.SearchPageValues.Create(page, node)));
        return context;
    }

    private FluidValue Fluid(object? value) => TemplateValues.ToFluid(value, _options);

    /// <summary>The list of <paramref name="nodes"/> as <paramref name="make"/> shows them, each made once per build.</summary>
    private ArrayValue Values(List<NavNode> nodes, ConcurrentDictionary<NavNode, FluidValue> made, Func<NavNode, Dictionary<string, object?>> make)
    {
        if (nodes.Count == 0)
        {
            return ArrayValue.Empty;
        }

        var values = new FluidValue[nodes.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Shown(nodes[i], made, make);
        }

        return new ArrayValue(values);
    }

    /// <summary>
    /// The value of <paramref name="node"/> as <paramref name="make"/> shows it. A section's is made once
    /// and kept, since every page under it shows it (breadcrumbs, the home page's cards); a page's own
    /// (a leaf) is shown by one or two other pages only (its parent's cards, its neighbours' previous and
    /// next), so it is made when shown and not held to the end of the build (at 100,000 pages that
    /// was about 1 KB a page: every page's card and link alive at once through the layouts).
    /// </summary>
    private FluidValue Shown(NavNode node, ConcurrentDictionary<NavNode, FluidValue> made, Func<NavNode, Dictionary<string, object?>> make) =>
        node.Children.Count == 0
            ? Fluid(make(node))
            : made.GetOrAdd(node, static (n, state) => state.Model.Fluid(state.Make(n)), (Model: this, Make: make));

    private void AddClosedNavItems(NavNode node)
    {
        if (_closedNavItems.TryAdd(node, Fluid(NavItem(node, null, NoTrail, IsHome(node)))))
        {
            foreach (var child in node.Children)
            {
                AddClosedNavItems(child);
            }
        }
    }

    private static bool IsHome(NavNode node) => node.Parent is null && node.Url == "/";

    private static Dictionary<string, object?> PageValues(Document page, SiteSettings settings)
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

        values["url"] = page.Get<string>(UrlKeys.Url);
        values["layout"] = page.Metadata.GetString(PageKeys.Layout) ?? PageKeys.DefaultLayout;
        values["title_in_content"] = page.Get<bool>(MarkdownKeys.TitleInContent);
        values["source_path"] = page.Source;
        values["edit_url"] = EditLink.For(page.Source, settings);
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

    private ArrayValue Nav(IReadOnlyList<NavNode> level, NavNode? current, out FluidValue more)
    {
        more = NilValue.Instance;
        if (level.Count == 0)
        {
            return ArrayValue.Empty;
        }

        var trail = new HashSet<NavNode>();
        for (var node = current; node is not null; node = node.Parent)
        {
            trail.Add(node);
        }

        // The home entry stays first; a pruned top level is a window of the entries after it.
        var root = _site.Navigation.Root;
        var home = level[0] == root ? 1 : 0;
        var (start, count) = (home, level.Count - home);
        var settings = _site.NavigationSettings;
        if (settings.Prune && level.Count > settings.MaxItems)
        {
            var focus = -1;
            foreach (var node in trail)
            {
                if (node != root && _topLevelIndex.TryGetValue(node, out var i))
                {
                    focus = i - home;
                }
            }

            (start, count) = MenuWindow.Of(level.Count - home, focus, settings.MaxItems - home);
            start += home;
            more = More(root?.Url, level.Count - home);
        }

        // Only the page's own trail differs from the shared top level.
        var items = new FluidValue[home + count];
        for (var j = 0; j < items.Length; j++)
        {
            var i = j < home ? j : start + j - home;
            var node = level[i];
            items[j] = trail.Contains(node) ? NavValue(node, current, trail) : _closedTopLevel[i];
        }

        return new ArrayValue(items);
    }

    /// <summary>What a pruned list's "all of them" link shows: where they are all listed (null: nowhere) and how many there are.</summary>
    private DictionaryValue More(string? url, int count) =>
        new DictionaryValue(new FluidValueDictionaryFluidIndexable(new Dictionary<string, FluidValue>(StringComparer.Ordinal)
        {
            ["url"] = url is null ? NilValue.Instance : Fluid(url),
            ["count"] = NumberValue.Create(count),
        }));

    /// <summary>
    /// The template value of <see cref="NavItem"/>: the shared closed item for nodes off the page's
    /// branch, else built for this page (its open branch reusing closed items below it).
    /// </summary>
    private FluidValue NavValue(NavNode node, NavNode? current, HashSet<NavNode> trail)
    {
        var inTrail = trail.Contains(node);
        if (!inTrail && node != current && _closedNavItems.TryGetValue(node, out var closed))
        {
            return closed;
        }

        var isHome = IsHome(node);
        FluidValue more = NilValue.Instance;
        var children = inTrail && !isHome && node.Children.Count > 0 ? OpenChildren(node, current, trail, out more) : ArrayValue.Empty;
        return new DictionaryValue(new FluidValueDictionaryFluidIndexable(new Dictionary<string, FluidValue>(StringComparer.Ordinal)
        {
            ["title"] = Fluid(node.Title),
            ["url"] = Fluid(node.Url),
            ["current"] = BooleanValue.Create(node == current),
            ["in_trail"] = BooleanValue.Create(inTrail),
            ["has_children"] = BooleanValue.Create(node.Children.Count > 0 && !isHome),
            ["children"] = children,
            ["more"] = more,
        }));
    }

    /// <summary>
    /// The children of an open branch: the shared closed items, with only the one on the page's
    /// trail (or the page itself) built for this page. A section of a large site has dozens of children;
    /// pruned, only the window around the page's own is shown and <paramref name="more"/> says how many there are.
    /// </summary>
    private ArrayValue OpenChildren(NavNode node, NavNode? current, HashSet<NavNode> trail, out FluidValue more)
    {
        more = NilValue.Instance;
        var closed = _closedChildren.GetOrAdd(node, static (n, closed) => n.Children.Select(c => closed[c]).ToArray(), _closedNavItems);
        var (start, count) = (0, closed.Length);
        var settings = _site.NavigationSettings;
        if (settings.Prune && closed.Length > settings.MaxItems)
        {
            var focus = node.Children.FindIndex(c => c == current || trail.Contains(c));
            (start, count) = MenuWindow.Of(closed.Length, focus, settings.MaxItems);
            more = More(node.Url, closed.Length);
        }

        var items = closed.AsSpan(start, count).ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            var child = node.Children[start + i];
            if (child == current || trail.Contains(child))
            {
                items[i] = NavValue(child, current, trail);
            }
        }

        return new ArrayValue(items);
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

    private FluidValue Neighbour(NavigationTree tree, NavNode? node, int step)
    {
        if (node is null || node.ReadingIndex < 0)
        {
            return NilValue.Instance;
        }

        var index = node.ReadingIndex + step;
        return index >= 0 && index < tree.ReadingOrder.Count ? Shown(tree.ReadingOrder[index], _links, Link) : NilValue.Instance;
    }
}
