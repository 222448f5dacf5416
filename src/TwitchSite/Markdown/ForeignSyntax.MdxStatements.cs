namespace TwitchSite.Markdown;

// MDX's import and export statements: a line may hold several, as Prettier writes them
// ("import Tabs from '@theme/Tabs'; import TabItem from '@theme/TabItem';"), and one may take
// several lines ("import {\n  a,\n  b\n} from 'x';").
public static partial class ForeignSyntax
{
    /// <summary>
    /// Where the MDX statements starting on line <paramref name="index"/> end (the index of the line
    /// after them), or -1 when the line starts none. MDX reads <c>import</c>/<c>export</c> as
    /// statements (ESM) anywhere at the top level of a file, not only at its top: at the start of a
    /// line (not indented) that does not continue a paragraph, up to a blank line. So a page's own
    /// statements and those of a partial included anywhere down the page are statements alike, while
    /// a line of prose that happens to start with <c>import</c> (the paragraph goes on from the line
    /// before) is prose. A statement goes on over the next lines while a bracket it opened is open.
    /// </summary>
    private static int MdxStatementsEnd(string[] lines, int index, string trimmed)
    {
        if (!trimmed.StartsWith("import", StringComparison.Ordinal) && !trimmed.StartsWith("export", StringComparison.Ordinal))
        {
            return -1;
        }

        if (index > 0 && Unquoted(lines[index - 1].Trim()) is { Length: > 0 } previous && !AtxHeading().IsMatch(previous))
        {
            return -1; // it would continue the paragraph above: MDX's statements do not interrupt one
        }

        var text = trimmed.TrimEnd();
        var end = index + 1;
        while (OpenBrackets(text) > 0 && end < lines.Length && lines[end].Trim().Length > 0)
        {
            text += " " + lines[end].Trim();
            end++;
        }

        return OpenBrackets(text) == 0 && IsMdxStatements(text) ? end : -1;
    }

    /// <summary>How many of the brackets (<c>{ ( [</c>) <paramref name="text"/> opens are still open at its end, outside quotes.</summary>
    private static int OpenBrackets(string text)
    {
        var depth = 0;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                i += c == '\\' ? 1 : 0;
                quote = c == quote ? null : quote;
            }
            else if (c is '\'' or '"' or '`')
            {
                quote = c;
            }
            else
            {
                depth += c is '{' or '(' or '[' ? 1 : c is '}' or ')' or ']' ? -1 : 0;
            }
        }

        return depth;
    }

    /// <summary>
    /// True when <paramref name="line"/> is nothing but MDX <c>import</c>/<c>export</c> statements:
    /// one, or several separated by <c>;</c>. An <c>export</c> takes the rest of the line (its value may
    /// hold <c>;</c> in braces), as a line with one export always has.
    /// </summary>
    private static bool IsMdxStatements(string line)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        while (text.Length > 0)
        {
            if (text.StartsWith("export", StringComparison.Ordinal))
            {
                return MdxImport().IsMatch(text);
            }

            var end = StatementEnd(text);
            if (!MdxImport().IsMatch(text[..end]))
            {
                return false;
            }

            text = text[end..].TrimStart();
        }

        return true;
    }

    /// <summary>The length of <paramref name="text"/>'s first statement: up to and with its first <c>;</c> outside quotes, else all of it.</summary>
    private static int StatementEnd(string text)
    {
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                i += c == '\\' ? 1 : 0; // "'it\'s'": an escaped quote does not close the string
                quote = c == quote ? null : quote;
            }
            else if (c is '\'' or '"' or '`')
            {
                quote = c;
            }
            else if (c == ';')
            {
                return i + 1;
            }
        }

        return text.Length;
    }
}
