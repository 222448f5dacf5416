namespace TwitchSite.FrontMatter;

/// <summary>One entry of a page's <c>sources</c> list.</summary>
/// <param name="Title">Title of the cited page.</param>
/// <param name="Url">Its absolute http(s) address.</param>
/// <param name="Accessed">When it was read, if given.</param>
public sealed record SourceReference(string Title, string Url, DateOnly? Accessed);
