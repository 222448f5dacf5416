using System.Text;
using Markdig.Syntax.Inlines;

namespace TwitchSite.Markdown;

/// <summary>Plain text of inline markdown (a heading's words without emphasis or links).</summary>
public static class InlineText
{
    /// <summary>The text of <paramref name="inline"/> and its descendants.</summary>
    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString().Trim();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                // "&lt;" is the "<" the reader sees: the text is plain (whoever writes it as HTML escapes it once).
                text.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
