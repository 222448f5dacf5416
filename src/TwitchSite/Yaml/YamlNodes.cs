using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TwitchSite.Yaml;

/// <summary>
/// Loads YAML into YamlDotNet's node model for readers of other tools' files (Jekyll's
/// <c>_config.yml</c>, <c>mkdocs.yml</c>, Docusaurus <c>_category_.yml</c>) and of the site's own
/// synonyms, refusing what would crash the build: nesting deeper than
/// <see cref="YamlReader.MaxDepth"/> (YamlDotNet loads it recursively and exhausts the stack,
/// which no catch recovers from), and the exceptions YamlDotNet throws besides
/// <see cref="YamlException"/> for some broken text (an <see cref="InvalidOperationException"/>
/// for <c>title: [</c> at the end of a file). Reads only the text it is given.
/// </summary>
public static class YamlNodes
{
    /// <summary>
    /// The first document's root node of <paramref name="text"/> (null for an empty text), or
    /// why it cannot be read, with the 1-based line and column of the problem when known.
    /// </summary>
    public static YamlNodesResult Load(string text)
    {
        var brackets = FlowCollections.Scan(text, YamlReader.MaxDepth);
        if (brackets.FirstTooDeep is { } deep)
        {
            return YamlNodesResult.Failure(deep.Line, deep.Column, $"values are nested more than {YamlReader.MaxDepth} levels deep");
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedParser(new Parser(new StringReader(text)), YamlReader.MaxDepth));
        }
        catch (DepthLimitedParser.TooDeepException tooDeep)
        {
            return YamlNodesResult.Failure((int)tooDeep.Start.Line, (int)tooDeep.Start.Column, $"values are nested more than {YamlReader.MaxDepth} levels deep");
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            if (brackets.FirstUnclosed is { } bracket)
            {
                return YamlNodesResult.Failure(bracket.Line, bracket.Column, $"'{bracket.Opening}' is never closed");
            }

            return exception is YamlException located
                ? YamlNodesResult.Failure((int)Math.Max(1, located.Start.Line), (int)Math.Max(1, located.Start.Column), located.Message)
                : YamlNodesResult.Failure(1, 1, exception.Message);
        }

        return new YamlNodesResult(stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null, null, 0, 0);
    }
}

/// <summary>What <see cref="YamlNodes.Load"/> read: the root node, or the error and where it is (1-based).</summary>
public sealed record YamlNodesResult(YamlNode? Root, string? Error, int Line, int Column)
{
    /// <summary>A text that could not be read.</summary>
    public static YamlNodesResult Failure(int line, int column, string error) => new(null, error, line, column);
}
