namespace TwitchSite.Markdown;

/// <summary>A heading of a page, read from the markdown syntax tree.</summary>
/// <param name="Level">1 to 6.</param>
/// <param name="Id">Its anchor id.</param>
/// <param name="Text">Its plain text.</param>
/// <param name="Line">1-based line in the source file.</param>
public sealed record HeadingInfo(int Level, string Id, string Text, int Line);
