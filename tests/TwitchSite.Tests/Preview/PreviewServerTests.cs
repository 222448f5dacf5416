using System.Net;
using TwitchSite.Preview;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Preview;

/// <summary>The preview as a browser sees it: an in-process server on a free port, a real watcher, real files.</summary>
public sealed class PreviewServerTests
{
    private const string Site = """
        -- input/_site.yml --
        title: Preview Fixture
        repository: https://github.com/example/site
        -- input/index.md --
        ---
        title: Home
        description: The home page.
        ---
        Hello from the **home** page. Read the [guide](guide/index.md).
        -- input/guide/index.md --
        ---
        title: Guide
        description: A guide.
        ---
        The guide's first words.
        -- input/404.md --
        ---
        title: Page not found
        description: Nothing here.
        ---
        We could not find that page.
        """;

    [Fact]
    public async Task Given_a_preview_When_a_page_is_requested_Then_it_is_served_with_the_reload_script_no_caching_and_the_security_headers()
    {
        await using var preview = await PreviewHarness.StartAsync(Site);

        using var response = await preview.Client.GetAsync("/guide/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("The guide&#39;s first words.", html.Replace("&#x27;", "&#39;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<script src=\"/_twitchsite/live-reload.js\" defer></script>\n</head>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("live-reload", preview.Site.ReadOutput("guide/index.html"), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.NotEmpty(response.Headers.GetValues("Referrer-Policy"));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);

        using var script = await preview.Client.GetAsync(PreviewPaths.LiveReloadScript);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("new EventSource('/_twitchsite/events')", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_pretty_urls_When_a_folder_is_asked_for_without_its_slash_or_a_page_is_missing_Then_redirect_and_the_sites_404_page_with_status_404()
    {
        await using var preview = await PreviewHarness.StartAsync(Site);

        using var folder = await preview.Client.GetAsync("/guide?x=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/guide/?x=1", folder.Headers.Location?.OriginalString);

        using var missing = await preview.Client.GetAsync("/no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var body = await missing.Content.ReadAsStringAsync();
        Assert.Contains("We could not find that page.", body, StringComparison.Ordinal);
        Assert.Contains(LiveReloadInjection.ScriptElement, body, StringComparison.Ordinal);

        using var post = await preview.Client.PostAsync("/", new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task Given_an_open_page_When_its_file_is_edited_Then_the_event_stream_says_reload_and_the_page_shows_the_edit()
    {
        await using var preview = await PreviewHarness.StartAsync(Site);
        using var events = await preview.OpenEventsAsync();
        Assert.Equal("text/event-stream", events.ContentType);
        Assert.Equal(("hello", "{\"build\":1}"), await events.NextAsync());

        preview.Site.Write("input/guide/index.md", "---\ntitle: Guide\ndescription: A guide.\n---\nEdited words, live.\n");
        var (name, data) = await events.NextAsync();

        Assert.Equal("reload", name);
        Assert.Matches("""^\{"build":\d+\}$""", data);
        Assert.Contains("Edited words, live.", await preview.Client.GetStringAsync("/guide/"), StringComparison.Ordinal);
        Assert.Contains("Changed: input/guide/index.md (content page)", preview.Terminal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_page_When_its_front_matter_breaks_Then_every_built_page_is_served_with_the_escaped_problems_over_it_and_fixing_it_recovers()
    {
        await using var preview = await PreviewHarness.StartAsync(Site);
        using var events = await preview.OpenEventsAsync();
        await events.NextAsync(); // hello

        preview.Site.Write("input/guide/index.md", "---\ntitle: Guide\ndescription: A guide.\norder: <b>first</b>\n---\nText.\n");
        Assert.Equal("reload", (await events.NextAsync()).Name);

        foreach (var (path, own) in new[] { ("/", "Hello from the <strong>home</strong> page."), ("/guide/", "Text."), ("/missing/", null) })
        {
            using var response = await preview.Client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            if (own is null)
            {
                Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode); // nothing was built there: the whole list
                Assert.Contains("<h1>The site could not be built</h1>", html, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the page as built, with the problems over it
                Assert.Contains(own, html, StringComparison.Ordinal);
                Assert.Contains("<aside class=\"ts-panel\" aria-labelledby=\"ts-panel-title\">", html, StringComparison.Ordinal);
                Assert.Contains("<link rel=\"stylesheet\" href=\"" + PreviewPaths.PanelStylesheet + "\">", html, StringComparison.Ordinal);
            }

            Assert.Contains("<p class=\"ts-where\">input/guide/index.md:4:8</p>", html, StringComparison.Ordinal);
            Assert.Contains("TW0104: &#39;order&#39; must be a whole number, not &#39;&lt;b&gt;first&lt;/b&gt;&#39;", html, StringComparison.Ordinal);
            Assert.Contains("<pre class=\"ts-source\"><code>order: &lt;b&gt;first&lt;/b&gt;\n       ^</code></pre>", html, StringComparison.Ordinal);
            Assert.Contains("<p class=\"ts-hint\">hint: write a whole number, e.g. `order: 3`</p>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>first</b>", html, StringComparison.Ordinal);
            Assert.Contains(LiveReloadInjection.ScriptElement, html, StringComparison.Ordinal);
        }

        var terminal = preview.Terminal.ToString();
        Assert.Contains("input/guide/index.md:4:8: error TW0104: 'order' must be a whole number, not '<b>first</b>'\n    order: <b>first</b>\n           ^", terminal.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);

        // Unclosed front matter is reported at the opening line.
        preview.Site.Write("input/guide/index.md", "---\ntitle: Guide\n\nText.\n");
        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Contains("<p class=\"ts-where\">input/guide/index.md:1:1</p>", await (await preview.Client.GetAsync("/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        preview.Site.Write("input/guide/index.md", "---\ntitle: Guide\ndescription: A guide.\n---\nFixed words.\n");
        Assert.Equal("reload", (await events.NextAsync()).Name);
        using var recovered = await preview.Client.GetAsync("/guide/");
        var fixedPage = await recovered.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Contains("Fixed words.", fixedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("ts-panel", fixedPage, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")] // a preview server over a broken site, over ten seconds on a busy machine
    public async Task Given_a_site_broken_from_the_start_When_previewed_Then_its_pages_are_served_with_the_problems_and_the_panel_stylesheet_is_served()
    {
        await using var preview = await PreviewHarness.StartAsync(Site.Replace("Read the [guide](guide/index.md).", "Read the [guide](guide/nowhere.md).", StringComparison.Ordinal));

        using var home = await preview.Client.GetAsync("/");
        var html = await home.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Hello from the <strong>home</strong> page.", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"ts-where\">input/index.md:5:", html, StringComparison.Ordinal);
        Assert.Contains("TW0301", html, StringComparison.Ordinal);
        Assert.Contains("The guide's first words.", await preview.Client.GetStringAsync("/guide/"), StringComparison.Ordinal);
        using var stylesheet = await preview.Client.GetAsync(PreviewPaths.PanelStylesheet);
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.Contains(".ts-panel", await stylesheet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../../secret.txt")]
    [InlineData("/guide/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/%252e%252e%252fsecret.txt")]
    [InlineData("/%25252e%25252e/secret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/%2e%2e%5csecret.txt")]
    [InlineData("/%255c..%255csecret.txt")]
    [InlineData("//secret.txt")]
    [InlineData("/.%2e/secret.txt")]
    [InlineData("/leak.txt")]
    [InlineData("/leak-folder/secret.txt")]
    [InlineData("/.twitchsite-manifest")]
    [InlineData("/C:/secret.txt")]
    [InlineData("/%00../secret.txt")]
    [InlineData("http://127.0.0.1/../secret.txt")]
    public async Task Given_a_secret_file_next_to_the_output_When_a_path_tries_to_reach_it_Then_400_or_404_and_never_its_contents(string requestTarget)
    {
        await using var preview = await PreviewHarness.StartAsync(Site);
        preview.Site.Write("secret.txt", "TOP-SECRET-CONTENT");
        File.CreateSymbolicLink(Path.Combine(preview.Site.Output, "leak.txt"), Path.Combine(preview.Site.Root, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(preview.Site.Output, "leak-folder"), preview.Site.Root);

        var (status, response) = await preview.RawGetAsync(requestTarget);

        Assert.True(status is 400 or 404, $"{requestTarget} answered {status}");
        Assert.DoesNotContain("TOP-SECRET-CONTENT", response, StringComparison.Ordinal);
        Assert.DoesNotContain(".twitchsite-manifest", response.Split("\r\n\r\n", 2)[^1].Replace("TOP", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_same_secret_When_the_site_itself_is_requested_Then_the_checks_do_not_block_real_pages()
    {
        await using var preview = await PreviewHarness.StartAsync(Site);

        Assert.Equal(200, (await preview.RawGetAsync("/")).Status);
        Assert.Equal(200, (await preview.RawGetAsync("/gu%69de/")).Status);
        var stylesheet = System.Text.RegularExpressions.Regex.Match((await preview.RawGetAsync("/")).Response, "href=\"(/assets/css/[^\"]+)\"").Groups[1].Value;
        Assert.Equal(200, (await preview.RawGetAsync(stylesheet)).Status);
    }
}
