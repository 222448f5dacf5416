using System.Collections.Immutable;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;

namespace TwitchSite.FrontMatter;

/// <summary>
/// What a page keeps of its <see cref="FrontMatterKeys.Origins"/> (where each front matter value
/// was written) once the Process phase ends: only the <c>layout</c> key's, where
/// <c>RenderLayout</c> reports a layout it cannot use (TW0230, TW0401). Every other reader (the
/// front matter, redirect and content checks, the sources' numbering, the readability figures)
/// runs in the Process phase, and every page held all its origins through the layouts (about
/// 0.5 KB a page). The Content pipeline's <c>AfterProcess</c>: builds that keep a cache (a live
/// preview) keep them all.
/// </summary>
public static class OriginsAfterProcess
{
    private static readonly HashSet<string> OriginsKey = new(StringComparer.Ordinal) { FrontMatterKeys.Origins };

    /// <summary>Returns <paramref name="page"/> with only the layout's origin, or none when it names no layout.</summary>
    public static Document Keep(Document page)
    {
        var origins = page.Get<SourceOrigins>(FrontMatterKeys.Origins);
        if (origins is null || (origins.Count == 1 && origins.ContainsKey(PageKeys.Layout)))
        {
            return page;
        }

        return origins.TryGetValue(PageKeys.Layout, out var layout)
            ? page.WithValue(FrontMatterKeys.Origins, SourceOrigins.Empty.SetItems([KeyValuePair.Create(PageKeys.Layout, layout)]))
            : page.Without(OriginsKey);
    }
}
