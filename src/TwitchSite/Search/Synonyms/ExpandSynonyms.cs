using System.Collections.Immutable;
using TwitchSite.Content;
using TwitchSite.Data;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Settings;
using TwitchSite.Site;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Search.Synonyms;

/// <summary>
/// Gives each page the other names of the things it mentions (the site's synonym groups), so a
/// search for an everyday word finds pages written with the technical term and the other way round. Reads the
/// groups from the Data pipeline (<c>synonyms.yml</c>, and one group per glossary entry), and
/// each page's title, description, keywords and rendered text, and the site's title (what it
/// names is every page's subject, not one page's); writes
/// <see cref="SearchKeys.Synonyms"/>, sorted by how much the page is about them. Layouts put them in the page as Pagefind metadata.
/// Run after RenderMarkdown.
/// </summary>
public sealed class ExpandSynonyms : PerDocumentModule
{
    private SynonymMatcher? _matcher;
    private string _siteTitle = "";

    /// <inheritdoc />
    protected override void BeforeExecute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var groups = new List<SynonymGroup>();
        {
            var data = context.OutputsOf(PipelineNames.Data);
            foreach (var file in data.Where(d => d.Get<string>(DataKeys.Name) == SynonymsFile.DataName))
            {
                var text = file.Content is TextContent content ? content.Text : "";
                groups.AddRange(SynonymsFile.Parse(text, file.SourceFullPath ?? file.Source, context.Diagnostics));
            }

            groups.AddRange(GlossarySynonyms.From(ParseData.ByName(data).GetValueOrDefault("glossary")));
        }

        _matcher = new SynonymMatcher(groups);
        _siteTitle = SiteSettings.Of(context.Settings).Title ?? "";
    }

    /// <inheritdoc />
    /// <remarks>
    /// The result depends on the page and the Data pipeline (synonyms, glossary) only, so a live
    /// preview reuses it: SynonymsFile.Parse reports problems in BeforeExecute, on every build.
    /// </remarks>
    protected override bool IsCacheable => true;

    /// <inheritdoc />
    public override IReadOnlyList<Read> Reads => [Read.Pipeline(PipelineNames.Data), Read.Setting(SettingKeys.Title)];

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        if (_matcher!.GroupCount == 0)
        {
            return document;
        }

        var title = document.Metadata.GetString(PageKeys.Title) ?? "";
        var prominent = (document.Metadata.GetString(PageKeys.Description) ?? "") + "\n" + string.Join("\n", Keywords(document));
        var body = SearchText.FromHtml(document.Content is TextContent html ? html.Text : "");
        var expansion = _matcher.Expand(title, prominent, body, siteTitleText: _siteTitle);
        return expansion.IsEmpty ? document : document.WithValue(SearchKeys.Synonyms, expansion);
    }

    /// <summary>The page's front matter keywords (a list, or one string).</summary>
    public static IReadOnlyList<string> Keywords(Document document) =>
        document.Metadata.TryGetValue(PageKeys.Keywords, out var value) ? value switch
        {
            string one => [one],
            System.Collections.IEnumerable many => many.Cast<object?>().Select(k => k?.ToString() ?? "").Where(k => k.Length > 0).ToList(),
            _ => [],
        } : [];
}
