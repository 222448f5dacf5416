using System.Collections.Immutable;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Markdown;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Docs whose own generator runs no template engine on markdown (an mdBook book, MkDocs without the
/// macros plugin; <see cref="Site.MarkdownTemplates"/>): every page is marked
/// <see cref="MarkdownKeys.TemplatesAreText"/>, so <c>{{ base_url }}</c> in MkDocs' release notes is shown
/// as MkDocs shows it instead of being removed as a template. Other docs are left as they are.
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
public sealed class ApplyTemplatesAsText(string inputFolder) : IModule
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context) =>
        Site.MarkdownTemplates.AreText(inputFolder)
            ? [.. inputs.Select(d => d.WithValue(MarkdownKeys.TemplatesAreText, true))]
            : inputs;
}
