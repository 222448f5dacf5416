namespace TwitchSite.Engine.Diagnostics;

/// <summary>A 1-based position in a source file.</summary>
/// <param name="FullPath">Absolute path of the file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SourceLocation(string FullPath, int Line = 1, int Column = 1)
{
    /// <summary>The same file at another line and column.</summary>
    public SourceLocation At(int line, int column) => this with { Line = line, Column = column };
}
