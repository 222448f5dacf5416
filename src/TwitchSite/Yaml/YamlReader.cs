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
    public static YamlReadResult Read(string yaml, string fullPath, int firstLine = 1) =>
        SimpleMapping.TryRead(yaml, fullPath, firstLine) ?? ReadWithParser(yaml, fullPath, firstLine);

    /// <summary>Reads <paramref name="yaml"/> with YamlDotNet, whatever it holds (<see cref="Read"/> without its shortcut).</summary>
    internal static YamlReadResult ReadWithParser(string yaml, string fullPath, int firstLine = 1)
    {
        var loaded = YamlNodes.Load(yaml);
        if (loaded.Error is not null)
        {
            return Failure(loaded, yaml, fullPath, firstLine);
        }

        if (loaded.Root is null)
        {
            return YamlReadResult.Success(null, new Dictionary<string, YamlEntryLocation>());
        }

        var root = loaded.Root;
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

        try
        {
            var items = root is YamlSequenceNode sequence ? sequence.Children.Select(c => Locate(c, fullPath, firstLine)).ToList() : [];
            return YamlReadResult.Success(ToPlain(root, new Walk(), 0), locations) with { ItemLocations = items };
        }
        catch (UnreadableNodeException exception)
        {
            return YamlReadResult.Failure(Locate(exception.Node, fullPath, firstLine), exception.Message);
        }
    }

    /// <summary>
    /// The error of YAML that did not load, located in <paramref name="fullPath"/>: a tab where
    /// YAML wants spaces is pointed at (YamlDotNet reports it where the scalar before it ends, the
    /// line above), and the parser's own messages lose their position prefix.
    /// </summary>
    private static YamlReadResult Failure(YamlNodesResult loaded, string yaml, string fullPath, int firstLine)
    {
        // An error on a line indented with a tab is that tab's fault whatever YamlDotNet calls it.
        if (loaded.Cause is YamlException tabbed
            && (tabbed.Message.Contains("tab character", StringComparison.OrdinalIgnoreCase)
                ? TabFrom(yaml, (int)Math.Max(1, tabbed.Start.Line))
                : TabInIndentation(yaml, (int)Math.Max(1, tabbed.Start.Line))) is { } tab)
        {
            return YamlReadResult.Failure(
                new SourceLocation(fullPath, tab.Line + firstLine - 1, tab.Column),
                "a tab character here: YAML indents with spaces only, so replace the tab with spaces");
        }

        var message = loaded.Cause switch
        {
            YamlException located => CleanMessage(located),
            { } other => $"the YAML could not be read ({other.Message.TrimEnd('.')})",
            null => loaded.Error!,
        };
        return YamlReadResult.Failure(new SourceLocation(fullPath, loaded.Line + firstLine - 1, loaded.Column), message);
    }

    /// <summary>The tab in the leading whitespace of 1-based <paramref name="line"/> (1-based line and column), or null.</summary>
    private static (int Line, int Column)? TabInIndentation(string yaml, int line)
    {
        var start = 0;
        for (var current = 1; current < line; current++)
        {
            start = yaml.IndexOf('\n', start) + 1;
            if (start == 0)
            {
                return null;
            }
        }

        for (var i = start; i < yaml.Length && yaml[i] is ' ' or '\t'; i++)
        {
            if (yaml[i] == '\t')
            {
                return (line, i - start + 1);
            }
        }

        return null;
    }

    /// <summary>The first tab at or after 1-based <paramref name="line"/> of <paramref name="yaml"/> (1-based line and column), or null.</summary>
    private static (int Line, int Column)? TabFrom(string yaml, int line)
    {
        var current = 1;
        var lineStart = 0;
        for (var i = 0; i < yaml.Length; i++)
        {
            if (yaml[i] == '\n')
            {
                current++;
                lineStart = i + 1;
            }
            else if (yaml[i] == '\t' && current >= line)
            {
                return (current, i - lineStart + 1);
            }
        }

        return null;
    }

    /// <summary>Deepest nesting of lists and mappings read; deeper input is an error, not a stack overflow.</summary>
    public const int MaxDepth = 100;

    /// <summary>Most values one document may expand to (aliases repeat values), so a few lines cannot explode into billions.</summary>
    public const int MaxValues = 100_000;

    /// <summary>
    /// The plain value of a node. An alias inside the value it names (<c>a: &amp;x [*x]</c>) would
    /// make an endless value, aliases of aliases can multiply a few lines into billions of
    /// values, and very deep nesting would exhaust the stack: all three are reported.
    /// </summary>
    private static object? ToPlain(YamlNode node, Walk walk, int depth)
    {
        if (++walk.Values > MaxValues)
        {
            throw new UnreadableNodeException(node, $"the aliases (*name) here expand to more than {MaxValues.ToString("N0", CultureInfo.InvariantCulture)} values");
        }

        if (node is YamlScalarNode scalar)
        {
            return ScalarValue(scalar);
        }

        if (depth >= MaxDepth)
        {
            throw new UnreadableNodeException(node, $"values are nested more than {MaxDepth} levels deep");
        }

        if (!walk.Path.Add(node))
        {
            throw new UnreadableNodeException(node, "an alias (*name) stands for a value that contains the alias itself, which would never end");
        }

        try
        {
            return node switch
            {
                YamlSequenceNode sequence => sequence.Children.Select(c => ToPlain(c, walk, depth + 1)).ToList(),
                YamlMappingNode mapping => mapping.Children.ToDictionary(c => KeyText(c.Key), c => ToPlain(c.Value, walk, depth + 1), StringComparer.Ordinal),
                _ => null,
            };
        }
        finally
        {
            walk.Path.Remove(node);
        }
    }

    /// <summary>What <see cref="ToPlain"/> tracks across one document.</summary>
    private sealed class Walk
    {
        public HashSet<YamlNode> Path { get; } = new(ReferenceEqualityComparer.Instance);

        public int Values { get; set; }
    }

    /// <summary>A node that parsed but cannot become a plain value.</summary>
    private sealed class UnreadableNodeException(YamlNode node, string message) : Exception(message)
    {
        public YamlNode Node { get; } = node;
    }

    private static string KeyText(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();

    private static SourceLocation Locate(YamlNode node, string fullPath, int firstLine) =>
        new(fullPath, (int)node.Start.Line + firstLine - 1, (int)node.Start.Column);

    private static object? ScalarValue(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any ? PlainValue(scalar.Value ?? "") : scalar.Value ?? "";

    /// <summary>The value of an unquoted scalar: null, a boolean, a whole or real number, or else the text.</summary>
    internal static object? PlainValue(string text)
    {
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

        if (HasDigit(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        return text;
    }

    // Every front matter value passes here: a loop, not LINQ.
    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>Where each item starts when the root is a list (empty otherwise).</summary>
    public IReadOnlyList<SourceLocation> ItemLocations { get; internal init; } = [];

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
