using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using TwitchSite.Search.Pagefind;

namespace TwitchSite.BrowserTests.Support;

/// <summary>
/// Serves a built site folder over http on 127.0.0.1 (a free port), as Netlify would: folder
/// URLs serve their index.html, Pagefind's index files get their MIME types, and every response
/// carries the published security headers (SecurityHeaders), strict Content-Security-Policy
/// included, so a script that needs more (inline code, eval) fails these tests. Stands in for
/// Netlify Forms too: a form post with a <c>form-name</c> is kept in <see cref="Submissions"/> and
/// answered with the page at the form's action.
/// Text (HTML, CSS,
/// JavaScript, JSON) is sent gzip-compressed to a browser that asks for it, as Netlify sends it,
/// at gzip's usual level (ASP.NET's default is its fastest level, which sends pagefind.js at 18 KB
/// where any web server sends 13 KB; Netlify sends Brotli over HTTPS, within 4% of this for these
/// files), so the bytes a test counts are the bytes a reader downloads.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri address, System.Collections.Concurrent.ConcurrentQueue<FormSubmission> submissions)
    {
        _app = app;
        BaseAddress = address;
        Submissions = submissions;
    }

    /// <summary>Form posts received, in order (as Netlify Forms would store them).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<FormSubmission> Submissions { get; }

    /// <summary>The site's root, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts serving <paramref name="folder"/>.</summary>
    public static async Task<StaticSiteServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
        builder.Services.AddResponseCompression(options =>
        {
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "image/svg+xml"];
        });
        var app = builder.Build();
        app.UseResponseCompression();

        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        var types = new FileExtensionContentTypeProvider();
        foreach (var (extension, type) in PagefindMimeTypes.ByExtension)
        {
            types.Mappings[extension] = type;
        }

        app.Use(async (context, next) =>
        {
            // All but HSTS: over plain http on 127.0.0.1 it makes Chromium upgrade the next navigation to https, which this server does not speak.
            foreach (var (name, value) in TwitchSite.Publishing.SecurityHeaders.All.Where(h => h.Key != "Strict-Transport-Security"))
            {
                context.Response.Headers[name] = value; // the published policy, so a page that needs more fails here
            }

            await next(context);
        });
        var submissions = new System.Collections.Concurrent.ConcurrentQueue<FormSubmission>();
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
            {
                var form = await context.Request.ReadFormAsync();
                if (form["form-name"].ToString().Length > 0)
                {
                    submissions.Enqueue(new FormSubmission(context.Request.Path.Value ?? "/", form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal)));
                    context.Request.Method = HttpMethods.Get; // answered with the action's page, as Netlify does
                }
            }

            await next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html"] });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = files.GetFileInfo("404.html");
            if (notFound.Exists)
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new StaticSiteServer(app, new Uri(address.TrimEnd('/') + "/"), submissions);
    }

    /// <summary>The absolute URL of a site path such as <c>/search/?q=cramp</c>.</summary>
    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One form post the server received.</summary>
/// <param name="Path">Where it was posted (the form's action).</param>
/// <param name="Fields">Its fields by name.</param>
public sealed record FormSubmission(string Path, IReadOnlyDictionary<string, string> Fields);
