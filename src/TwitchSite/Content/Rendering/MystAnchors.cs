using System.Net;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/>, right after parsing: each MyST target line
/// (<c>(label)=</c>, kept by <see cref="ForeignSyntax"/> as a code span holding
/// <see cref="ForeignSyntax.MystTargetMarker"/> and the label) becomes an empty anchor with the
/// label's id where the line was, which links reach as <c>#label</c> (and the anchors of the page
/// include). A target alone in its paragraph (the usual line before a heading) leaves no paragraph.
/// A directive fenced with backticks, shown as code, gets anchors for the targets it names right
/// before it. Changes the tree in place; made by this generator, so the raw HTML setting does not apply.
/// </summary>
public static class MystAnchors
{
    /// <summary>Replaces the target markers of <paramref name="syntax"/>, whose text was <paramref name="body"/>.</summary>
    public static void Apply(MarkdownDocument syntax, string body)
    {
        if (body.Contains(ForeignSyntax.MystDirectiveLanguage, StringComparison.Ordinal))
        {
            AnchorFencedDirectives(syntax);
        }

        if (!body.Contains(ForeignSyntax.MystTargetMarker, StringComparison.Ordinal))
        {
            return;
        }

        foreach (var code in syntax.Descendants<CodeInline>().Where(c => c.Content.StartsWith(ForeignSyntax.MystTargetMarker, StringComparison.Ordinal)).ToList())
        {
            var anchor = "<span id=\"" + WebUtility.HtmlEncode(code.Content[ForeignSyntax.MystTargetMarker.Length..]) + "\"></span>";
            if (code.Parent is { } container && container.ParentBlock is ParagraphBlock paragraph && container.FirstChild == code && code.NextSibling is null or LineBreakInline
                && paragraph.Parent is { } blocks && (code.NextSibling is null || code.NextSibling.NextSibling is null))
            {
                // The target alone in its paragraph: an anchor block in the paragraph's place.
                var index = blocks.IndexOf(paragraph);
                blocks.RemoveAt(index);
                var html = new HtmlBlock(null) { Type = HtmlBlockType.NonInterruptingBlock, Line = paragraph.Line, Column = paragraph.Column, Span = paragraph.Span };
                html.Lines = new Markdig.Helpers.StringLineGroup(anchor);
                blocks.Insert(index, html);
                continue;
            }

            if (code.NextSibling is LineBreakInline lineBreak)
            {
                lineBreak.Remove();
            }

            code.ReplaceBy(new HtmlInline(anchor) { Line = code.Line, Column = code.Column, Span = code.Span });
        }
    }

    /// <summary>
    /// A MyST directive fenced with backticks or tildes (<c>```{figure} img.png</c>) is shown as code
    /// here, but the targets it names are real (<see cref="MystDirectives"/>: its <c>:name:</c> option,
    /// a <c>{figure-md}</c> label, the object of <c>{py:class}</c> or <c>{autoclass}</c>): an anchor
    /// for each goes right before the block.
    /// </summary>
    private static void AnchorFencedDirectives(MarkdownDocument syntax)
    {
        foreach (var code in syntax.Descendants<FencedCodeBlock>().Where(c => c.Info?.StartsWith(ForeignSyntax.MystDirectiveLanguage, StringComparison.Ordinal) == true).ToList())
        {
            var ids = new List<string>();
            var name = code.Info![ForeignSyntax.MystDirectiveLanguage.Length..];
            if (MystDirectives.ArgumentTarget(name, code.Arguments ?? "") is { } named)
            {
                ids.Add(named);
            }

            for (var i = 0; name == "eval-rst" && i < code.Lines.Count; i++)
            {
                if (MystDirectives.RstTarget(code.Lines.Lines[i].Slice.ToString()) is { } label)
                {
                    ids.Add(label);
                }
            }

            // The options come first in the block (an empty block has no lines array at all).
            for (var i = 0; i < code.Lines.Count && code.Lines.Lines[i].Slice.ToString().Trim() is var line && MystDirectives.IsOption(line); i++)
            {
                if (MystDirectives.NameOption(line) is { } label)
                {
                    ids.Add(label);
                }
            }

            if (ids.Count == 0 || code.Parent is not { } blocks)
            {
                continue;
            }

            var anchors = string.Concat(ids.Distinct(StringComparer.Ordinal).Select(id => "<span id=\"" + WebUtility.HtmlEncode(id) + "\"></span>"));
            var html = new HtmlBlock(null) { Type = HtmlBlockType.NonInterruptingBlock, Line = code.Line, Column = code.Column, Span = code.Span };
            html.Lines = new Markdig.Helpers.StringLineGroup(anchors);
            blocks.Insert(blocks.IndexOf(code), html);
        }
    }
}
