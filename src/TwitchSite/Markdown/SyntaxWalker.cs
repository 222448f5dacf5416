using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TwitchSite.Markdown;

/// <summary>
/// Walks a Markdig syntax tree in document order, each node before the nodes inside it: a leaf
/// block, then its inlines; a container block, then its blocks. The order of Markdig's
/// <c>Descendants()</c>, without the iterator, two stacks and boxed flags it allocates for every
/// tree (every page is walked several times). Iterative, so no tree can exhaust the call stack.
/// Use with <c>foreach</c>; the tree must not change shape during the walk.
/// </summary>
public static class SyntaxWalker
{
    /// <summary>Every block and inline under <paramref name="root"/> (not the root itself).</summary>
    public static Walk Nodes(ContainerBlock root) => new(root, withInlines: true);

    /// <summary>Every block under <paramref name="root"/> (not the root itself), skipping inlines.</summary>
    public static Walk Blocks(ContainerBlock root) => new(root, withInlines: false);

    /// <summary>
    /// One walk of <paramref name="root"/> (not the root itself) that shows each node to every one
    /// of <paramref name="visitors"/>, in their order, before moving to the next node: the steps of
    /// a page share one walk of its tree instead of one each. A visitor may change the node it is
    /// shown (not the tree's shape). Plain text without attributes (<see cref="LiteralInline"/>,
    /// most nodes of a page) is shown to none: no step reads it (the prose is read by the
    /// readability figures, which walk the page their own way).
    /// </summary>
    public static void Visit(ContainerBlock root, ReadOnlySpan<ISyntaxVisitor> visitors)
    {
        foreach (var node in Nodes(root))
        {
            if (node.GetType() == typeof(LiteralInline) && node.TryGetAttributes() is null)
            {
                continue;
            }

            foreach (var visitor in visitors)
            {
                visitor.Visit(node);
            }
        }
    }

    /// <summary>One walk; its enumerator is itself.</summary>
    public struct Walk : IDisposable
    {
        // One stack per thread, lent to a walk and given back when it ends (a walk started while
        // another runs on the same thread gets its own).
        [ThreadStatic]
        private static Stack<MarkdownObject>? t_spare;

        private readonly bool _withInlines;
        private Stack<MarkdownObject>? _pending;

        internal Walk(ContainerBlock root, bool withInlines)
        {
            _withInlines = withInlines;
            _pending = t_spare ?? new Stack<MarkdownObject>();
            t_spare = null;
            Current = root;
            PushChildrenOf(root);
        }

        /// <summary>The node the walk is at.</summary>
        public MarkdownObject Current { get; private set; }

        /// <summary>For <c>foreach</c>.</summary>
        public readonly Walk GetEnumerator() => this;

        /// <summary>Moves to the next node in document order.</summary>
        public bool MoveNext()
        {
            if (_pending is not { Count: > 0 } pending)
            {
                return false;
            }

            Current = pending.Pop();
            PushChildrenOf(Current);
            return true;
        }

        /// <summary>Gives the walk's stack back to the thread.</summary>
        public void Dispose()
        {
            if (_pending is { } pending)
            {
                pending.Clear();
                t_spare = pending;
                _pending = null;
            }
        }

        // Children are pushed last first, so they come off the stack in document order.
        private readonly void PushChildrenOf(MarkdownObject node)
        {
            // Most nodes of a page are plain text: one compare of its exact type, instead of
            // three failed class tests (each climbing the type's ancestors) on every walk.
            if (node.GetType() == typeof(LiteralInline))
            {
                return;
            }

            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        _pending!.Push(container[i]);
                    }

                    break;
                case LeafBlock { Inline: { } inline } when _withInlines:
                    PushInlinesOf(inline);
                    break;
                case ContainerInline inline when _withInlines:
                    PushInlinesOf(inline);
                    break;
            }
        }

        private readonly void PushInlinesOf(ContainerInline container)
        {
            for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
            {
                _pending!.Push(child);
            }
        }
    }
}
