namespace TwitchSite.Engine.Documents;

/// <summary>
/// A source file changed (or went away) between two reads of one build: the build stops using it
/// rather than mix its old and new text. The engine reports it as a diagnostic naming the file.
/// </summary>
public sealed class SourceChangedException : IOException
{
    /// <summary>Creates the exception for the file at <paramref name="path"/>.</summary>
    public SourceChangedException(string path, Exception? inner = null)
        : base($"'{path}' changed while the site was being built", inner) => Path = path;

    /// <summary>The file's full path.</summary>
    public string Path { get; }
}
