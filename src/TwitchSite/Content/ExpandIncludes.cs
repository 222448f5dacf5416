using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using TwitchSite.Diagnostics;
using TwitchSite.Content.Rendering;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.IO;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using TwitchSite.Site;
using TwitchSite.Urls;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Replaces mdBook's include directives in a page's body with the file they name, anywhere
/// in the page, code blocks included (where they are mostly used):
/// <c>{{#include path}}</c>, <c>{{#include path:anchor}}</c> (the lines between
/// <c>ANCHOR: anchor</c> and <c>ANCHOR_END: anchor</c>), <c>{{#include path:3}}</c> (line 3),
/// <c>path:3:10</c>, <c>path:3:</c>, <c>path::10</c>; <c>{{#rustdoc_include …}}</c> is read the
/// same way. Lines with ANCHOR markers are left out. Paths are relative to the including file
/// and must stay inside the input folder, or inside the book or MkDocs project whose docs folder
/// it is (<see cref="GeneratorProject"/>: a <c>book.toml</c> or <c>mkdocs.yml</c> beside it), as
/// mdBook books keep their code in <c>../listings</c> (no <c>..</c> above it, no symbolic link leading out:
/// TW0252); a missing file or anchor is an error (TW0251) at the directive. Included files may
/// include others (up to 8 deep). The page's text is counted as it is expanded, every syntax alike: the include
/// that would take it past the length a page may have (<see cref="ParseMarkdown.MaxBodyChars"/>) is
/// an error (TW0411) and the page is refused, before the rest is read (a file that includes itself
/// five times makes 5⁸ copies). Line numbers past a file's end stop at its end, as in mdBook. <c>\{{#include …}}</c> is written as is, without the backslash.
/// MkDocs' snippets (pymdownx.snippets) are read too: a line <c>--8&lt;-- "file.md"</c> (with
/// <c>:3:5</c> line ranges and <c>:name</c> sections marked <c>--8&lt;-- [start:name]</c> ...
/// <c>[end:name]</c>), or a block of file names between two <c>--8&lt;--</c> lines; their paths are
/// relative to the MkDocs project's folder, else the input folder, else the including file.
/// Python-Markdown's <c>{! file !}</c> (markdown-include, mdx_include, as FastAPI's docs write
/// <c>{!> ../docs_src/app.py !}</c>) is read like a snippet, the whole file.
/// Docusaurus' MDX partials are includes too (<see cref="MdxPartials"/>, also imported through a small JavaScript file: <see cref="MdxScriptModules"/>; their front matter and import lines left out). The files mkdocs.yml's
/// <c>pymdownx.snippets</c> lists in <c>auto_append</c> are snippets at the end of every markdown
/// page (<see cref="MkDocsSnippets"/>).
/// Not cached: the included files are read again on every build, so the live preview shows
/// their changes; pages without a directive cost one byte search.
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
public sealed partial class ExpandIncludes(string inputFolder) : PerDocumentModule
{
    // Worked out once: a book's src folder may include from the book's folder.
    private readonly string _root = GeneratorProject.IncludeRoot(inputFolder);

    private const int MaxDepth = 8;

    // The snippet lines mkdocs.yml's auto_append adds to every page, read again on every build (the preview watches mkdocs.yml and those files).
    private string _appended = "";

    /// <inheritdoc />
    protected override void BeforeExecute(ImmutableArray<Document> inputs, ExecutionContext context) =>
        _appended = MkDocsSnippets.AutoAppended(inputFolder, context.Diagnostics);

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        if (document.Content is not TextContent { } held || document.SourceFullPath is not { } fullPath)
        {
            return document;
        }

        // Read once (a page kept on disk is read from its file on every read), and decoded only
        // when it names something to include: most pages are passed on as they are.
        var utf8 = held.Utf8Bytes;
        var appended = _appended.Length > 0 && UrlMapper.IsMarkdown(document.Source) ? _appended : "";
        if (appended.Length == 0 && utf8 is { } bytes && bytes.Span.IndexOf("import "u8) < 0 && bytes.Span.IndexOf("{{#"u8) < 0 && bytes.Span.IndexOf("--8<--"u8) < 0 && bytes.Span.IndexOf("{!"u8) < 0)
        {
            return document;
        }

        var body = utf8 is { } text ? System.Text.Encoding.UTF8.GetString(text.Span) : held.Text;
        if (appended.Length > 0)
        {
            // As pymdownx.snippets does: after the page's last line, so its own lines keep their numbers.
            body = body.TrimEnd('\n') + appended + "\n";
            document = document with { Content = DocumentContent.FromText(body) };
        }

