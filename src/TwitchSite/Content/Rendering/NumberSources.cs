using System.Collections.Immutable;
using Markdig.Syntax;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.FrontMatter;
using TwitchSite.Markdown.Extensions.Citations;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order): joins the page's citations (<c>[@id]</c>) to the
/// sources of its front matter (<see cref="PageKeys.Sources"/>) with <see cref="CiteSources"/>,
/// reporting unknown, uncited and duplicate sources (TW0120-TW0124) at their lines, and returns
/// the sources numbered in citation order.
/// </summary>
public static class NumberSources
{
    /// <summary>The page's sources numbered in citation order when it cites them (null when nothing changes).</summary>
    public static List<SourceReference>? Apply(Document document, MarkdownDocument syntax, PageBody page, DiagnosticSink diagnostics)
    {
        var citations = Citations.Of(syntax);
        var sources = document.Get<List<SourceReference>>(PageKeys.Sources);
        if (!citations.Any && sources is not { Count: > 1 })
        {
            return null; // nothing cited, and a single source cannot clash with another
        }

        var info = document.Get<FrontMatterInfo>(FrontMatterKeys.Info);
        var origin = document.Get<SourceOrigins>(FrontMatterKeys.Origins)?.GetValueOrDefault(PageKeys.Sources) ?? FrontMatterInfo.Start(page.Path);
        var entries = info?.Yaml is { } yaml && info.Locations.TryGetValue(PageKeys.Sources, out var own)
            ? SourceEntryLocator.Find(yaml, own.Key.Line, page.Path)
            : [];
        // Front matter that could not be read (TW0101, TW0102) has no sources: its citations are
        // not unknown, only unread, so they are rendered without a report of each (one typo, one error).
        var sink = info is { Valid: false } ? new DiagnosticSink() : diagnostics;
        var listed = CiteSources.Apply(citations, sources ?? [], new CiteSources.Places(page.Path, page.LineOffset, origin, entries), sink);
        return citations.Any ? listed.ToList() : null;
    }
}
