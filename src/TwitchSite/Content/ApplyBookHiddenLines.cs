using System.Collections.Immutable;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Markdown;
using TwitchSite.Site;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// mdBook's hidden code lines: in a book (book.toml beside or in the input folder), every page is
/// given the book's <see cref="HiddenLineRules"/> (<see cref="MarkdownKeys.HiddenLineRules"/>), which
/// <see cref="Rendering.HideCodeLines"/> follows. In other docs a <c># </c> line of a Rust block is code
/// shown as written, so their pages are left as they are. Reads book.toml once a build.
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
public sealed class ApplyBookHiddenLines(string inputFolder) : IModule
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context) =>
        Site.BookHiddenLines.Of(inputFolder) is { } rules
            ? [.. inputs.Select(d => d.WithValue(MarkdownKeys.HiddenLineRules, rules))]
            : inputs;
}
