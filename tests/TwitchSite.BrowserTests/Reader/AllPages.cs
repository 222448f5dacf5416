using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Reader;

/// <summary>Every page of the real site, as URLs, from its input files (the search page included).</summary>
public static class AllPages
{
    /// <summary>Root-relative URLs of every page.</summary>
    public static TheoryData<string> Urls()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var source = Path.GetRelativePath(RepoPaths.Input, file).Replace('\\', '/');
            if (!source.Split('/').Any(s => s.StartsWith('_')))
            {
                data.Add(TwitchSite.Urls.UrlMapper.UrlOf(source));
            }
        }

        return data;
    }
}
