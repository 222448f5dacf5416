namespace TwitchSite.FrontMatter;

/// <summary>One entry of a page's <c>sources</c> list.</summary>
/// <param name="Title">Title of the cited page.</param>
/// <param name="Url">Its absolute http(s) address.</param>
/// <param name="Accessed">When it was read, if given.</param>
/// <param name="Id">The short name the page's text cites it by (<c>[@id]</c>), if given.</param>
public sealed record SourceReference(string Title, string Url, DateOnly? Accessed, string? Id = null)
{
    /// <summary>Its number on the page (order of first citation, from 1); null on pages without citations.</summary>
    public int? Number { get; init; }

    /// <summary>Element ids of the places in the text that cite it, in document order (empty when not cited).</summary>
    public IReadOnlyList<string> CitedAt { get; init; } = [];
}
