using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.FrontMatter;
using TwitchSite.Markdown.Extensions.Citations;

namespace TwitchSite.Content;

/// <summary>
/// Joins a page's citations (<c>[@id]</c> in its text) to its front matter <c>sources</c>. Reports,
/// each at its place: a citation of an id no source has (TW0120, with a "did you mean"), a
/// source with an id the text never cites (TW0121) and a source without an id (TW0122) on a page
/// that cites, two sources with one id (TW0123, on any page), and brackets that start with '@'
/// but are not a citation (TW0124). Returns the sources in citation order, each with its
/// number and the anchors of the citations that link to it, for the layout's sources list.
/// </summary>
public static class CiteSources
{
    /// <summary>Where the page's parts stand, for diagnostics.</summary>
    /// <param name="Path">The page's full path.</param>
    /// <param name="BodyLineOffset">File line of the markdown body's first line.</param>
    /// <param name="SourcesKey">Where the <c>sources</c> value was written (the page's or its folder's).</param>
    /// <param name="Entries">Where each entry stands, when the page itself lists them in block style (else empty).</param>
    public sealed record Places(string Path, int BodyLineOffset, SourceLocation SourcesKey, IReadOnlyList<SourceEntryLocation> Entries);

    /// <summary>
    /// Checks <paramref name="citations"/> against <paramref name="sources"/>, adding problems to
    /// <paramref name="sink"/>; returns the sources to list (in citation order when the page cites).
    /// </summary>
    public static IReadOnlyList<SourceReference> Apply(CitationList citations, IReadOnlyList<SourceReference> sources, Places places, DiagnosticSink sink)
    {
        CheckDuplicateIds(sources, places, sink);
        foreach (var citation in citations.All.Where(c => c.IsMalformed))
        {
            sink.Add(Codes.MalformedCitation.Create(new SourceLocation(places.Path, citation.Line + places.BodyLineOffset, citation.Column + 1), citation.Text));
        }

        if (!citations.Any)
        {
            return sources;
        }

        var ids = sources.Select(s => s.Id).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var citation in citations.All.Where(c => !c.IsMalformed))
        {
            for (var i = 0; i < citation.Ids.Count; i++)
            {
                var id = citation.Ids[i];
                if (!ids.Contains(id, StringComparer.Ordinal))
                {
                    sink.Add(Codes.UnknownCitation.Create(new SourceLocation(places.Path, citation.Line + places.BodyLineOffset, citation.IdColumns[i] + 1), id) with { Hint = UnknownHint(id, ids) });
                }
            }
        }

        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            var entry = i < places.Entries.Count ? places.Entries[i] : null;
            if (source.Id is null)
            {
                sink.Add(Codes.SourceWithoutId.Create(entry?.Entry ?? places.SourcesKey, source.Title));
            }
            else if (citations.NumberOf(source.Id) is null && !sources.Take(i).Any(s => s.Id == source.Id)) // a repeated id is TW0123 already
            {
                sink.Add(Codes.UncitedSource.Create(entry?.Id ?? entry?.Entry ?? places.SourcesKey, source.Id));
            }
        }

        // Listed in citation order and numbered; any left over (an error above) follow.
        var ordered = sources
            .Select((source, index) => (Source: source, Index: index, Number: source.Id is null ? null : citations.NumberOf(source.Id)))
            .OrderBy(s => s.Number ?? int.MaxValue)
            .ThenBy(s => s.Index)
            .ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ordered.Select((s, index) => s.Source with
        {
            Number = index + 1,
            CitedAt = s.Source.Id is { } id && seen.Add(id) && citations.Anchors.TryGetValue(id, out var anchors) ? anchors : [],
        }).ToList();
    }

    private static void CheckDuplicateIds(IReadOnlyList<SourceReference> sources, Places places, DiagnosticSink sink)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].Id is not { } id)
            {
                continue;
            }

            if (first.TryGetValue(id, out var earlier))
            {
                var entry = i < places.Entries.Count ? places.Entries[i] : null;
                sink.Add(Codes.DuplicateSourceId.Create(entry?.Id ?? entry?.Entry ?? places.SourcesKey, earlier + 1, i + 1, id));
            }
            else
            {
                first[id] = i;
            }
        }
    }

    private static string UnknownHint(string id, List<string> ids)
    {
        if (ids.Count == 0)
        {
            return $"give the source an id in the page's `sources` list: `id: {id}`";
        }

        var closest = ids
            .Select(known => (Id: known, Distance: FrontMatterSchema.EditDistance(known.ToLowerInvariant(), id.ToLowerInvariant())))
            .OrderBy(c => c.Distance)
            .First();
        return closest.Distance <= Math.Max(2, closest.Id.Length / 3)
            ? $"did you mean [@{closest.Id}]?"
            : $"the page's sources have ids {string.Join(", ", ids)}; add `id: {id}` to the source you mean";
    }
}
