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
        var read = Yaml.YamlNodes.Load(yaml);
        if (read.Error is not null)
        {
            return []; // the Data pipeline reports invalid YAML (TW0501)
        }

        if (read.Root is null or YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        var root = read.Root;
        if (root is not YamlSequenceNode list)
        {
            sink.Add(Codes.SynonymsNotList.Create(Locate(root, fullPath)));
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
            sink.Add(Codes.SynonymGroupShape.Create(Locate(item, fullPath)));
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
                sink.Add(Codes.SynonymLabelNotList.Create(Locate(value, fullPath), key));
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
                    sink.Add(Codes.SynonymTermNotText.Create(Locate(term, fullPath), key));
                    ok = false;
                }
            }
        }

        if (ok && terms.Count < 2)
        {
            sink.Add(Codes.SynonymGroupTooSmall.Create(Locate(item, fullPath)));
            return null;
        }

        return ok ? new SynonymGroup(terms, Locate(item, fullPath)) : null;
    }

    private static SourceLocation Locate(YamlNode node, string fullPath) =>
        new(fullPath, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));
}
