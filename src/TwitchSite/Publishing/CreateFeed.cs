using System.Collections.Immutable;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Settings;
using TwitchSite.Site;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Publishing;

/// <summary>
/// Creates the Atom feed <c>feed.xml</c> of pages with a <c>last_reviewed</c> date (only those of
/// the layouts of setting <c>feed.layouts</c> when it is given), newest first, so
/// readers and services learn when a page was checked again. Reads the Content pipeline's
/// pages and the title, description and base_url settings. Dates come from front matter only,
/// so the feed is the same for the same input. A site's own <c>feed.xml</c> (<see cref="SiteOwnFiles"/>) wins: none is made.
/// </summary>
public sealed class CreateFeed : IModule
{
    /// <summary>The feed's output path.</summary>
    public const string FeedPath = "feed.xml";

    /// <inheritdoc />
    public IReadOnlyList<Read> Reads => [Read.Pipeline(PipelineNames.Content), SiteOwnFiles.Read, Read.Setting(SettingKeys.BaseUrl), Read.Setting(SettingKeys.Feed), Read.Setting(SettingKeys.Title), Read.Setting(SettingKeys.Description)];

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var settings = SiteSettings.Of(context.Settings);
        var baseUrl = settings.BaseUrl?.TrimEnd('/');
        if (string.IsNullOrWhiteSpace(baseUrl) || !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            return []; // the Sitemap pipeline reports the missing setting once
        }

        if (SiteOwnFiles.Of(context).Contains(FeedPath))
        {
            return []; // the site publishes its own feed (a Hugo or Docusaurus static/feed.xml)
        }

        // Setting `feed: { layouts: [topic] }` limits the feed to pages of those layouts.
        var layouts = settings.FeedLayouts;
        var topics = context.OutputsOf(PipelineNames.Content)
            .Where(p => p.Get<DateOnly>(PageKeys.LastReviewed) != default && (layouts is null || layouts.Contains(p.Metadata.GetString(PageKeys.Layout) ?? PageKeys.DefaultLayout, StringComparer.Ordinal)))
            .OrderByDescending(p => p.Get<DateOnly>(PageKeys.LastReviewed))
            .ThenBy(p => p.Get<string>(UrlKeys.Url), StringComparer.Ordinal)
            .ToList();
        if (topics.Count == 0)
        {
            return [];
        }

        var title = settings.Title ?? "Site";
        var feed = new SyndicationFeed(title, settings.Description ?? "", new Uri(baseUrl + "/"), baseUrl + "/", Timestamp(topics[0]))
        {
            Items = topics.Select(page => Item(page, baseUrl)).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(baseUrl + "/" + FeedPath), "self", title, "application/atom+xml", 0));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return [new Document { Destination = FeedPath, Content = DocumentContent.FromText(Encoding.UTF8.GetString(stream.ToArray()) + "\n") }];
    }

    private static SyndicationItem Item(Document page, string baseUrl)
    {
        var url = baseUrl + page.Get<string>(UrlKeys.Url);
        return new SyndicationItem(page.Metadata.GetString(PageKeys.Title), page.Metadata.GetString(PageKeys.Description) ?? "", new Uri(url), url, Timestamp(page));
    }

    private static DateTimeOffset Timestamp(Document page) =>
        new(page.Get<DateOnly>(PageKeys.LastReviewed).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
