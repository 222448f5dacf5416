using Fluid;
using TwitchSite.Layouts;

namespace TwitchSite.Tests.Layouts;

public sealed class FragmentCacheTests
{
    private static IFluidTemplate Parse(string template)
    {
        Assert.True(TemplateSetup.Parser.TryParse(template, out var parsed, out var error), error);
        return parsed;
    }

    private static string Render(string template, FragmentCache? cache, params (string Name, object Value)[] values) =>
        Render(Parse(template), cache, values);

    private static string Render(IFluidTemplate parsed, FragmentCache? cache, params (string Name, object Value)[] values)
    {
        var context = new TemplateContext(TemplateSetup.CreateOptions(path => path));
        cache?.AttachTo(context);
        foreach (var (name, value) in values)
        {
            context.SetValue(name, value);
        }

        return parsed.Render(context, TemplateSetup.Encoder);
    }

    [Fact]
    public void Given_a_key_seen_before_When_rendered_again_Then_the_first_output_is_reused_without_running_the_body()
    {
        var cache = new FragmentCache();
        var template = Parse("{% cache key %}<b>{{ text }}</b>{% endcache %}");

        Assert.Equal("<b>first</b>", Render(template, cache, ("key", "a"), ("text", "first")));
        Assert.Equal("<b>first</b>", Render(template, cache, ("key", "a"), ("text", "second")));
        Assert.Equal("<b>other</b>", Render(template, cache, ("key", "b"), ("text", "other")));
        Assert.Equal(2, cache.Rendered);
    }

    [Fact]
    public void Given_two_blocks_with_the_same_key_When_rendered_Then_each_keeps_its_own_output()
    {
        var cache = new FragmentCache();

        var output = Render("{% cache 'k' %}one{% endcache %}|{% cache 'k' %}two{% endcache %}", cache);

        Assert.Equal("one|two", output);
    }

    [Fact]
    public void Given_no_cache_When_rendered_Then_the_body_runs_every_time()
    {
        var template = Parse("{% cache key %}{{ text }}{% endcache %}");

        Assert.Equal("first", Render(template, null, ("key", "a"), ("text", "first")));
        Assert.Equal("second", Render(template, null, ("key", "a"), ("text", "second")));
    }

    [Fact]
    public void Given_a_body_with_markup_in_values_When_cached_Then_the_output_stays_escaped()
    {
        var cache = new FragmentCache();
        var template = Parse("{% cache key %}<a>{{ text }}</a>{% endcache %}");

        Render(template, cache, ("key", "a"), ("text", "<script>"));

        Assert.Equal("<a>&lt;script&gt;</a>", Render(template, cache, ("key", "a"), ("text", "ignored")));
    }

    [Fact]
    public void Given_a_cache_block_inside_a_loop_When_rendered_Then_each_item_gets_its_own_fragment()
    {
        var cache = new FragmentCache();

        var output = Render("{% for item in items %}{% cache item %}[{{ item }}]{% endcache %}{% endfor %}", cache, ("items", new[] { "x", "y", "x" }));

        Assert.Equal("[x][y][x]", output);
        Assert.Equal(2, cache.Rendered);
    }

    [Fact]
    public void Given_a_key_that_is_nil_or_empty_When_rendered_Then_nothing_is_cached()
    {
        var cache = new FragmentCache();
        var template = Parse("{% cache misspelt %}{{ text }}{% endcache %}|{% cache '' %}{{ text }}{% endcache %}");

        Assert.Equal("first|first", Render(template, cache, ("text", "first")));
        Assert.Equal("second|second", Render(template, cache, ("text", "second")));
        Assert.Equal(0, cache.Rendered);
    }

    [Fact]
    public void Given_an_unclosed_cache_block_When_parsed_Then_it_is_a_syntax_error()
    {
        Assert.False(TemplateSetup.Parser.TryParse("{% cache key %}never closed", out _, out _));
    }
}
