using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TwitchSite.Search;

/// <summary>
/// Reads <c>input/_data/synonyms.yml</c>: a list of groups, each a mapping of
/// <c>lay</c>, <c>medical</c> and <c>other</c> to a list of terms (or one term), for example
/// <code>
/// - lay: [eyelid twitch, eye twitch]
///   medical: [myokymia]
/// </code>
/// Reports what is wrong at its line (TW0604) and keeps the groups that are right.
/// </summary>
public static class SynonymsFile
{
    /// <summary>Name of the data file (without extension) that holds the groups.</summary>
    public const string DataName = "synonyms";

    /// <summary>The keys a group may have, in the order their terms are listed.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["lay", "medical", "other"];

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
        if (item is not YamlMappingNode mapping)
        {
            sink.Add(Error("a synonym group must be a mapping of lay, medical and other to lists of terms", item, fullPath));
            return null;
        }

        var terms = new List<string>();
        var ok = true;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Kinds.Contains(key, StringComparer.Ordinal))
            {
                sink.Add(Error($"unknown key '{key}' in a synonym group", keyNode, fullPath));
                ok = false;
                continue;
            }

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
        Diagnostic.Error(Codes.InvalidSynonyms, message, Locate(node, fullPath), "write each group as `- lay: [a, b]` with `medical:` and `other:` lists of terms (see README, Search)");

    private static SourceLocation Locate(YamlNode node, string fullPath) =>
        new(fullPath, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));
}
