namespace TwitchSite.Engine.Documents;

/// <summary>
/// One unit of work flowing through a pipeline: a page, a data file, an asset.
/// Immutable: modules return changed copies made with <c>with { ... }</c>.
/// </summary>
public sealed record Document
{
    /// <summary>Path relative to the folder the document was read from, '/'-separated; empty for generated documents.</summary>
    public string Source { get; init; } = "";

    /// <summary>Absolute path of the file the document was read from, used in diagnostics and for copying; null when generated.</summary>
    public string? SourceFullPath { get; init; }

    /// <summary>Path relative to the output folder, '/'-separated; null while not yet known or when the document is not written.</summary>
    public string? Destination { get; init; }

    /// <summary>The document's content: text held in memory, or a file copied as it is.</summary>
    public DocumentContent Content { get; init; } = DocumentContent.Empty;

    /// <summary>Layered metadata: the document's own values over its inherited layers.</summary>
    public Metadata Metadata { get; init; } = Metadata.Empty;

    /// <summary>Returns a copy whose own metadata layer has <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public Document WithValue(string key, object? value) => this with { Metadata = Metadata.With(key, value) };

    /// <summary>Returns a copy whose own metadata layer has each of <paramref name="values"/> set, in one copy.</summary>
    public Document WithValues(params ReadOnlySpan<KeyValuePair<string, object?>> values) => this with { Metadata = Metadata.With(values) };

    /// <summary>Returns a copy whose own metadata layer lacks <paramref name="keys"/>, or this document when it has none of them.</summary>
    public Document Without(IReadOnlySet<string> keys)
    {
        var metadata = Metadata.Without(keys);
        return ReferenceEquals(metadata, Metadata) ? this : this with { Metadata = metadata };
    }

    /// <summary>Reads a metadata value (own layer first, then inherited layers), or default when absent or of another type.</summary>
    public T? Get<T>(string key) => Metadata.Get<T>(key);

    /// <inheritdoc />
    public override string ToString() => Source.Length > 0 ? Source : Destination ?? "(generated)";
}
