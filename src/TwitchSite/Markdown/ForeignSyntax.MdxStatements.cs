namespace TwitchSite.Markdown;

// MDX's import and export statements at the top of a page: a line may hold several, as Prettier
// writes them ("import Tabs from '@theme/Tabs'; import TabItem from '@theme/TabItem';").
public static partial class ForeignSyntax
{
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
