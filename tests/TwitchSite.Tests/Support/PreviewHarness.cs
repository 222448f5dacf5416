using System.Net;
using System.Net.Sockets;
using System.Text;
using TwitchSite.Building;
using TwitchSite.Preview;

namespace TwitchSite.Tests.Support;

/// <summary>
/// A fixture site previewed in-process on a free port: the real <see cref="LivePreview"/> (server,
/// watcher, incremental session), an HTTP client, an event-stream reader, and raw requests for
/// paths an HTTP client would normalise away.
/// </summary>
public sealed class PreviewHarness : IAsyncDisposable
{
    /// <summary>How long tests wait for the watcher and a rebuild before failing (a guard, not a measurement).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private PreviewHarness(FixtureSite site, LivePreview preview, StringWriter terminal)
    {
        Site = site;
        Preview = preview;
        Terminal = terminal;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = preview.Address, Timeout = Patience };
    }

    /// <summary>The site on disk.</summary>
    public FixtureSite Site { get; }

    /// <summary>The running preview.</summary>
    public LivePreview Preview { get; }

    /// <summary>What the preview printed (output and error streams together).</summary>
    public StringWriter Terminal { get; }

    /// <summary>A client for the preview's address that does not follow redirects.</summary>
    public HttpClient Client { get; }

    /// <summary>Writes <paramref name="files"/> and starts previewing them.</summary>
    public static async Task<PreviewHarness> StartAsync(string files, DateOnly? today = null)
    {
        var site = FixtureSite.Create(files);
        var terminal = new StringWriter();
        var writer = TextWriter.Synchronized(terminal);
        var options = new BuildOptions { Input = site.Input, Output = site.Output, Theme = site.Theme, Today = today ?? FixtureSite.TestToday };
        var preview = await LivePreview.StartAsync(options, port: 0, writer, writer, site.Root, debounce: TimeSpan.FromMilliseconds(20));
        return new PreviewHarness(site, preview, terminal);
    }

    /// <summary>Waits until a rebuild later than <paramref name="afterBuild"/> has finished.</summary>
    public async Task<PreviewBuild> WaitForBuildAfterAsync(int afterBuild)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (Preview.Session.Current is { } build && build.Number > afterBuild)
            {
                return build;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"no rebuild after build {afterBuild} within {Patience.TotalSeconds} s; terminal:\n{Terminal}");
    }

    /// <summary>Sends <paramref name="requestTarget"/> exactly as written (no normalisation) and returns the status and body.</summary>
    public Task<(int Status, string Response)> RawGetAsync(string requestTarget) => RawGetAsync(requestTarget, "Host: 127.0.0.1\r\n");

    /// <summary>Sends a GET of <paramref name="requestTarget"/> with <paramref name="headerLines"/> (each ending in CRLF, e.g. a Host line or none) as they are.</summary>
    public async Task<(int Status, string Response)> RawGetAsync(string requestTarget, string headerLines, string version = "HTTP/1.1")
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, Preview.Address.Port);
        await using var stream = tcp.GetStream();
        var request = Encoding.Latin1.GetBytes($"GET {requestTarget} {version}\r\n{headerLines}Connection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(Patience);
        var statusLine = response.Split("\r\n", 2)[0];
        return (int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }

    /// <summary>Opens the live-reload event stream.</summary>
    /// <param name="host">The Host header to send; the address's own when null.</param>
    public async Task<EventReader> OpenEventsAsync(string? host = null)
    {
        var client = new HttpClient { BaseAddress = Preview.Address, Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, PreviewPaths.Events);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventReader(client, response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Preview.DisposeAsync();
        Site.Dispose();
    }

    /// <summary>A Server-Sent Events stream read event by event.</summary>
    public sealed class EventReader(HttpClient client, HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        /// <summary>The content type the server declared.</summary>
        public string? ContentType => response.Content.Headers.ContentType?.MediaType;

        /// <summary>Reads the next event (skipping comments and the retry field).</summary>
        public async Task<(string Name, string Data)> NextAsync()
        {
            string? name = null;
            var data = new StringBuilder();
            while (true)
            {
                var line = await reader.ReadLineAsync().WaitAsync(Patience) ?? throw new EndOfStreamException("the event stream ended");
                if (line.Length == 0)
                {
                    if (name is not null || data.Length > 0)
                    {
                        return (name ?? "message", data.ToString());
                    }

                    continue;
                }

                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Append(line[6..]);
                }
            }
        }

        /// <inheritdoc />
        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
            client.Dispose();
        }
    }
}
