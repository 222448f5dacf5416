namespace TwitchSite.Engine.IO;

/// <summary>
/// Thrown by <see cref="OutputFolder"/> when one build writes the same output path twice. In a
/// build without errors that is a bug (two modules claim one file); a build that writes despite its
/// errors (a live preview) may meet it for a collision its checks already reported, which
/// <see cref="Modules.WriteFiles"/> then leaves as reported (see there).
/// </summary>
public sealed class DuplicateOutputException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="relativePath"/>.</summary>
    public DuplicateOutputException(string relativePath)
        : base($"'{relativePath}' was written twice in one build") => RelativePath = relativePath;

    /// <summary>Creates the exception with no path (for serializers and analyzers).</summary>
    public DuplicateOutputException() : base("a file was written twice in one build") => RelativePath = "";

    /// <summary>Creates the exception with a message of its own.</summary>
    public DuplicateOutputException(string message, Exception innerException) : base(message, innerException) => RelativePath = "";

    /// <summary>The output path written twice, relative to the output folder.</summary>
    public string RelativePath { get; }
}
