using System.Globalization;
using TwitchSite.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TwitchSite.Yaml;

/// <summary>
/// Reads one YAML document into plain values (string, bool, long, double, null, lists and
/// ordered string-keyed dictionaries) and remembers where each top-level key and value stand,
/// so later checks can point at the exact line. Quoted scalars always stay strings.
/// </summary>
public static class YamlReader
{
    /// <summary>Parses <paramref name="yaml"/>; positions are shifted by <paramref name="firstLine"/> - 1 lines within <paramref name="fullPath"/>.</summary>
    /// <returns>The parsed document, or an error with its location.</returns>
    public static YamlReadResult Read(string yaml, string fullPath, int firstLine = 1)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            var line = (int)Math.Max(1, exception.Start.Line) + firstLine - 1;
            var column = (int)Math.Max(1, exception.Start.Column);
            return YamlReadResult.Failure(new SourceLocation(fullPath, line, column), CleanMessage(exception));
        }

        if (stream.Documents.Count == 0)
        {
            return YamlReadResult.Success(null, new Dictionary<string, YamlEntryLocation>());
        }

        var root = stream.Documents[0].RootNode;
        var locations = new Dictionary<string, YamlEntryLocation>(StringComparer.Ordinal);
        if (root is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
            {
                locations[KeyText(key)] = new YamlEntryLocation(
                    Locate(key, fullPath, firstLine),
                    Locate(value, fullPath, firstLine));
            }
        }

        return YamlReadResult.Success(ToPlain(root), locations);
    }

    /// <summary>The plain value of a node.</summary>
    public static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode scalar => ScalarValue(scalar),
        YamlSequenceNode sequence => sequence.Children.Select(ToPlain).ToList(),
        YamlMappingNode mapping => mapping.Children.ToDictionary(c => KeyText(c.Key), c => ToPlain(c.Value), StringComparer.Ordinal),
        _ => null,
    };

    private static string KeyText(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();

    private static SourceLocation Locate(YamlNode node, string fullPath, int firstLine) =>
        new(fullPath, (int)node.Start.Line + firstLine - 1, (int)node.Start.Column);

    private static object? ScalarValue(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return text;
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (text.Any(char.IsDigit) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        return text;
    }

    private static string CleanMessage(YamlException exception)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; we print our own position.
        var message = exception.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0)
        {
            message = message[(marker + 3)..];
        }

        return message.TrimEnd('.');
    }
}

/// <summary>Where a top-level key and its value stand.</summary>
/// <param name="Key">Location of the key.</param>
/// <param name="Value">Location of the value.</param>
public sealed record YamlEntryLocation(SourceLocation Key, SourceLocation Value);

/// <summary>Outcome of <see cref="YamlReader.Read"/>.</summary>
public sealed record YamlReadResult
{
    /// <summary>The parsed value (null for an empty document).</summary>
    public object? Value { get; private init; }

    /// <summary>Locations of the top-level keys when the root is a mapping.</summary>
    public IReadOnlyDictionary<string, YamlEntryLocation> Locations { get; private init; } = new Dictionary<string, YamlEntryLocation>();

    /// <summary>Where the YAML is broken, when it is.</summary>
    public SourceLocation? ErrorLocation { get; private init; }

    /// <summary>What the YAML parser said, when it failed.</summary>
    public string? ErrorMessage { get; private init; }

    /// <summary>True when parsing succeeded.</summary>
    public bool Succeeded => ErrorLocation is null;

    internal static YamlReadResult Success(object? value, IReadOnlyDictionary<string, YamlEntryLocation> locations) =>
        new() { Value = value, Locations = locations };

    internal static YamlReadResult Failure(SourceLocation location, string message) =>
        new() { ErrorLocation = location, ErrorMessage = message };
}
