using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Layouts;
using TwitchSite.Settings;
using TwitchSite.Site;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Publishing;

/// <summary>
/// Creates <c>sitemap.xml</c> (every page but the 404 page and the feedback form's thank-you page, by URL, with <c>lastmod</c> from
/// <c>last_reviewed</c>) and <c>robots.txt</c> pointing to it, from the Content pipeline's pages
/// and the <c>base_url</c> setting. Without base_url only a robots.txt without sitemap is made.
/// A site's own <c>robots.txt</c> or <c>sitemap.xml</c> (a file in the input folder or its
/// generator's <c>static/</c>, copied as it is: <see cref="SiteOwnFiles"/>) wins: that file is then
/// not generated, and a site's own robots.txt is published unchanged (no <c>Sitemap:</c> line is
/// added: its author decides what crawlers are told, as with Hugo and Docusaurus).
/// </summary>
/// <param name="settingsPath">The settings file, where a missing base_url is reported.</param>
public sealed class CreateSitemap(string settingsPath) : IModule
{
    /// <summary>The sitemap's output path.</summary>
    public const string SitemapPath = "sitemap.xml";

    /// <summary>The robots file's output path.</summary>
    public const string RobotsPath = "robots.txt";

    /// <inheritdoc />
    public IReadOnlyList<Read> Reads => [Read.Pipeline(PipelineNames.Content), SiteOwnFiles.Read, Read.Setting(SettingKeys.BaseUrl)];

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var own = SiteOwnFiles.Of(context);
        return [.. Generate(context).Where(d => !own.Contains(d.Destination!))];
    }

    private ImmutableArray<Document> Generate(ExecutionContext context)
    {
        var baseUrl = PublishingSettings.BaseUrl(SiteSettings.Of(context.Settings), context.Diagnostics, settingsPath);
        if (baseUrl is null)
        {
            return [Text(RobotsPath, "User-agent: *\nAllow: /\n")];
        }

        var pages = context.OutputsOf(PipelineNames.Content)
            .Where(p => p.Get<string>(UrlKeys.Url) is { } url && url != "/404.html" && p.Metadata.GetString(PageKeys.Layout) != PageKeys.FeedbackThanksLayout)
            .OrderBy(p => p.Get<string>(UrlKeys.Url), StringComparer.Ordinal);

        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, NewLineChars = "\n" }))
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages)
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", baseUrl + page.Get<string>(UrlKeys.Url));
                if (page.Get<DateOnly>(PageKeys.LastReviewed) is var reviewed && reviewed != default)
                {
                    writer.WriteElementString("lastmod", reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return
        [
            Text(SitemapPath, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml + "\n"),
            Text(RobotsPath, $"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}/{SitemapPath}\n"),
        ];
    }

    private static Document Text(string destination, string text) =>
        new() { Destination = destination, Content = DocumentContent.FromText(text) };
}
