using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TwitchSite.Content.Rendering;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Markdown;
using TwitchSite.Navigation;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// mdBook's table of contents: when the input folder (a book's <c>src</c>) has a top-level
/// <c>SUMMARY.md</c>, its nested list of links gives each chapter its title (the link text,
/// unless the page's front matter sets one), its position (<c>order</c>, unless set) and its
/// parent in navigation (<see cref="NavigationKeys.NavParent"/>: the chapter of the enclosing list item).
/// Pages the summary does not list are published but left out of navigation, as in mdBook.
/// SUMMARY.md itself is not published. A summary too long or nested too deeply to read
/// (<see cref="ParseMarkdown.RefuseUnreadable"/>) is an error at SUMMARY.md, and the book is built without it. Draft chapters (links with no target) and part titles
/// are skipped. Every page is marked <see cref="MarkdownKeys.OpeningHeadingIsTitle"/>. Reads and returns the Content pipeline's documents.
/// </summary>
public sealed class ApplyBookSummary : IModule
{
    /// <summary>The summary file's name, at the top of the input folder.</summary>
    public const string FileName = "SUMMARY.md";

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        var summary = inputs.FirstOrDefault(d => d.Source == FileName);
        if (summary is null)
        {
            return inputs;
        }

        // Held to a page's limits before Markdig reads it (its work grows with the cube of the nesting):
        // a summary too long or nested too deeply is reported at SUMMARY.md (TW0411, TW0203), and the
        // book is built without it, in the order of its folders, as when it has none.
        var markdown = summary.Content is TextContent text ? text.Text : "";
        var file = new PageBody(summary.Source, summary.SourceFullPath ?? summary.Source, summary.Get<FrontMatterInfo>(FrontMatterKeys.Info)?.BodyFirstLine ?? 1);
        var pages = ParseMarkdown.RefuseUnreadable(markdown, file, context.Diagnostics)
            ? inputs.Remove(summary)
            : NavOutline.Apply(inputs, Chapters(markdown), summary, [], context);

        // mdBook shows a chapter's own heading alone, whatever the summary calls it (PromotePageHeading).
        return pages.Select(page => page.WithValue(MarkdownKeys.OpeningHeadingIsTitle, true)).ToImmutableArray();
    }

    /// <summary>Each linked chapter by source path (relative to the input folder).</summary>
    private static Dictionary<string, NavOutline.Entry> Chapters(string markdown)
    {
        var chapters = new Dictionary<string, NavOutline.Entry>(StringComparer.Ordinal);
        var syntax = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Shared);
        foreach (var block in syntax)
        {
            switch (block)
            {
                case ListBlock list:
                    Walk(list, null, chapters);
                    break;
                case ParagraphBlock paragraph: // prefix and suffix chapters: links outside the list
                    foreach (var link in paragraph.Inline?.Descendants<LinkInline>() ?? [])
                    {
                        Add(link, null, chapters);
                    }

                    break;
            }
        }

        return chapters;
    }

    /// <summary>Adds the chapter <paramref name="link"/> names; returns its source, or null for a draft chapter or a link to no page.</summary>
    private static string? Add(LinkInline link, string? parent, Dictionary<string, NavOutline.Entry> chapters)
    {
        if (link.IsImage || LinkResolver.Resolve(FileName, link.Url ?? "") is not { Kind: LinkKind.Page, Target: { } target })
        {
            return null;
        }

        chapters.TryAdd(target, new NavOutline.Entry(InlineText.Of(link), chapters.Count, parent));
        return target;
    }

    private static void Walk(ListBlock list, string? parent, Dictionary<string, NavOutline.Entry> chapters)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var link = item.OfType<ParagraphBlock>().FirstOrDefault()?.Inline?.Descendants<LinkInline>().FirstOrDefault();
            var source = link is null ? null : Add(link, parent, chapters);

            foreach (var nested in item.OfType<ListBlock>())
            {
                Walk(nested, source ?? parent, chapters);
            }
        }
    }
}
