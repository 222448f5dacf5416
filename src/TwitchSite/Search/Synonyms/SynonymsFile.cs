using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TwitchSite.Search.Synonyms;

/// <summary>
/// Reads <c>input/_data/synonyms.yml</c>: a list of groups, each either a list of terms or a
/// mapping of labels the site chooses (they only help the people who edit the file) to a list
/// of terms (or one term), for example
/// <code>
/// - [sign in, log in, login]
/// - everyday: [config file]
///   technical: [configuration file]
/// </code>
/// Reports what is wrong at its line (TW0604) and keeps the groups that are right.
/// </summary>
public static class SynonymsFile
{
    /// <summary>Name of the data file (without extension) that holds the groups.</summary>
    public const string DataName = "synonyms";

    /// <summary>Parses <paramref name="yaml"/> read from <paramref name="fullPath"/>; problems go to <paramref name="sink"/>.</summary>
    public static IReadOnlyList<SynonymGroup> Parse(string yaml, string fullPath, DiagnosticSink sink)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return []; // the Data pipeline reports invalid YAML (TW0501)
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlSequenceNode list)
        {
            sink.Add(Error("synonyms.yml must be a list of groups", root, fullPath));
            return [];
        }

        var groups = new List<SynonymGroup>();
        foreach (var item in list.Children)
        {
            if (ParseGroup(item, fullPath, sink) is { } group)
            {
                groups.Add(group);
            }
        }

        return groups;
    }

    private static SynonymGroup? ParseGroup(YamlNode item, string fullPath, DiagnosticSink sink)
    {
        IEnumerable<(YamlNode KeyNode, YamlNode Value)> parts = item switch
        {
            YamlMappingNode mapping => mapping.Children.Select(c => (c.Key, c.Value)),
            YamlSequenceNode => [(new YamlScalarNode("terms"), item)],
            _ => [],
        };
        if (item is not (YamlMappingNode or YamlSequenceNode))
        {
            sink.Add(Error("a synonym group must be a list of terms, or labels with lists of terms", item, fullPath));
            return null;
        }

        var terms = new List<string>();
        var ok = true;
        foreach (var (keyNode, value) in parts)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";

            IEnumerable<YamlNode> values = value switch
            {
                YamlSequenceNode sequence => sequence.Children,
                YamlScalarNode => [value],
                _ => [],
            };
            if (value is YamlMappingNode)
            {
                sink.Add(Error($"'{key}' must be a list of terms", value, fullPath));
                ok = false;
            }

            foreach (var term in values)
            {
                if (term is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text) && SearchText.Words(text).Count > 0)
                {
                    if (!terms.Contains(text.Trim(), StringComparer.OrdinalIgnoreCase))
                    {
                        terms.Add(text.Trim());
                    }
                }
                else if (term is not YamlScalarNode { Value: null or "" })
                {
                    sink.Add(Error($"every term under '{key}' must be a word or phrase", term, fullPath));
                    ok = false;
                }
            }
        }

        if (ok && terms.Count < 2)
        {
            sink.Add(Error("a synonym group needs at least two terms", item, fullPath));
            return null;
        }

        return ok ? new SynonymGroup(terms, Locate(item, fullPath)) : null;
    }

    private static Diagnostic Error(string message, YamlNode node, string fullPath) =>
        Diagnostic.Error(Codes.InvalidSynonyms, message, Locate(node, fullPath), "write each group as `- [a, b]`, or as labels of your choice with lists of terms: `- everyday: [a]` and `technical: [b]` (see README, Search)");

    private static SourceLocation Locate(YamlNode node, string fullPath) =>
        new(fullPath, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));
}
