using Markdig.Extensions.Footnotes;
using Markdig.Parsers;
using Markdig.Syntax;

namespace TwitchSite.Markdown.Extensions.Footnotes;

/// <summary>
/// Markdig's footnote parser, except where a footnote ends: after a blank line, only a line
/// indented four spaces or more goes on with the footnote, as Python-Markdown (MkDocs), kramdown
/// and GitHub read it. Markdig alone goes on with any indented line, so in MkDocs pages, which
/// indent footnotes by two spaces with their body on the next lines,
/// <code>
///   [^6]:
///     The sixth note.
///
///   [^7]:
///     The seventh note.
/// </code>
/// the second definition was read as text of the first, and <c>[^7]</c> was left unresolved, as
/// written. Such a line now ends the footnote and may start the next one (or a link definition,
/// or a paragraph of the page). Lines inside a code block of the footnote are not affected.
/// </summary>
public sealed class IndentedFootnoteParser : FootnoteParser
{
    // Set on a footnote while the lines just read are blank (Markdig keeps its own flag internal).
    private static readonly object AfterBlankLine = new();

    /// <inheritdoc />
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        // A code block inside the footnote keeps its blank lines and its indentation: Markdig's own rule applies.
        var breakable = processor.CurrentBlock is null || processor.CurrentBlock.IsBreakable;
        if (breakable && processor.IsBlankLine)
        {
            block.SetData(AfterBlankLine, true);
            return base.TryContinue(processor, block);
        }

        var afterBlankLine = block.GetData(AfterBlankLine) is true;
        block.RemoveData(AfterBlankLine);
        if (afterBlankLine && breakable && processor.Column > 0 && !processor.IsCodeIndent)
        {
            // Indented less than four spaces after a blank line: no longer the footnote's (Markdig closes only at column 0).
            processor.Close(block);
            return TryOpen(processor);
        }

        return base.TryContinue(processor, block);
    }
}
