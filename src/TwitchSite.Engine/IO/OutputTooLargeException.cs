namespace TwitchSite.Engine.IO;

/// <summary>
/// Thrown by a <see cref="Utf8BufferWriter"/> given a <see cref="Utf8BufferWriter.MaxLength"/>
/// when a write would pass it: a template in an endless loop stops here instead of filling memory.
/// </summary>
public sealed class OutputTooLargeException : IOException
{
    /// <summary>Creates the exception for a writer limited to <paramref name="maxLength"/> bytes.</summary>
    public OutputTooLargeException(int maxLength)
        : base($"output passed {maxLength:N0} bytes")
    {
        MaxLength = maxLength;
    }

    /// <summary>The limit that was reached, in bytes.</summary>
    public int MaxLength { get; }
}
