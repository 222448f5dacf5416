using TwitchSite.Engine.Documents;
using TwitchSite.FrontMatter;
using TwitchSite.Navigation;
using TwitchSite.Urls;

namespace TwitchSite.Tests.Navigation;

public sealed class NavigationTreeTests
{
    [Fact]
    public void Given_a_folder_tree_When_built_Then_index_pages_parent_their_folder_sorted_by_order_then_title()
    {
        var tree = NavigationTree.Build([
            Page("index.md", "Home"),
            Page("causes/index.md", "Causes", order: 2),
            Page("causes/b.md", "Banana"),
            Page("causes/a.md", "Apple"),
            Page("causes/z.md", "Zebra", order: 1),
            Page("about.md", "About", order: 9),
            Page("remedies/index.md", "Remedies", order: 3),
            Page("remedies/deep/index.md", "Deep", order: 1),
            Page("remedies/deep/x.md", "X"),
            Page("404.md", "Not found"),
            Page("hidden.md", "Hidden", navExclude: true),
        ]);

        Assert.Equal(["Home", "Causes", "Remedies", "About"], tree.TopLevel.Select(n => n.Title));
        Assert.Equal(["Zebra", "Apple", "Banana"], tree.Find("causes/index.md")!.Children.Select(n => n.Title));
        Assert.Equal(["Home", "Causes", "Zebra", "Apple", "Banana", "Remedies", "Deep", "X", "About"], tree.ReadingOrder.Select(n => n.Title));
        Assert.Equal(["Home", "Remedies", "Deep"], tree.Find("remedies/deep/x.md")!.Ancestors().Select(n => n.Title));
        Assert.Equal(-1, tree.Find("hidden.md")!.ReadingIndex);
        Assert.Equal(["Home"], tree.Find("404.md")!.Ancestors().Select(n => n.Title));
    }

    [Fact]
    public void Given_a_folder_without_index_When_built_Then_its_pages_hang_under_the_nearest_index()
    {
        var tree = NavigationTree.Build([Page("index.md", "Home"), Page("notes/a.md", "A")]);

        Assert.Equal(["Home", "A"], tree.TopLevel.Select(n => n.Title));
        Assert.Equal("Home", tree.Find("notes/a.md")!.Parent!.Title);
    }

    [Fact]
    public void Given_nav_title_When_built_Then_it_labels_the_node()
    {
        var page = Page("index.md", "Muscle twitching explained").WithValue(PageKeys.NavTitle, "Home");

        Assert.Equal("Home", NavigationTree.Build([page]).Root!.Title);
    }

    private static Document Page(string source, string title, int? order = null, bool navExclude = false)
    {
        var document = new Document { Source = source }
            .WithValue(PageKeys.Title, title)
            .WithValue(UrlKeys.Url, UrlMapper.UrlOf(source));
        if (order is { } o)
        {
            document = document.WithValue(PageKeys.Order, o);
        }

        return navExclude ? document.WithValue(PageKeys.NavExclude, true) : document;
    }
}
