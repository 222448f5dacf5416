namespace TwitchSite.Data;

/// <summary>Keys of data file documents (<c>input/_data/*.yml</c>).</summary>
public static class DataKeys
{
    /// <summary>The parsed YAML value (mappings, lists, text, numbers, booleans).</summary>
    public const string Value = "@data";

    /// <summary><c>string</c>: the data file's name, as layouts address it (<c>data.glossary</c>).</summary>
    public const string Name = "@data_name";
}
