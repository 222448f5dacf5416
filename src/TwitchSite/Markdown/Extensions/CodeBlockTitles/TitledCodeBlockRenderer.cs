using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace TwitchSite.Markdown.Extensions.CodeBlockTitles;

/// <summary>
/// Writes a fenced code block with a title (<see cref="CodeBlockTitle"/>) as
/// <c>&lt;figure class="code-titled"&gt;&lt;figcaption class="code-title"&gt;</c> with the title, then
/// the block as the renderer it wraps writes it (highlighted or plain, with its <c>language-xxx</c>
/// class), then <c>&lt;/figure&gt;</c>: the caption names the code for screen readers, and the copy
/// button (code-copy.js, which finds <c>pre &gt; code</c>) works as on any block. Blocks without a
/// title go to the wrapped renderer unchanged.
/// </summary>
public sealed class TitledCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    private readonly Markdig.Renderers.IMarkdownObjectRenderer _inner;

    /// <summary>Wraps <paramref name="inner"/>, the renderer that writes every code block.</summary>
    public TitledCodeBlockRenderer(Markdig.Renderers.IMarkdownObjectRenderer inner) => _inner = inner;

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        if (!renderer.EnableHtmlForBlock || obj is not FencedCodeBlock fenced || CodeBlockTitle.Of(fenced) is not { } title)
        {
            _inner.Write(renderer, obj);
            return;
        }

        if (CodeBlockTitle.IsTitleOnly(fenced))
        {
            // "``` title="notes.txt"": no language, so no "language-title=..." class. The tree is
            // rendered once, after every step that reads it.
            fenced.Arguments = fenced.Info + (fenced.Arguments is null ? "" : " " + fenced.Arguments);
            fenced.Info = null;
            fenced.GetAttributes().Classes?.RemoveAll(c => c.StartsWith("language-title=", StringComparison.Ordinal));
        }

        renderer.EnsureLine();
        renderer.WriteLine("<figure class=\"code-titled\">");
        renderer.Write("<figcaption class=\"code-title\">").Write(WebUtility.HtmlEncode(title)).WriteLine("</figcaption>");
        _inner.Write(renderer, obj);
        renderer.EnsureLine();
        renderer.WriteLine("</figure>");
    }
}
