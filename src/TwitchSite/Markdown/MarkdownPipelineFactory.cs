using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using TwitchSite.Markdown.Extensions.CareCards;
using TwitchSite.Markdown.Extensions.Citations;
using TwitchSite.Markdown.Extensions.CodeBlockTitles;
using TwitchSite.Markdown.Extensions.CodeHighlighting;
using TwitchSite.Markdown.Extensions.Footnotes;
using TwitchSite.Markdown.Extensions.GlossaryTerms;
using TwitchSite.Markdown.Extensions.TableAlignment;

namespace TwitchSite.Markdown;

/// <summary>
/// Builds the one Markdig pipeline the site uses: CommonMark plus pipe tables, GitHub-style
/// heading ids (or the id written as `{#id}` after a heading), GitHub alerts and care cards, footnotes, Pandoc-style citations (<c>[@id]</c>), definition lists and abbreviations, with table alignment as classes
/// (no inline styles under the site's CSP), and fenced code highlighted at build time
/// (<see cref="CodeHighlightingExtension"/>, off with <c>highlight: false</c>). Built once and shared, since a
/// pipeline is immutable and thread-safe once built.
/// </summary>
public static class MarkdownPipelineFactory
{
    /// <summary>The shared pipeline.</summary>
    public static MarkdownPipeline Shared { get; } = Create();

    /// <summary>The shared pipeline with raw HTML shown as text (<c>raw_html: escape</c>).</summary>
    public static MarkdownPipeline Escaping { get; } = Create(escapeHtml: true);

    private static readonly MarkdownPipeline PlainCode = Create(highlight: false);
    private static readonly MarkdownPipeline EscapingPlainCode = Create(escapeHtml: true, highlight: false);

    // Emoji are for the few sites that ask (emoji: true, Hugo's enableEmoji): made when first asked for.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(bool Escape, bool Highlight), MarkdownPipeline> WithEmoji = new();

    /// <summary>The shared pipeline (no glossary) for a site's <c>raw_html</c> mode and <c>highlight</c> and <c>emoji</c> settings.</summary>
    public static MarkdownPipeline For(Settings.RawHtmlMode rawHtml, bool highlight, bool emoji = false) => (rawHtml == Settings.RawHtmlMode.Escape, highlight) switch
    {
        var key when emoji => WithEmoji.GetOrAdd(key, k => Create(k.Escape, highlight: k.Highlight, emoji: true)),
        (true, true) => Escaping,
        (true, false) => EscapingPlainCode,
        (false, true) => Shared,
        (false, false) => PlainCode,
    };

    /// <summary>
    /// Builds a new pipeline with the site's extensions; with <paramref name="escapeHtml"/>, raw HTML
    /// becomes text; with <paramref name="glossary"/>, the first use of each of its terms on a page
    /// is marked (<see cref="GlossaryTermExtension"/>), so that pipeline belongs to one build;
    /// without <paramref name="highlight"/>, code blocks are written plain; with <paramref name="emoji"/>,
    /// emoji shortcodes (<c>:tada:</c>, GitHub's names, Markdig's list) are emoji, smileys such as
    /// <c>:)</c> staying as typed, as Hugo's <c>enableEmoji</c> leaves them.
    /// </summary>
    public static MarkdownPipeline Create(bool escapeHtml = false, GlossaryIndex? glossary = null, bool highlight = true, bool emoji = false)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAlertBlocks()
            .Use<CareCardExtension>()
            .UseFootnotes()
            .Use<IndentedFootnotesExtension>() // a footnote goes on after a blank line only where indented four spaces, as in MkDocs
            .Use<FootnoteAnchorsExtension>() // ids by label (fn:name), as MkDocs and Jekyll write them
            .UseSourceCitations()
            .UseDefinitionLists()
            .UseAbbreviations() // "*[HTML]: Hyper Text Markup Language" (Python-Markdown's abbr, kramdown), often appended to every MkDocs page
            .Use<TableAlignmentClassesExtension>()
            .UseGenericAttributes(); // `## Heading {#id .class}`; Markdig wants this one last
        if (highlight)
        {
            builder.Use<CodeHighlightingExtension>();
        }

        builder.Use<CodeBlockTitleExtension>(); // after highlighting: it wraps whichever renderer writes code blocks

        if (escapeHtml)
        {
            builder.DisableHtml();
        }

        if (emoji)
        {
            builder.UseEmojiAndSmiley(enableSmileys: false);
        }

        if (glossary is not null)
        {
            builder.UseGlossaryTerms(glossary); // only renders, so its place among the parsers above does not matter
        }

        return builder.Build();
    }
}
