using Markdig.Syntax.Inlines;

namespace TwitchSite.Markdown.Extensions.Citations;

/// <summary>
/// One citation as written in the text: <c>[@id]</c> or <c>[@id1; @id2]</c>. Made by
/// <see cref="CitationParser"/>; <see cref="CitationExtension"/> fills in <see cref="Marks"/> once
/// the page is parsed, and <see cref="CitationRenderer"/> writes them.
/// </summary>
public sealed class CitationInline : LeafInline
{
    /// <summary>The text between the brackets, as written (for messages and for malformed citations).</summary>
    public required string Text { get; init; }

    /// <summary>The cited ids in the order written (empty when <see cref="IsMalformed"/>).</summary>
    public required IReadOnlyList<string> Ids { get; init; }

    /// <summary>0-based column of each id's '@' on its line, for diagnostics.</summary>
    public required IReadOnlyList<int> IdColumns { get; init; }

    /// <summary>True when the brackets start with '@' but do not hold a list of ids; rendered as the text written.</summary>
    public bool IsMalformed { get; init; }

    /// <summary>The citation ends its block and the space before it is written inside its superscript (<see cref="Citations.Number"/>).</summary>
    public bool SpaceBefore { get; internal set; }

    /// <summary>Number and anchor of each id, in the order of <see cref="Ids"/> (set after parsing).</summary>
    public IReadOnlyList<CitationMark> Marks { get; internal set; } = [];
}

/// <summary>How one cited id is shown at one place in the text.</summary>
/// <param name="Id">The source's id.</param>
/// <param name="Number">The source's number on the page (order of first citation, from 1).</param>
/// <param name="Anchor">This citation's own element id (<c>cite-1</c>, then <c>cite-1-2</c> for the second citation of source 1), which the sources list links back to.</param>
public sealed record CitationMark(string Id, int Number, string Anchor)
{
    /// <summary>Element id of the source's entry in the sources list.</summary>
    public string SourceAnchor => Citations.SourceAnchor(Id);
}
