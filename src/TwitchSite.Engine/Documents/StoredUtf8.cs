namespace TwitchSite.Engine.Documents;

/// <summary>
/// UTF-8 text that a <see cref="TextContent"/> does not hold in memory: it is read back from where
/// it is kept (a slice of the source file, or the build's spill file) on every read.
/// </summary>
internal abstract class StoredUtf8
{
    /// <summary>The text's length in UTF-8 bytes.</summary>
    public abstract int Length { get; }

    /// <summary>The text's UTF-8 bytes, in a new array.</summary>
    public abstract byte[] Read();

    /// <summary>True when <paramref name="other"/> is known to hold the same text without reading either (same file, same place, same stamp).</summary>
    public virtual bool SameAs(StoredUtf8 other) => ReferenceEquals(this, other);
}
