using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace TwitchSite.Markdown.Extensions.Footnotes;

/// <summary>
/// Reads footnotes with <see cref="IndentedFootnoteParser"/>: a footnote's later paragraphs are
/// indented four spaces, as in MkDocs, Jekyll and GitHub. Register after <c>UseFootnotes</c>,
/// whose parser it replaces (extensions set up in the order they were added).
/// </summary>
public sealed class IndentedFootnotesExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.BlockParsers.Replace<FootnoteParser>(new IndentedFootnoteParser());

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
