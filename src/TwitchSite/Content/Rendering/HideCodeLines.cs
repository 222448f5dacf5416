using Markdig.Helpers;
using Markdig.Syntax;
using TwitchSite.Markdown;
using TwitchSite.Site;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// A step of <see cref="RenderMarkdown"/> for the chapters of an mdBook book (<see cref="MarkdownKeys.HiddenLineRules"/>;
/// in the page's single walk): leaves out of each fenced code block the lines mdBook hides. In a block
/// whose language is Rust (<c>rust</c>, <c>rust,ignore</c>, <c>rust,no_run</c>...), rustdoc's: a line
/// that is <c>#</c> alone or starts with <c># </c> after its indentation, while <c>##</c> there stands for a
/// literal <c>#</c>. In another language, lines starting with the prefix book.toml's
/// <c>[output.html.code.hidelines]</c> gives it; a block's own <c>hidelines=PREFIX</c> wins over both.
/// mdBook shows these lines behind a toggle; they are the scaffolding (<c>fn main()</c>, imports) that
/// makes the example compile, not what it shows, so here they are simply not shown. Changes only the
/// lines of the block it is shown, never the tree's shape.
/// </summary>
/// <param name="rules">The book's rules.</param>
public sealed class HideCodeLines(HiddenLineRules rules) : ISyntaxVisitor
{
    private const string LocalPrefixAttribute = "hidelines=";

    /// <inheritdoc />
    public void Visit(MarkdownObject node)
    {
        if (node is not FencedCodeBlock { Info: { Length: > 0 } info } block || block.Lines.Count == 0)
        {
            return;
        }

        var words = (info + " " + block.Arguments).Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return; // "```," names no language
        }

        var local = words.Skip(1).FirstOrDefault(w => w.StartsWith(LocalPrefixAttribute, StringComparison.Ordinal) && w.Length > LocalPrefixAttribute.Length);
        var language = words[0];
        var prefix = local?[LocalPrefixAttribute.Length..] ?? rules.Prefixes.GetValueOrDefault(language);
        if (prefix is null && !language.Equals("rust", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var kept = new StringLineGroup(block.Lines.Count);
        var changed = false;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines.Lines[i];
            var text = line.Slice.AsSpan();
            var indent = text.Length - text.TrimStart([' ', '\t']).Length;
            var rest = text[indent..];
            if (prefix is not null ? rest.StartsWith(prefix, StringComparison.Ordinal) : IsRustHidden(rest))
            {
                changed = true;
                continue;
            }

            if (prefix is null && rest.StartsWith("##", StringComparison.Ordinal))
            {
                // "##" is rustdoc's escape for a line that starts with a literal "#".
                line.Slice = new StringSlice(string.Concat(text[..indent], rest[1..]));
                changed = true;
            }

            kept.Add(line);
        }

        if (changed)
        {
            block.Lines = kept;
        }
    }

    // "#" alone, or "#" then a space or tab: "#[derive(Debug)]" and "#![no_std]" are code.
    private static bool IsRustHidden(ReadOnlySpan<char> rest) =>
        rest.Length > 0 && rest[0] == '#' && (rest.Length == 1 || rest[1] is ' ' or '\t');
}
