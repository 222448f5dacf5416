using YamlDotNet.RepresentationModel;

namespace TwitchSite.Content;

/// <summary>
/// Reads the <c>markdown_extensions</c> of a mkdocs.yml: a list whose items are an extension's
/// name (<c>- footnotes</c>) or a mapping of its name to its options
/// (<c>- toc: {permalink: true}</c>), or one mapping of names to options, as MkDocs accepts both.
/// An extension is found by its short name or its full module name (<c>toc</c> and
/// <c>markdown.extensions.toc</c>), so one extension's options are never taken for another's.
/// </summary>
public static class MkDocsExtensions
{
    /// <summary>
    /// The options mkdocs.yml gives the extension <paramref name="name"/>: its mapping, an empty
    /// mapping when it is listed without options, or null when it is not listed.
    /// </summary>
    public static YamlMappingNode? Options(YamlMappingNode config, string name)
    {
        if (!config.Children.TryGetValue(new YamlScalarNode("markdown_extensions"), out var extensions))
        {
            return null;
        }

        IEnumerable<KeyValuePair<YamlNode, YamlNode?>> entries = extensions switch
        {
            YamlSequenceNode list => list.Children.SelectMany(item => item switch
            {
                YamlScalarNode scalar => [KeyValuePair.Create<YamlNode, YamlNode?>(scalar, null)],
                YamlMappingNode mapping => mapping.Children.Select(p => KeyValuePair.Create<YamlNode, YamlNode?>(p.Key, p.Value)),
                _ => [],
            }),
            YamlMappingNode mapping => mapping.Children.Select(p => KeyValuePair.Create<YamlNode, YamlNode?>(p.Key, p.Value)),
            _ => [],
        };
        foreach (var (key, value) in entries)
        {
            if (key is YamlScalarNode { Value: { } listed } && Names(listed, name))
            {
                return value as YamlMappingNode ?? new YamlMappingNode();
            }
        }

        return null;
    }

    /// <summary>The option <paramref name="option"/> of <paramref name="options"/>, or null.</summary>
    public static YamlNode? Option(YamlMappingNode? options, string option) =>
        options is not null && options.Children.TryGetValue(new YamlScalarNode(option), out var value) ? value : null;

    // "toc" is also written "markdown.extensions.toc" (Python-Markdown's own extensions).
    private static bool Names(string listed, string name) =>
        listed == name || listed == "markdown.extensions." + name;
}
