namespace TwitchSite.Site;

/// <summary>Names of the site's pipelines (Statiq.Web's names where they fit).</summary>
public static class PipelineNames
{
    /// <summary>Data files from input/_data.</summary>
    public const string Data = "Data";

    /// <summary>Markdown pages.</summary>
    public const string Content = "Content";

    /// <summary>Theme and input assets.</summary>
    public const string Assets = "Assets";

    /// <summary>Whole-site checks: links, duplicate URLs.</summary>
    public const string Analyze = "Analyze";

    /// <summary>sitemap.xml and robots.txt.</summary>
    public const string Sitemap = "Sitemap";

    /// <summary>The Atom feed.</summary>
    public const string Feed = "Feed";

    /// <summary>Redirect rules and forwarding pages.</summary>
    public const string Redirects = "Redirects";
    /// <summary>The Pagefind search index.</summary>
    public const string SearchIndex = "SearchIndex";
}
