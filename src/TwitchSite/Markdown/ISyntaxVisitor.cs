using Markdig.Syntax;

namespace TwitchSite.Markdown;

/// <summary>
/// One consumer of a page's single syntax tree walk (<see cref="SyntaxWalker.Visit"/>): it is
/// shown each node in document order and keeps what its one job needs (the headings, the links,
/// the anchors...), to finish once the walk is over.
/// </summary>
public interface ISyntaxVisitor
{
    /// <summary>Looks at one node of the tree (plain text without attributes is never shown).</summary>
    void Visit(MarkdownObject node);
}
