using Markdig.Syntax;
using TwitchSite.Content.Rendering;
using TwitchSite.Markdown;

namespace TwitchSite.Tests.Content.Rendering;

/// <summary>What the tests of single rendering steps share: a page body and its parse.</summary>
internal static class StepSupport
{
    /// <summary>A page "guide/a.md" whose body starts on file line 4 (after three lines of front matter).</summary>
    public static readonly PageBody Page = new("guide/a.md", "/site/input/guide/a.md", 4);

    /// <summary>The one parse every step reads, as RenderMarkdown makes it.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Shared);
}
