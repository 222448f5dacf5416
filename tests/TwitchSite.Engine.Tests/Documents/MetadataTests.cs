namespace TwitchSite.Engine.Tests.Documents;

public sealed class MetadataTests
{
    private static Metadata Layer(Metadata? parent, params (string Key, object? Value)[] values) =>
        Metadata.Create(values.Select(v => new KeyValuePair<string, object?>(v.Key, v.Value)), parent);

    private static (Metadata Site, Metadata Folder, Metadata Page) ThreeLayers()
    {
        var site = Layer(null, ("title", "Site"), ("layout", "default"), ("language", "en-GB"));
        var folder = Layer(site, ("title", "Folder"), ("layout", "topic"));
        var page = Layer(folder, ("title", "Page"));
        return (site, folder, page);
    }

    [Fact]
    public void Given_three_layers_When_a_key_is_read_Then_the_nearest_layer_defining_it_wins()
    {
        var (_, _, page) = ThreeLayers();

        Assert.Equal("Page", page.Get<string>("title"));
        Assert.Equal("topic", page.Get<string>("layout"));
        Assert.Equal("en-GB", page.Get<string>("language"));
        Assert.Null(page.Get<string>("missing"));
    }

    [Fact]
    public void Given_three_layers_When_TryGetValue_and_ContainsKey_Then_they_look_through_every_layer()
    {
        var (_, folder, page) = ThreeLayers();

        Assert.True(page.TryGetValue("language", out var language));
        Assert.Equal("en-GB", language);
        Assert.True(page.ContainsKey("language"));
        Assert.False(page.TryGetValue("missing", out var missing));
        Assert.Null(missing);
        Assert.False(page.ContainsKey("missing"));
        Assert.Equal("Folder", folder.Get<string>("title"));
    }

    [Fact]
    public void Given_layers_When_Own_is_read_Then_only_the_layer_itself_is_listed()
    {
        var (_, folder, page) = ThreeLayers();

        Assert.Equal(["title"], page.Own.Keys);
        Assert.Same(folder, page.Parent);
    }

    [Fact]
    public void Given_metadata_When_With_sets_values_Then_the_original_is_unchanged()
    {
        var (_, folder, page) = ThreeLayers();

        var changed = page.With("title", "Changed").With("draft", true);

        Assert.Equal("Page", page.Get<string>("title"));
        Assert.False(page.ContainsKey("draft"));
        Assert.Equal(["title"], page.Own.Keys);
        Assert.Equal("Changed", changed.Get<string>("title"));
        Assert.True(changed.Get<bool>("draft"));
        Assert.Same(folder, changed.Parent);
        Assert.Equal("topic", changed.Get<string>("layout"));
    }

    [Fact]
    public void Given_a_parent_value_When_With_sets_the_key_on_the_own_layer_Then_it_hides_the_parent_without_changing_it()
    {
        var (site, _, page) = ThreeLayers();

        var changed = page.With("language", "cy");

        Assert.Equal("cy", changed.Get<string>("language"));
        Assert.Equal("en-GB", site.Get<string>("language"));
        Assert.Equal("en-GB", page.Get<string>("language"));
    }

    [Fact]
    public void Given_metadata_When_WithParent_Then_the_copy_falls_back_to_the_new_parent_and_the_original_keeps_its_own()
    {
        var (_, _, page) = ThreeLayers();
        var other = Layer(null, ("layout", "print"), ("footer", "none"));

        var moved = page.WithParent(other);

        Assert.Same(other, moved.Parent);
        Assert.Equal("Page", moved.Get<string>("title"));
        Assert.Equal("print", moved.Get<string>("layout"));
        Assert.Equal("none", moved.Get<string>("footer"));
        Assert.False(moved.ContainsKey("language"));
        Assert.Equal("topic", page.Get<string>("layout"));
        Assert.False(page.ContainsKey("footer"));
    }

