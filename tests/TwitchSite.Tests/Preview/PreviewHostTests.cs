using System.Net;
using TwitchSite.Preview;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Preview;

/// <summary>
/// The preview answers only requests that name this machine's loopback (localhost, 127.0.0.1,
/// [::1]), so a web page that rebinds its own name to 127.0.0.1 can read neither the pages nor the
/// event stream.
/// </summary>
public sealed class PreviewHostTests(PreviewHostTests.Running running) : IClassFixture<PreviewHostTests.Running>
{
    private const string Site = """
        -- input/_site.yml --
        title: Host Fixture
        -- input/index.md --
        ---
        title: Home
        description: The home page.
        ---
        SECRET-HOME-WORDS on the home page.
        -- input/guide/index.md --
        ---
        title: Guide
        description: A guide.
        ---
        SECRET-GUIDE-WORDS in the guide.
        """;

    private static readonly string[] Paths = ["/", "/guide/", "/missing/", PreviewPaths.Events, PreviewPaths.LiveReloadScript, PreviewPaths.OverlayStylesheet, "/_twitchsite/other"];

    [Theory]
    [InlineData("localhost")]
    [InlineData("LocalHost")]
    [InlineData("localhost:{port}")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("[::1]")]
    [InlineData("[::1]:{port}")]
    [InlineData("localhost:8080")] // a forwarded port still names localhost
    public async Task Given_a_loopback_host_When_a_page_is_requested_Then_it_is_served(string host)
    {
        var (status, response) = await running.Preview.RawGetAsync("/guide/", $"Host: {WithPort(host)}\r\n");

        Assert.Equal(200, status);
        Assert.Contains("SECRET-GUIDE-WORDS", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost.evil.com")]
    [InlineData("localhost.evil.com:{port}")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("evil.com")]
    [InlineData("evil.com:{port}")]
    [InlineData("localhost.")]
    [InlineData("127.0.0.2")]
    [InlineData("0.0.0.0:{port}")]
    [InlineData("[::2]")]
    [InlineData("localhost:99999")]
    [InlineData("")]
    public async Task Given_another_host_When_any_path_is_requested_Then_421_with_a_short_plain_text_reason_and_nothing_of_the_site(string host)
    {
        foreach (var path in Paths)
        {
            var (status, response) = await running.Preview.RawGetAsync(path, $"Host: {WithPort(host)}\r\n");

            Assert.True(status == 421, $"{path} with Host '{WithPort(host)}' answered {status}");
            var (head, body) = Split(response);
            Assert.Contains("Content-Type: text/plain; charset=utf-8", head, StringComparison.OrdinalIgnoreCase);
            Assert.Equal($"Misdirected request: the preview answers only to localhost, 127.0.0.1 and [::1]; open http://localhost:{running.Preview.Preview.Address.Port}/ instead.\n", body);
            Assert.DoesNotContain("text/event-stream", head, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("[::1")]
    [InlineData("localhost:")]
    [InlineData("localhost:80:80")]
    [InlineData("localhost/evil")]
    public async Task Given_a_malformed_host_When_a_page_is_requested_Then_the_server_refuses_it_before_the_preview_sees_it(string host)
    {
        var (status, response) = await running.Preview.RawGetAsync("/", $"Host: {host}\r\n");

        Assert.True(status is 400 or 421, $"Host '{host}' answered {status}");
        Assert.DoesNotContain("SECRET-HOME-WORDS", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_no_host_header_When_a_page_is_requested_Then_it_is_refused()
    {
        var (http11, _) = await running.Preview.RawGetAsync("/", "");
        var (http10, response) = await running.Preview.RawGetAsync("/", "", "HTTP/1.0");

        Assert.Equal(400, http11); // HTTP/1.1 requires the header: the server itself refuses
        Assert.Equal(421, http10);
        Assert.DoesNotContain("SECRET-HOME-WORDS", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_event_stream_When_opened_through_localhost_Then_it_says_hello_and_through_another_name_it_is_refused()
    {
        using (var events = await running.Preview.OpenEventsAsync($"localhost:{running.Preview.Preview.Address.Port}"))
        {
            Assert.Equal("text/event-stream", events.ContentType);
            Assert.Equal("hello", (await events.NextAsync()).Name);
        }

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => running.Preview.OpenEventsAsync("rebound.example:" + running.Preview.Preview.Address.Port));
        Assert.Equal(HttpStatusCode.MisdirectedRequest, refused.StatusCode);
    }

    private string WithPort(string host) => host.Replace("{port}", running.Preview.Preview.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static (string Head, string Body) Split(string response)
    {
        var parts = response.Split("\r\n\r\n", 2);
        return (parts[0], parts.Length > 1 ? parts[1] : "");
    }

    /// <summary>One preview of the fixture site shared by the tests of this class.</summary>
    public sealed class Running : IAsyncLifetime
    {
        /// <summary>The running preview.</summary>
        public PreviewHarness Preview { get; private set; } = null!;

        /// <inheritdoc />
        public async Task InitializeAsync() => Preview = await PreviewHarness.StartAsync(Site);

        /// <inheritdoc />
        public async Task DisposeAsync() => await Preview.DisposeAsync();
    }
}
