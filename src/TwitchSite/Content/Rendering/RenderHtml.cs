using Markdig;
using Markdig.Syntax;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.IO;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (which runs them in order): writes the finished syntax tree as HTML with the
/// pipeline it was parsed with (whose extensions render care cards, citations, glossary terms
/// and the rest). The HTML is kept as UTF-8 until its layout: half the memory of a string, and
/// copied to the page as is.
/// </summary>
public static class RenderHtml
{
    [ThreadStatic]
    private static Utf8BufferWriter? t_html;

    /// <summary>The HTML of <paramref name="syntax"/> as UTF-8 bytes.</summary>
    public static byte[] ToUtf8(MarkdownDocument syntax, MarkdownPipeline pipeline) => Render(syntax, pipeline).WrittenSpan.ToArray();

    /// <summary>
    /// The HTML of <paramref name="syntax"/> as a page's content: UTF-8 in memory, or put aside in
    /// <paramref name="spill"/> when there is one (so that a large site's pages do not all wait in
    /// memory for their layouts).
    /// </summary>
    public static DocumentContent ToContent(MarkdownDocument syntax, MarkdownPipeline pipeline, TextSpill? spill)
    {
        var html = Render(syntax, pipeline).WrittenSpan;
        return spill is not null ? spill.Hold(html) : DocumentContent.FromUtf8(html.ToArray());
    }

    /// <summary>Renders into this thread's reused buffer, valid until its next render.</summary>
    private static Utf8BufferWriter Render(MarkdownDocument syntax, MarkdownPipeline pipeline)
    {
        var html = t_html ??= new Utf8BufferWriter();
        html.Clear();
        Markdig.Markdown.ToHtml(syntax, html, pipeline);
        html.Flush();
        return html;
    }
}
