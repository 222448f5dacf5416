using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Diagnostics;

/// <summary>
/// The codes no other test produced (the catalogue test asks for every code): a draft left out,
/// a layout failing while it renders, a data or settings file that is not YAML, an asset that
/// cannot be minified, a base_url that is not an address. Each is reported at its file, as users
/// see it.
/// </summary>
public sealed class RareDiagnosticsTests
{
    private const string Settings = """
        -- input/_site.yml --
        title: Fixture
        base_url: https://fixture.example
        """;

    private const string Home = """
        -- input/index.md --
        ---
        title: Home
        ---
        Welcome.
        """;

    [Fact]
    public void Given_a_draft_page_When_built_Then_TW0150_info_at_its_draft_key_and_the_page_is_not_written()
    {
        using var site = FixtureSite.Create(Settings + "\n" + Home + """

            -- input/notes.md --
            ---
            title: Notes
            draft: true
            ---
            Not yet.
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded);
        Assert.Equal(["input/notes.md:3:1: info TW0150: draft page not published"], site.Headers(outcome));
        Assert.False(site.OutputExists("notes/index.html"));
    }

    [Fact]
    public void Given_a_layout_that_fails_while_rendering_When_built_Then_TW0403_at_the_layout_names_the_page()
    {
        using var site = FixtureSite.Create(Settings + "\n" + Home + """

            -- input/layouts/page.liquid --
            <html><body>{{ 1 | divided_by: 0 }}{{ content }}</body></html>
            """);

        var outcome = site.Build();

        Assert.False(outcome.Succeeded);
        Assert.Equal(["input/layouts/page.liquid:1:1: error TW0403: layout 'page' failed for page 'index.md': Attempted to divide by zero."], site.Headers(outcome));
    }

    [Fact]
    public void Given_a_data_file_that_is_not_YAML_When_built_Then_TW0501_at_the_broken_line()
    {
        using var site = FixtureSite.Create(Settings + "\n" + Home + """

            -- input/_data/team.yml --
            - name: "unterminated
            """);

        var outcome = site.Build();

        Assert.False(outcome.Succeeded);
        Assert.Equal(["input/_data/team.yml:1:9: error TW0501: invalid YAML in data file: While scanning a quoted scalar, found unexpected end of stream"], site.Headers(outcome));
    }

    [Fact]
    public void Given_site_settings_that_are_not_YAML_When_built_Then_TW0501_in_the_settings_file()
    {
        using var site = FixtureSite.Create(Home + """

            -- input/_site.yml --
            title: [Fixture
            """);

        var outcome = site.Build();

        Assert.False(outcome.Succeeded);
        Assert.Equal(["input/_site.yml:1:8: error TW0501: invalid YAML: '[' is never closed: add the matching ']', or put the whole value in quotes if the bracket is part of the text"], site.Headers(outcome));
    }

    [Fact]
    public void Given_a_script_asset_with_a_syntax_error_When_built_Then_TW0801_at_the_error()
    {
        using var site = FixtureSite.Create(Settings + "\n" + Home + """

            -- theme/layouts/page.liquid --
            <html><body>{{ content }}</body></html>
            -- theme/assets/site.js --
            function broken( {
            """);

        var outcome = site.Build();

        Assert.False(outcome.Succeeded);
        Assert.Equal(["theme/assets/site.js:2:1: error TW0801: cannot minify js: Expected '}'"], site.Headers(outcome));
        Assert.False(Directory.Exists(site.Output), "a failed first build must not create the output folder");
    }

    [Fact]
    public void Given_a_base_url_that_is_not_an_address_When_built_Then_TW0805_error_even_without_strict()
    {
        using var site = FixtureSite.Create(Home + """

            -- input/_site.yml --
            title: Fixture
            base_url: fixture.example
            """);

        var outcome = site.Build();

        Assert.False(outcome.Succeeded);
        Assert.Equal(["input/_site.yml:1:1: error TW0805: site setting 'base_url' must be a full http(s) address, not 'fixture.example'"], site.Headers(outcome));
    }
}
