using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace TwitchSite.Markdown.Extensions.TableAlignment;

/// <summary>
/// Writes a pipe table (with Markdig's own table renderer) inside a region that scrolls
/// sideways on its own: <c>&lt;section class="table-scroll" tabindex="0"
/// aria-labelledby="heading-id"&gt;&lt;table&gt;…&lt;/section&gt;</c>. A table wider than a phone
/// screen otherwise widens the whole page, which then pans sideways or opens zoomed out; the
/// theme's stylesheet gives <c>.table-scroll</c> <c>overflow-x: auto</c>. Keyboard users can
/// focus the region to scroll it; screen readers name it after the heading above the table
/// (or "Table" when there is none).
/// </summary>
public sealed class ScrollableTableRenderer(IMarkdownObjectRenderer tables) : HtmlObjectRenderer<Table>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            tables.Write(renderer, table);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<section class=\"table-scroll\" tabindex=\"0\"");
        if (HeadingAbove(table)?.GetAttributes().Id is { Length: > 0 } id)
        {
            renderer.Write(" aria-labelledby=\"").WriteEscape(id).Write('"');
        }
        else
        {
            renderer.Write(" aria-label=\"Table\"");
        }

        renderer.WriteLine(">");
        tables.Write(renderer, table);
        renderer.EnsureLine();
        renderer.WriteLine("</section>");
    }

    /// <summary>The nearest heading before the table among its siblings, or none.</summary>
    private static HeadingBlock? HeadingAbove(Table table)
    {
        if (table.Parent is not { } parent)
        {
            return null;
        }

        for (var i = parent.IndexOf(table) - 1; i >= 0; i--)
        {
            if (parent[i] is HeadingBlock heading)
            {
                return heading;
            }
        }

        return null;
    }
}