    [Fact]
    public void Given_metadata_When_WithParent_null_Then_only_the_own_layer_remains()
    {
        var (_, _, page) = ThreeLayers();

        var alone = page.WithParent(null);

        Assert.Null(alone.Parent);
        Assert.Equal([new KeyValuePair<string, object?>("title", "Page")], alone);
    }

    [Fact]
    public void Given_values_of_one_type_When_Get_asks_for_another_type_Then_default_is_returned()
    {
        var metadata = Layer(null, ("count", 5), ("text", "5"), ("big", 5L), ("nothing", null));

        Assert.Equal(0, metadata.Get<int>("text"));
        Assert.Null(metadata.Get<string>("count"));
        Assert.Equal(0, metadata.Get<int>("big"));
        Assert.Null(metadata.Get<int?>("text"));
        Assert.Null(metadata.Get<string>("nothing"));
        Assert.Equal(5, metadata.Get<int>("count"));
        Assert.Equal(5L, metadata.Get<long>("big"));
        Assert.Equal(5, metadata.Get<object>("count"));
    }

    [Fact]
    public void Given_a_wrong_type_on_the_own_layer_When_Get_Then_default_and_not_the_parent_value()
    {
        var parent = Layer(null, ("order", 3));
        var own = Layer(parent, ("order", "three"));

        Assert.Equal(0, own.Get<int>("order"));
        Assert.Equal("three", own.GetString("order"));
    }

    [Fact]
    public void Given_values_When_GetString_Then_the_value_is_shown_as_text_or_null()
    {
        var metadata = Layer(null, ("count", 5), ("text", "x"), ("nothing", null));

        Assert.Equal("5", metadata.GetString("count"));
        Assert.Equal("x", metadata.GetString("text"));
        Assert.Null(metadata.GetString("nothing"));
        Assert.Null(metadata.GetString("missing"));
    }

    [Fact]
    public void Given_keys_differing_only_in_case_When_read_Then_they_are_distinct()
    {
        var metadata = Layer(null, ("Title", "upper"), ("title", "lower"));

        Assert.Equal("upper", metadata.Get<string>("Title"));
        Assert.Equal("lower", metadata.Get<string>("title"));
        Assert.Null(metadata.Get<string>("TITLE"));
    }

    [Fact]
    public void Given_layers_When_enumerated_Then_each_key_appears_once_with_its_effective_value_in_ordinal_order()
    {
        var site = Layer(null, ("b", "site-b"), ("a", "site-a"), ("Z", "site-Z"), ("_x", "site-_x"));
        var folder = Layer(site, ("b", "folder-b"), ("A10", "folder-A10"));
        var page = Layer(folder, ("a", "page-a"), ("A9", "page-A9"));

        KeyValuePair<string, object?>[] expected =
        [
            new("A10", "folder-A10"),
            new("A9", "page-A9"),
            new("Z", "site-Z"),
            new("_x", "site-_x"),
            new("a", "page-a"),
            new("b", "folder-b"),
        ];
        Assert.Equal(expected, page.ToArray());
    }

    [Fact]
    public void Given_Empty_When_enumerated_Then_nothing_and_no_parent()
    {
        Assert.Empty(Metadata.Empty);
        Assert.Null(Metadata.Empty.Parent);
        Assert.False(Metadata.Empty.ContainsKey(""));
    }

    [Fact]
    public void Given_layers_When_own_keys_are_removed_Then_only_the_own_layer_loses_them_and_a_layer_without_them_is_returned_as_it_is()
    {
        var (_, folder, page) = ThreeLayers();
        var withLinks = page.With("@links", "a list").With("@anchors", "a set");

        var trimmed = withLinks.Without(new HashSet<string> { "@links", "layout" });

        Assert.False(trimmed.ContainsKey("@links"));
        Assert.Equal("a set", trimmed.Get<string>("@anchors"));
        Assert.Equal("topic", trimmed.Get<string>("layout")); // inherited values stay: only the own layer is trimmed
        Assert.Same(folder, trimmed.Parent);
        Assert.Equal("a list", withLinks.Get<string>("@links")); // the original is unchanged
        Assert.Same(page, page.Without(new HashSet<string> { "@links" }));
    }
}
