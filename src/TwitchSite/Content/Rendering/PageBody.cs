using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// Where a page's markdown body sits, for the steps' diagnostics: Markdig counts lines from the
/// body's first line (0-based), the file from its first line, front matter included.
/// </summary>
/// <param name="Source">The page's source path, relative to the input folder (links resolve from it).</param>
/// <param name="Path">The file's path as diagnostics print it.</param>
/// <param name="LineOffset">The file line of the body's first line (1 when there is no front matter).</param>
public sealed record PageBody(string Source, string Path, int LineOffset)
{
    /// <summary>The file location of Markdig's 0-based <paramref name="line"/> and a 1-based <paramref name="column"/>.</summary>
    public SourceLocation At(int line, int column) => new(Path, line + LineOffset, column);
}
