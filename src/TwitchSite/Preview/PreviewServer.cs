using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Publishing;

namespace TwitchSite.Preview;

/// <summary>
/// Serves the output folder of a <see cref="PreviewSession"/> over http on 127.0.0.1 only, the
/// way the published site is served (pretty URLs, the site's 404 page with status 404), with
/// <c>Cache-Control: no-store</c> and the site's <see cref="SecurityHeaders"/> on every response.
/// Requests naming any host but localhost, 127.0.0.1 or [::1] get 421 (<see cref="PreviewHosts"/>).
/// Adds the live-reload script to every HTML page, streams rebuild events from the
/// <see cref="LiveReloadHub"/>, and, while the latest rebuild has errors, serves every page that
/// build could write with the <see cref="ErrorOverlay"/>'s panel of problems over it, and the whole
/// overlay for addresses it could not build. Takes Netlify-style form posts
/// (<see cref="PreviewFormPost"/>) and answers them with the form's action page.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();
    private readonly WebApplication _app;
    private readonly PreviewSession _session;
    private readonly LiveReloadHub _hub;
    private readonly OutputRequestResolver _resolver;
    private readonly string _baseFolder;
    private readonly Lock _overlayLock = new();
    private (int Build, string Html)? _overlay;
    private (int Build, string Html)? _panel;

    private PreviewServer(WebApplication app, PreviewSession session, LiveReloadHub hub, string baseFolder)
    {
        _app = app;
        _session = session;
        _hub = hub;
        _baseFolder = baseFolder;
        _resolver = new OutputRequestResolver(session.Paths.Output);
    }

    /// <summary>Where form posts tried in the preview are written (see <see cref="PreviewFormPost"/>); null writes them nowhere.</summary>
    public TextWriter? FormLog { get; set; }

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Starts serving on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    /// <param name="session">The builds to serve.</param>
    /// <param name="hub">Where rebuild events come from.</param>
    /// <param name="port">TCP port; 0 for any free one.</param>
    /// <param name="baseFolder">Paths in the error overlay are shown relative to this folder, as in the terminal.</param>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<PreviewServer> StartAsync(PreviewSession session, LiveReloadHub hub, int port, string baseFolder)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, CommandLineOwnsLifetime>(); // Ctrl+C belongs to the preview command
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        builder.WebHost.UseKestrel(o =>
        {
            o.AddServerHeader = false;
            o.Listen(IPAddress.Loopback, port);
        });

        var app = builder.Build();
        var server = new PreviewServer(app, session, hub, baseFolder);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Ends the event streams and stops the server.</summary>
    public async Task StopAsync()
    {
        _hub.Close();
        await _app.StopAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _hub.Close();
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        foreach (var (name, value) in SecurityHeaders.All)
        {
            response.Headers[name] = value;
        }

        if (!PreviewHosts.IsAllowed(context.Request.Headers.Host.ToString()))
        {
            // Before anything else, the event stream included: see PreviewHosts for why.
            await Text(context, StatusCodes.Status421MisdirectedRequest, $"Misdirected request: the preview answers only to localhost, 127.0.0.1 and [::1]; open http://localhost:{Address.Port}/ instead.").ConfigureAwait(false);
            return;
        }

        var method = context.Request.Method;
        if (await PreviewFormPost.TryAcceptAsync(context, FormLog).ConfigureAwait(false))
        {
            // Answered as Netlify answers a form post: with the page at the form's action.
            method = context.Request.Method = HttpMethods.Get;
        }

        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Text(context, StatusCodes.Status405MethodNotAllowed, "Only GET and HEAD are served.").ConfigureAwait(false);
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith(PreviewPaths.Prefix, StringComparison.Ordinal))
        {
            await ServeReservedAsync(context, path).ConfigureAwait(false);
            return;
        }

        var build = _session.Current;
        if (build is null)
        {
            await Text(context, StatusCodes.Status503ServiceUnavailable, "The first build is still running.").ConfigureAwait(false);
            return;
        }

        var resolution = _resolver.Resolve(path);
        if (resolution.Kind == ResolutionKind.BadRequest)
        {
            await Text(context, StatusCodes.Status400BadRequest, "Bad request: that path is not part of the site.").ConfigureAwait(false);
            return;
        }

        if (resolution.Kind == ResolutionKind.Redirect)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = resolution.Location + context.Request.QueryString;
            return;
        }

        if (!build.Succeeded && resolution.Kind == ResolutionKind.NotFound)
        {
            await Html(context, StatusCodes.Status500InternalServerError, OverlayFor(build)).ConfigureAwait(false);
            return;
        }

        if (resolution.Kind == ResolutionKind.NotFound)
        {
            var notFound = _resolver.NotFoundPage;
            var body = notFound is null ? "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>" : await ReadTextAsync(notFound, context.RequestAborted).ConfigureAwait(false);
            await Html(context, StatusCodes.Status404NotFound, body).ConfigureAwait(false);
            return;
        }

        if (IsHtml(resolution.FullPath!))
        {
            var page = await ReadTextAsync(resolution.FullPath!, context.RequestAborted).ConfigureAwait(false);
            await Html(context, StatusCodes.Status200OK, build.Succeeded ? page : ErrorOverlay.AddPanel(page, PanelFor(build))).ConfigureAwait(false);
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypes.TryGetContentType(resolution.FullPath!, out var type) ? type : "application/octet-stream";
        response.ContentLength = new FileInfo(resolution.FullPath!).Length;
        if (HttpMethods.IsGet(method))
        {
            await response.SendFileAsync(resolution.FullPath!, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task ServeReservedAsync(HttpContext context, string path)
    {
        switch (path)
        {
            case PreviewPaths.Events:
                await StreamEventsAsync(context).ConfigureAwait(false);
                return;
            case PreviewPaths.LiveReloadScript:
                await Resource(context, "live-reload.js", "text/javascript; charset=utf-8").ConfigureAwait(false);
                return;
            case PreviewPaths.OverlayStylesheet:
                await Resource(context, "overlay.css", "text/css; charset=utf-8").ConfigureAwait(false);
                return;
            case PreviewPaths.PanelStylesheet:
                await Resource(context, "overlay-panel.css", "text/css; charset=utf-8").ConfigureAwait(false);
                return;
            default:
                await Text(context, StatusCodes.Status404NotFound, "Not found.").ConfigureAwait(false);
                return;
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        await _hub.StreamAsync(
            _session.Current?.Number ?? 0,
            async (message, token) =>
            {
                await response.WriteAsync(message, token).ConfigureAwait(false);
                await response.Body.FlushAsync(token).ConfigureAwait(false);
            },
            KeepAlive,
            cancellation.Token).ConfigureAwait(false);
    }

    private string OverlayFor(PreviewBuild build)
    {
        lock (_overlayLock)
        {
            if (_overlay is not { } cached || cached.Build != build.Number)
            {
                cached = (build.Number, ErrorOverlay.Render(build.Outcome.Diagnostics, new DiagnosticFormatter(_baseFolder)));
                _overlay = cached;
            }

            return cached.Html;
        }
    }

    private string PanelFor(PreviewBuild build)
    {
        lock (_overlayLock)
        {
            if (_panel is not { } cached || cached.Build != build.Number)
            {
                cached = (build.Number, ErrorOverlay.RenderPanel(build.Outcome.Diagnostics, new DiagnosticFormatter(_baseFolder)));
                _panel = cached;
            }

            return cached.Html;
        }
    }

    private static async Task Html(HttpContext context, int status, string html)
    {
        var bytes = Encoding.UTF8.GetBytes(LiveReloadInjection.AddTo(html));
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task Text(HttpContext context, int status, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text + "\n");
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task Resource(HttpContext context, string name, string contentType)
    {
        await using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("TwitchSite.Preview.Client." + name)
            ?? throw new InvalidOperationException($"resource '{name}' is missing from the assembly");
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = stream.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await stream.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task<string> ReadTextAsync(string path, CancellationToken cancellation) =>
        await File.ReadAllTextAsync(path, Encoding.UTF8, cancellation).ConfigureAwait(false);

    private static bool IsHtml(string path) => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment" })
        {
            provider.Mappings[extension] = "application/octet-stream"; // Pagefind's index files 404 without a type
        }

        provider.Mappings[".js"] = "text/javascript; charset=utf-8";
        provider.Mappings[".mjs"] = "text/javascript; charset=utf-8";
        provider.Mappings[".css"] = "text/css; charset=utf-8";
        provider.Mappings[".svg"] = "image/svg+xml";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }

    /// <summary>A host lifetime that leaves Ctrl+C to the preview command, which stops the server itself.</summary>
    private sealed class CommandLineOwnsLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
