using System.Text;

namespace TwitchSite.Markdown.Extensions.CodeHighlighting.Quick;

/// <summary>
/// Writes tokens of one code block as escaped HTML with <c>&lt;span class="hl-…"&gt;</c> around
/// those that have a class, the way the grammar-based renderer does: spaces between two tokens of
/// one class stay inside its span (fewer spans, same look), and no span crosses a line end.
/// </summary>
internal sealed class TokenWriter
{
    private readonly StringBuilder _html;
    private string? _open;

    public TokenWriter(int capacity) => _html = new StringBuilder(capacity);

    /// <summary>Writes <paramref name="text"/> as a token of class <paramref name="cls"/> (null: plain).</summary>
    public void Write(ReadOnlySpan<char> text, string? cls)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (!ReferenceEquals(cls, _open) && !text.IsWhiteSpace())
        {
            if (_open is not null)
            {
                _html.Append("</span>");
            }

            if (cls is not null)
            {
                _html.Append("<span class=\"").Append(cls).Append("\">");
            }

            _open = cls;
        }

        HtmlText.Escape(_html, text);
    }

    /// <summary>Ends the line: closes the open span and writes <c>\n</c>.</summary>
    public void EndLine()
    {
        if (_open is not null)
        {
            _html.Append("</span>");
            _open = null;
        }

        _html.Append('\n');
    }

    public override string ToString() => _html.ToString();
}
