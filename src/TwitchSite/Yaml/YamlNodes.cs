using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TwitchSite.Yaml;

/// <summary>
/// Loads YAML into YamlDotNet's node model, refusing what would crash the build: nesting deeper
/// than <see cref="YamlReader.MaxDepth"/> (YamlDotNet loads it recursively and exhausts the
/// stack, which no catch recovers from), and the exceptions YamlDotNet throws besides
/// <see cref="YamlException"/> for some broken text (an <see cref="InvalidOperationException"/>
/// for <c>title: [</c> at the end of a file). The one loading step of every YAML the generator
/// reads: front matter and <c>_site.yml</c> (through <see cref="YamlReader"/>), other tools'
/// files (Jekyll's <c>_config.yml</c>, <c>mkdocs.yml</c>, Docusaurus <c>_category_.yml</c>) and
/// the site's synonyms. Reads only the text it is given.
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
            return YamlNodesResult.Failure(deep.Line, deep.Column, TooDeep);
        }

        var stream = new YamlStream();
        try
        {
            // Nesting written with dashes or indentation ("- - - - x") is not brackets: the parser
            // wrapper measures it from the events while the document loads.
            stream.Load(new DepthLimitedParser(new Parser(new StringReader(text)), YamlReader.MaxDepth));
        }
        catch (DepthLimitedParser.TooDeepException tooDeep)
        {
            return YamlNodesResult.Failure((int)tooDeep.Start.Line, (int)tooDeep.Start.Column, TooDeep);
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // A '[' or '{' left open is the most common slip, and YamlDotNet reports it where the
            // text ends (or, in some states, with a bare InvalidOperationException): point at the bracket.
            if (brackets.FirstUnclosed is { } bracket)
            {
                return YamlNodesResult.Failure(
                    bracket.Line,
                    bracket.Column,
                    $"'{bracket.Opening}' is never closed: add the matching '{bracket.Closing}', or put the whole value in quotes if the bracket is part of the text");
            }

            return exception is YamlException located
                ? YamlNodesResult.Failure((int)Math.Max(1, located.Start.Line), (int)Math.Max(1, located.Start.Column), located.Message) with { Cause = exception }
                : YamlNodesResult.Failure(1, 1, exception.Message) with { Cause = exception };
        }

        return new YamlNodesResult(stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null, null, 0, 0);
    }

    private static string TooDeep => $"values are nested more than {YamlReader.MaxDepth} levels deep";
}

/// <summary>
/// What <see cref="YamlNodes.Load"/> read: the root node, or the error and where it is (1-based);
/// <see cref="Cause"/> is the parser's exception when the error is its own (not nesting or a bracket).
/// </summary>
public sealed record YamlNodesResult(YamlNode? Root, string? Error, int Line, int Column)
{
    /// <summary>The parser's exception behind <see cref="Error"/>, when it came from the parser.</summary>
    public Exception? Cause { get; init; }

    /// <summary>A text that could not be read.</summary>
    public static YamlNodesResult Failure(int line, int column, string error) => new(null, error, line, column);
}
