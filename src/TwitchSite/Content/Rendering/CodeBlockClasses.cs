using Markdig.Renderers.Html;
using Markdig.Syntax;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> (in the page's single walk): the class of a fenced code block
/// whose info string lists attributes after its language with commas, as mdBook and rustdoc write
/// them (<c>```rust,ignore</c>), is the language's (<c>language-rust</c>) with each attribute a class of
/// its own (<c>ignore</c>), as mdBook writes it; Markdig would write the one class
/// <c>language-rust,ignore</c>, which no stylesheet or script matches. Attributes with a value
/// (<c>hidelines=~</c>) are settings, not classes. Changes only the attributes of the block it is shown.
/// </summary>
public sealed class CodeBlockClasses : ISyntaxVisitor
{
    /// <summary>The one instance: the step keeps nothing between nodes.</summary>
    public static readonly CodeBlockClasses Instance = new();

    private CodeBlockClasses()
    {
    }

    /// <inheritdoc />
    public void Visit(MarkdownObject node)
    {
        if (node is not FencedCodeBlock { Info: { } info } block || !info.Contains(',', StringComparison.Ordinal)
            || block.TryGetAttributes() is not { Classes: { } classes })
        {
            return;
        }

        var at = classes.IndexOf("language-" + info);
        if (at < 0)
        {
            return;
        }

        var words = info.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        classes.RemoveAt(at);
        if (words.Length == 0)
        {
            return;
        }

        classes.Insert(at, "language-" + words[0]);
        foreach (var word in words.Skip(1).Where(w => !w.Contains('=', StringComparison.Ordinal) && !classes.Contains(w)))
        {
            classes.Add(word);
        }
    }
}
