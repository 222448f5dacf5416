namespace TwitchSite.Yaml;

/// <summary>
/// Finds flow collections (<c>[...]</c>, <c>{...}</c>) that are never closed or nested absurdly
/// deep, before or after the YAML parser gives up, so errors can point at the bracket itself.
/// Only brackets that start a value (after <c>key: </c>, <c>- </c>, a line start, or inside
/// another flow collection) count: brackets in quotes, comments and plain text ("Rate [approx")
/// do not. Reads text; writes nothing.
/// </summary>
public static class FlowCollections
{
    /// <summary>Scans <paramref name="yaml"/> for flow collections left open or nested deeper than <paramref name="maxDepth"/>.</summary>
    public static FlowCollectionScan Scan(string yaml, int maxDepth)
    {
        Bracket? tooDeep = null;
        var open = new Stack<Bracket>();
        var quote = '\0';
        var lines = yaml.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var text = lines[l];
            var valueStart = true; // a flow collection may begin a line
            for (var c = 0; c < text.Length; c++)
            {
                var ch = text[c];
                if (quote != '\0')
                {
                    if (ch == quote)
                    {
                        quote = '\0';
                    }

                    continue;
                }

                var inFlow = open.Count > 0;
                var endsWord = c + 1 == text.Length || text[c + 1] is ' ' or '\t' or '\r';
                switch (ch)
                {
                    case '#' when c == 0 || char.IsWhiteSpace(text[c - 1]):
                        c = text.Length; // the rest of the line is a comment
                        break;
                    case ' ' or '\t' or '\r':
                        break;
                    case '[' or '{' when valueStart || inFlow:
                        open.Push(new Bracket(l + 1, c + 1, ch));
                        if (open.Count > maxDepth && tooDeep is null)
                        {
                            tooDeep = open.Peek();
                        }

                        valueStart = true;
                        break;
                    case ']' or '}' when inFlow:
                        open.Pop();
                        valueStart = false;
                        break;
                    case '"' or '\'' when valueStart || inFlow:
                        quote = ch;
                        valueStart = false;
                        break;
                    case ':' when endsWord:
                    case '-' when valueStart && endsWord:
                    case ',' when inFlow:
                        valueStart = true;
                        break;
                    default:
                        valueStart = false;
                        break;
                }
            }
        }

        return new FlowCollectionScan(open.Count > 0 ? open.Last() : null, tooDeep); // the bottom of the stack was opened first
    }
}

/// <summary>Where a '[' or '{' stands (1-based line and column).</summary>
/// <param name="Line">Line.</param>
/// <param name="Column">Column.</param>
/// <param name="Opening">'[' or '{'.</param>
public readonly record struct Bracket(int Line, int Column, char Opening)
{
    /// <summary>The character that closes it.</summary>
    public char Closing => Opening == '[' ? ']' : '}';
}

/// <summary>What <see cref="FlowCollections.Scan"/> found.</summary>
/// <param name="FirstUnclosed">The first bracket never closed, or null.</param>
/// <param name="FirstTooDeep">The first bracket nested too deep, or null.</param>
public sealed record FlowCollectionScan(Bracket? FirstUnclosed, Bracket? FirstTooDeep);
