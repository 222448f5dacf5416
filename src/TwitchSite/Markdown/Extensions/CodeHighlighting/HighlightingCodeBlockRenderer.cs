using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace TwitchSite.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// Renders a fenced code block whose language is known (<see cref="CodeLanguages"/>) as
/// <c>&lt;pre&gt;&lt;code class="language-xxx"&gt;</c> with highlighted tokens inside, exactly the
/// element and attributes Markdig writes for any code block. Everything else (indented blocks, no
/// language, an unknown one, blocks another extension renders as a div) goes to Markdig's own
/// renderer unchanged, so it renders plain as before.
/// </summary>
public sealed class HighlightingCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    private readonly CodeBlockRenderer _plain;

    /// <summary>Wraps Markdig's renderer, which still writes every block this one does not highlight.</summary>
    public HighlightingCodeBlockRenderer(CodeBlockRenderer plain) => _plain = plain;

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        if (renderer.EnableHtmlForBlock
            && renderer.EnableHtmlEscape
            && obj is FencedCodeBlock { Info: { Length: > 0 } info, Lines.Count: > 0 }
            && !_plain.BlocksAsDiv.Contains(info)
            && !_plain.BlockMapping.ContainsKey(info)
            && CodeLanguages.ScopeOf(info) is { } scope
            && CodeHighlighter.Highlight(scope, CodeOf(obj)) is { } html)
        {
            renderer.EnsureLine();
            renderer.Write("<pre");
            if (_plain.OutputAttributesOnPre)
            {
                renderer.WriteAttributes(obj);
            }

            renderer.Write("><code");
            if (!_plain.OutputAttributesOnPre)
            {
                renderer.WriteAttributes(obj);
            }

            renderer.Write('>');
            renderer.Write(html);
            renderer.WriteLine("</code></pre>");
            renderer.EnsureLine();
            return;
        }

        ((Markdig.Renderers.IMarkdownObjectRenderer)_plain).Write(renderer, obj);
    }

    /// <summary>The block's lines joined with <c>\n</c> (no newline after the last).</summary>
    private static string CodeOf(CodeBlock block)
    {
        var lines = block.Lines;
        if (lines.Count == 1)
        {
            return lines.Lines[0].Slice.ToString();
        }

        var text = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
            }

            text.Append(lines.Lines[i].Slice.AsSpan());
        }

        return text.ToString();
    }
}
