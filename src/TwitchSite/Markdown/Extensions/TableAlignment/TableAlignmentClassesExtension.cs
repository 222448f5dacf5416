using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace TwitchSite.Markdown.Extensions.TableAlignment;

/// <summary>
/// Turns pipe-table column alignment (<c>|:--|--:|</c>) into classes
/// (<c>align-left</c>, <c>align-center</c>, <c>align-right</c>) instead of Markdig's
/// <c>style="text-align: …"</c> attributes, which the site's Content-Security-Policy
/// (<c>style-src 'self'</c>, no inline styles) would block; and writes each table inside a
/// region that scrolls sideways on its own (<see cref="ScrollableTableRenderer"/>).
/// </summary>
public sealed class TableAlignmentClassesExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += MoveAlignmentToClasses;

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // Pipe tables' renderer is registered by UsePipeTables, which comes before this extension.
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<HtmlTableRenderer>() is { } tables)
        {
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollableTableRenderer(tables));
        }
    }

    private static void MoveAlignmentToClasses(MarkdownDocument document)
    {
        // The blocks only, without the iterator Markdig's Descendants allocates for every page.
        foreach (var block in SyntaxWalker.Blocks(document))
        {
            if (block is not Table table)
            {
                continue;
            }

            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    var cell = (TableCell)row[i];
                    var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : i;
                    if (column < table.ColumnDefinitions.Count && table.ColumnDefinitions[column].Alignment is { } alignment)
                    {
                        cell.GetAttributes().AddClass("align-" + alignment.ToString().ToLowerInvariant());
                    }
                }
            }

            foreach (var definition in table.ColumnDefinitions)
            {
                definition.Alignment = null;
            }
        }
    }
}
