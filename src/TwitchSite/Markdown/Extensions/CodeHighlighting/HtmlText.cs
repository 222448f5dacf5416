using System.Text;

namespace TwitchSite.Markdown.Extensions.CodeHighlighting;

/// <summary>Escapes text for HTML element content the way Markdig does for code (&amp;, &lt;, &gt;, &quot;), so plain and highlighted blocks escape alike.</summary>
internal static class HtmlText
{
    public static void Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => null,
            };
            if (entity is not null)
            {
                html.Append(text[start..i]).Append(entity);
                start = i + 1;
            }
        }

        html.Append(text[start..]);
    }
}
