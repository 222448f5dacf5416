namespace TwitchSite.Site;

/// <summary>
/// Brace matching in JavaScript text as other generators' projects write it: a Docusaurus
/// configuration's objects (<see cref="DocusaurusDocsOptions"/>) and MDX's JSX attribute values
/// (<c>style={{…}}</c>). Reads nothing but the text it is given.
/// </summary>
public static class ScriptBraces
{
    /// <summary>
    /// The index just after the <c>}</c> that closes the brace at <paramref name="open"/> in
    /// <paramref name="text"/> (nested braces and quoted strings counted, so <c>'}'</c> in a string
    /// does not close it); -1 when nothing in the text closes it.
    /// </summary>
    public static int End(string text, int open)
    {
        var depth = 0;
        char? quote = null;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                i += c == '\\' ? 1 : 0;
                quote = c == quote ? null : quote;
            }
            else if (c is '"' or '\'' or '`')
            {
                quote = c;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return i + 1;
            }
        }

        return -1;
    }
}
