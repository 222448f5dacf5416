using System.Collections.Immutable;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// VitePress docs (an input folder holding <c>.vitepress/</c>, its config folder, or the <c>srcDir</c> it names): every page's
/// headings get VitePress' ids (<see cref="Rendering.VitePressIds"/>), which the docs' links use.
/// Sets <see cref="Markdown.MarkdownKeys.HeadingIdStyle"/>; other folders are left as they are.
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
public sealed class ApplyVitePressIds(string inputFolder) : IModule
{
    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context) =>
        Site.GeneratorProject.VitePressRoot(inputFolder) is not null
            ? [.. inputs.Select(d => d.WithValue(Markdown.MarkdownKeys.HeadingIdStyle, Rendering.VitePressIds.Style))]
            : inputs;
}
