using System.Text;
using TwitchSite.Site;

namespace TwitchSite.Markdown;

// JSX expression attributes on plain HTML elements in MDX: "<ins style={{background: '#f0f8ff'}} className="box" />".
public static partial class ForeignSyntax
{
    // HTML's void elements: the only ones a "/>" closes in HTML; JSX closes any element so.
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>
    /// <paramref name="line"/> with each HTML element (a lower-case tag) that has a JSX expression
    /// attribute (<c>style={{…}}</c>, <c>{...props}</c>) written as HTML: those attributes are left
    /// out (their value is computed by JavaScript; read as a template, it left a broken tag printed as
    /// text), <c>className</c> and <c>htmlFor</c> are HTML's <c>class</c> and <c>for</c>, and a
    /// self-closed element that HTML cannot self-close (<c>&lt;ins /&gt;</c>) is closed at once, as JSX
    /// makes it empty. Each element rewritten is added to <paramref name="removed"/> (<paramref name="lineIndex"/>).
    /// The element's other attributes stay, for the raw HTML rules to judge as any HTML's.
    /// </summary>
    private static string WithoutJsxAttributes(string line, int lineIndex, List<Removal> removed)
    {
        if (!line.Contains("={", StringComparison.Ordinal) && !line.Contains("{...", StringComparison.Ordinal))
        {
            return line;
        }

        StringBuilder? result = null;
        var copied = 0;
        for (var at = line.IndexOf('<'); at >= 0 && at < line.Length; at = line.IndexOf('<', at + 1))
        {
            if (at + 1 >= line.Length || !char.IsAsciiLetterLower(line[at + 1]) || InCodeSpan(line, at)
                || ReadHtmlTag(line, at) is not { } tag || !tag.HadExpression)
            {
                continue;
            }

            result ??= new StringBuilder(line.Length);
            result.Append(line, copied, at - copied).Append(tag.Html);
            removed.Add(new Removal(Shorten(line[at..tag.End]), lineIndex, at + 1));
            copied = tag.End;
            at = tag.End - 1;
        }

        return result is null ? line : result.Append(line, copied, line.Length - copied).ToString();
    }

    /// <summary>An HTML tag read from JSX: the HTML it is, where it ends, and whether it had a JSX expression attribute.</summary>
    private sealed record JsxTag(string Html, int End, bool HadExpression);

    /// <summary>The tag starting at <paramref name="start"/> (its <c>&lt;</c>), or null when it is not a whole tag on the line.</summary>
    private static JsxTag? ReadHtmlTag(string line, int start)
    {
        var at = start + 1;
        while (at < line.Length && (char.IsAsciiLetterOrDigit(line[at]) || line[at] == '-'))
        {
            at++;
        }

        var name = line[(start + 1)..at];
        var html = new StringBuilder("<").Append(name);
        var expression = false;
        while (true)
        {
            var space = at;
            while (at < line.Length && char.IsWhiteSpace(line[at]))
            {
                at++;
            }

            if (at >= line.Length)
            {
                return null;
            }

            if (line[at] == '>' || line[at] == '/' && at + 1 < line.Length && line[at + 1] == '>')
            {
                var selfClosed = line[at] == '/';
                html.Append(selfClosed && !VoidElements.Contains(name) ? "></" + name + ">" : selfClosed ? " />" : ">");
                return new JsxTag(html.ToString(), at + (selfClosed ? 2 : 1), expression);
            }

            if (at == space)
            {
                return null; // attributes are separated by white space
            }

            if (line[at] == '{')
            {
                // "{...props}": a spread of attributes JavaScript computes.
                at = ScriptBraces.End(line, at);
                expression = true;
                if (at < 0)
                {
                    return null;
                }

                continue;
            }

            var nameStart = at;
            while (at < line.Length && !char.IsWhiteSpace(line[at]) && line[at] is not ('=' or '>' or '/' or '"' or '\'' or '{' or '<'))
            {
                at++;
            }

            if (at == nameStart)
            {
                return null;
            }

            var attribute = line[nameStart..at] switch { "className" => "class", "htmlFor" => "for", var other => other };
            if (at >= line.Length || line[at] != '=')
            {
                html.Append(' ').Append(attribute);
                continue;
            }

            at++;
            if (at >= line.Length)
            {
                return null;
            }

            var valueStart = at;
            if (line[at] == '{')
            {
                at = ScriptBraces.End(line, at);
                expression = true;
                if (at < 0)
                {
                    return null;
                }

                continue; // computed by JavaScript: left out
            }

            if (line[at] is '"' or '\'')
            {
                var close = line.IndexOf(line[at], at + 1);
                if (close < 0)
                {
                    return null;
                }

                at = close + 1;
            }
            else
            {
                while (at < line.Length && !char.IsWhiteSpace(line[at]) && line[at] != '>')
                {
                    at++;
                }
            }

            html.Append(' ').Append(attribute).Append('=').Append(line, valueStart, at - valueStart);
        }
    }
}