        // A markdown file imported through a small JavaScript file of the docs is written as imported directly first.
        if (MdxPartials.Rewrite(MdxScriptModules.Rewrite(body, fullPath, _root) ?? body) is { } withIncludes)
        {
            document = document with { Content = DocumentContent.FromText(withIncludes) };
            body = withIncludes;
        }

        if (!body.Contains("{{#", StringComparison.Ordinal) && !body.Contains("--8<--", StringComparison.Ordinal) && !body.Contains("{!", StringComparison.Ordinal))
        {
            return document;
        }

        var lineOffset = document.Get<FrontMatterInfo>(FrontMatterKeys.Info)?.BodyFirstLine ?? 1;
        var budget = new Budget(document.Source, body.Length);
        var expanded = Expand(body, fullPath, 0, -1, budget, (index, problem) =>
        {
            var before = body.AsSpan(0, Math.Min(index, body.Length));
            var line = before.Count('\n');
            var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
            context.Diagnostics.Add(problem with { Location = new SourceLocation(fullPath, line + lineOffset, column) });
        });
        // A page whose includes passed the limit is refused as a page too long is (RenderMarkdown): an empty body.
        return budget.Passed ? document with { Content = DocumentContent.FromText("") }
            : ReferenceEquals(expanded, body) ? document : document with { Content = DocumentContent.FromText(expanded) };
    }

    /// <summary>
    /// What one page's expansion has made so far: its length in characters, counted as each include is
    /// read (before what it includes in turn) and indented, so no text past the limit is ever built.
    /// </summary>
    private sealed class Budget(string page, long length)
    {
        public string Page { get; } = page;

        public long Length { get; private set; } = length;

        /// <summary>True once an include passed the limit: it was reported, and nothing more is read.</summary>
        public bool Passed { get; private set; }

        /// <summary>Adds <paramref name="characters"/>; false, with TW0411 at <paramref name="at"/> the first time, when that passes the limit.</summary>
        public bool TryAdd(long characters, string include, int at, Action<int, Diagnostic> report)
        {
            Length += characters;
            if (Passed || Length <= ParseMarkdown.MaxBodyChars)
            {
                return !Passed;
            }

            Passed = true;
            report(at, Codes.IncludesTooLarge.Create(null, Page, ParseMarkdown.MaxBodyChars / (1024 * 1024), include));
            return false;
        }
    }

    private string Expand(string text, string fromFile, int depth, int topIndex, Budget budget, Action<int, Diagnostic> report)
    {
        if (!text.Contains("{{#", StringComparison.Ordinal) && !text.Contains("--8<--", StringComparison.Ordinal) && !text.Contains("{!", StringComparison.Ordinal))
        {
            return text;
        }

        if (text.Contains("{!", StringComparison.Ordinal))
        {
            // Python-Markdown's markdown-include and mdx_include: "{! file !}" ("{!+ file !}", "{!> file !}",
            // "{! file | utf-8 !}"), paths from the project's folder like snippets; "\{! … !}" is written as is.
            text = MarkdownInclude().Replace(text, match => match.Groups["escape"].Success
                ? match.Value[1..]
                : Include(match.Groups["path"].Value.Trim(), fromFile, snippet: true, depth, depth == 0 ? match.Index : topIndex, budget, report, wholeFile: true));
        }

        if (text.Contains("--8<--", StringComparison.Ordinal))
        {
            text = SnippetBlock().Replace(text, match =>
            {
                // The block form lists one file a line; each is read like a one-line snippet.
                var indent = match.Groups["indent"].Value;
                return string.Join('\n', match.Groups["files"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Where(f => !f.StartsWith(';'))
                    .Select(f => Include(f, fromFile, snippet: true, depth, depth == 0 ? match.Index : topIndex, budget, report, indent: indent)));
            });
            text = Snippet().Replace(text, match => match.Groups["escape"].Success
                ? match.Value.Remove(match.Groups["escape"].Index - match.Index, 1)
                : Include(match.Groups["argument"].Value, fromFile, snippet: true, depth, depth == 0 ? match.Index : topIndex, budget, report, indent: match.Groups["indent"].Value));
        }

        return Directive().Replace(text, match => match.Groups["escape"].Success
            ? match.Value[1..]
            : Include(match.Groups["argument"].Value, fromFile, snippet: false, depth, depth == 0 ? match.Index : topIndex, budget, report, rebaseLinks: match.Groups["name"].Value == MdxPartials.Directive));
    }

    /// <summary>
    /// The text an include names: <paramref name="argument"/> is a path and an optional
    /// <c>:selector</c>. mdBook's paths are relative to the including file; MkDocs snippets'
    /// (<paramref name="snippet"/>) to the project's folder (pymdownx' <c>base_path</c>), else the
    /// input folder, else the including file.
    /// </summary>
    /// <remarks>With <paramref name="rebaseLinks"/> (an MDX partial, compiled on its own), the text's relative links, written from the partial's folder, are rewritten to be relative to the including file.
    /// Every line of the text is written after <paramref name="indent"/> (a snippet inside a list). Empty once the page passed its length (<paramref name="budget"/>).</remarks>
    private string Include(string argument, string fromFile, bool snippet, int depth, int at, Budget budget, Action<int, Diagnostic> report, bool rebaseLinks = false, bool wholeFile = false, string indent = "")
    {
        if (budget.Passed)
        {
            return "";
        }

        var (relative, selector) = wholeFile ? (argument, "") : SplitSelector(argument);
        var folders = snippet ? [_root, inputFolder, Path.GetDirectoryName(fromFile)!] : new[] { Path.GetDirectoryName(fromFile)! };
        var candidates = folders.Select(f => Path.GetFullPath(Path.Combine(f, relative))).ToList();
        var target = candidates.FirstOrDefault(c => IsInside(c) && File.Exists(c)) ?? candidates[0];
        if (IsInside(target) && SiteFiles.Check(target, _root) is { Kind: LinkProblemKind.NotAFile })
        {
            report(at, Codes.EngineDescriptors.NotAFile.Create(null)); // a named pipe: opening it would wait forever
            return "";
        }

        if (!IsInside(target) || SiteFiles.Check(target, _root) is not null)
        {
            report(at, Codes.IncludeOutsideSite.Create(null, relative));
            return "";
        }

        if (!File.Exists(target))
        {
            report(at, (snippet ? Codes.SnippetNotFound : Codes.IncludeNotFound).Create(null, relative));
            return "";
        }

        var whole = File.ReadAllText(target);
        // An MDX partial is compiled as a page of its own: its front matter is data, not text (a
        // page imported as a component keeps its "id" and "title" there).
        var read = rebaseLinks && FrontMatterSplitter.Split(whole) is { State: FrontMatterState.Closed } split ? split.Body : whole;
        read = rebaseLinks ? MdxScriptModules.WithoutImports(read) : read;
        var lines = read.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        if (Select(lines, selector) is not { } selected)
        {
            report(at, Codes.IncludeAnchorNotFound.Create(null, argument, selector, relative));
            return "";
        }

        var included = string.Join('\n', selected.Where(l => !AnchorMarker().IsMatch(l)));
        if (rebaseLinks && Path.GetDirectoryName(target) is { } partialFolder && Path.GetDirectoryName(fromFile) is { } pageFolder && partialFolder != pageFolder)
        {
            included = RelativeLink().Replace(included, link =>
            {
                var url = link.Groups["url"].Value;
                var hash = url.IndexOf('#');
                var (path, fragment) = hash < 0 ? (url, "") : (url[..hash], url[hash..]);
                var rebased = Path.GetRelativePath(pageFolder, Path.GetFullPath(Path.Combine(partialFolder, path))).Replace('\\', '/');
                return "](" + rebased + fragment + link.Groups["rest"].Value + ")";
            });
        }

        // Counted before it is expanded: what it includes in turn is counted as it is read.
        if (!budget.TryAdd(included.Length, relative, at, report))
        {
            return "";
        }

        var expanded = depth + 1 >= MaxDepth ? included : Expand(included, target, depth + 1, at, budget, report);
        if (budget.Passed || indent.Length == 0)
        {
            return budget.Passed ? "" : expanded;
        }

        // The indent is counted too (a deeply indented snippet of many lines), before it is written.
        return budget.TryAdd((long)indent.Length * (expanded.AsSpan().Count('\n') + 1), relative, at, report) ? Indent(expanded, indent) : "";
    }

    /// <summary>"file.rs:anchor" gives ("file.rs", "anchor"); a Windows drive letter is not a selector.</summary>
    private static (string Path, string Selector) SplitSelector(string argument)
    {
        var colon = argument.IndexOf(':', argument.Length > 2 && argument[1] == ':' ? 2 : 0);
        return colon < 0 ? (argument, "") : (argument[..colon], argument[(colon + 1)..]);
    }

    /// <summary>Every line of <paramref name="text"/> after the first indented like the directive, so a snippet inside a list stays in it.</summary>
    private static string Indent(string text, string indent) =>
        indent.Length == 0 ? text : indent + text.Replace("\n", "\n" + indent, StringComparison.Ordinal);

    /// <summary>The lines <paramref name="selector"/> picks: all, a line, a range, or an anchor's; null when the anchor is missing.</summary>
    private static IEnumerable<string>? Select(string[] lines, string selector)
    {
        if (selector.Length == 0)
        {
            return lines;
        }

        if (Range().Match(selector) is { Success: true } range)
        {
            var hasEnd = range.Groups["end"].Success && range.Groups["end"].Value.Length > 0;
            var start = range.Groups["start"].Value.Length > 0 ? LineNumber(range.Groups["start"].Value) : 1;
            var end = hasEnd ? LineNumber(range.Groups["end"].Value)
                : range.Groups["colon"].Success ? lines.Length : start;
            return lines.Skip(Math.Max(0, start - 1)).Take(Math.Max(0, Math.Min(end, lines.Length) - Math.Max(0, start - 1)));
        }

        var from = Array.FindIndex(lines, l => AnchorStart().Match(l) is { Success: true } m && m.Groups["name"].Value == selector);
        if (from < 0)
        {
            return null;
        }

        var to = Array.FindIndex(lines, from + 1, l => AnchorEnd().Match(l) is { Success: true } m && m.Groups["name"].Value == selector);
        return lines[(from + 1)..(to < 0 ? lines.Length : to)];
    }

    /// <summary>A line number as written; one too large for a number is past any file's end (int.MaxValue).</summary>
    private static int LineNumber(string digits) =>
        int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : int.MaxValue;

    private bool IsInside(string path)
    {
        var folder = Path.TrimEndingDirectorySeparator(_root) + Path.DirectorySeparatorChar;
        return path.StartsWith(folder, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<escape>\\)?\{\{#(?<name>include|rustdoc_include|mdx_partial)\s+(?<argument>[^}\s]+)\s*\}\}")]
    private static partial Regex Directive();

    // "](../x.md#y)" and "](../x.md "title")": a relative address (not a scheme, not '/', not '#').
    [GeneratedRegex(@"\]\((?<url>(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)[^)\s]+)(?<rest>\s+""[^""]*"")?\)")]
    private static partial Regex RelativeLink();

    // ASCII digits only: '\d' also matches other scripts' digits, which are no line number (an anchor's name, then).
    [GeneratedRegex(@"^(?<start>[0-9]*)(?<colon>:(?<end>[0-9]*))?$")]
    private static partial Regex Range();

    [GeneratedRegex(@"\bANCHOR(_END)?:\s*[\w-]+|--8<--\s*\[(start|end):[\w-]+\]")]
    private static partial Regex AnchorMarker();

    [GeneratedRegex(@"\bANCHOR:\s*(?<name>[\w-]+)|--8<--\s*\[start:(?<name>[\w-]+)\]")]
    private static partial Regex AnchorStart();

    [GeneratedRegex(@"\bANCHOR_END:\s*(?<name>[\w-]+)|--8<--\s*\[end:(?<name>[\w-]+)\]")]
    private static partial Regex AnchorEnd();

    // markdown-include and mdx_include: "{! path !}", with a recursion mark ("+", "-", ">") and an encoding ("| utf-8").
    [GeneratedRegex(@"(?<escape>\\)?\{![+\->]?[ \t]*(?<path>[^|!{}\n]+?)[ \t]*(\|[ \t]*[\w-]+[ \t]*)?!\}")]
    private static partial Regex MarkdownInclude();

    // MkDocs (pymdownx.snippets): a line '--8<-- "file.md"' ('file.md:3:5', 'file.md:section'); ';--8<--' is written as is.
    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<escape>;)?--8<--[ \t]+(?<q>[""'])(?<argument>[^""'\n]+)\k<q>[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Snippet();

    // The block form: '--8<--' alone, one file a line, '--8<--' alone.
    [GeneratedRegex(@"^(?<indent>[ \t]*)--8<--[ \t]*\n(?<files>(?:[ \t]*[^\s-][^\n]*\n)+?)[ \t]*--8<--[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex SnippetBlock();
}
