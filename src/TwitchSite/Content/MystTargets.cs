using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Markdown;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// MyST (Sphinx, Jupyter Book) targets: a line <c>(label)=</c> names the block after it, and so do
/// directives (<c>:name:</c>, the objects and figures their argument names, glossary terms; see
/// <see cref="MystDirectives"/>); references to the label (<c>{ref}`label`</c>, <c>[text](#label)</c>, <c>[](#label)</c>, a bare
/// <c>[text](label)</c>) reach it from any page of the project. For the docs of a MyST project
/// (<c>conf.py</c>, Jupyter Book's <c>_toc.yml</c> or <c>myst.yml</c> in the input folder or its
/// parent), reads every page's text once for its targets and gives every page the project's
/// targets (<see cref="Markdown.MarkdownKeys.MystTargets"/>): label, the page that has it and the
/// title of the heading it names (every page of a MyST project gets them, even none: the link check
/// reads from that what Sphinx could make that this generator cannot, TW0305). Pages of other
/// folders are left as they are (their text is not read).
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
public sealed partial class MystTargets(string inputFolder) : IModule
{
    /// <summary>Files whose presence marks a MyST project's folder.</summary>
    public static readonly string[] ProjectFiles = ["conf.py", "_toc.yml", "myst.yml"];

    /// <summary>
    /// One target: the page (source path) that has it, the title a reference without text shows (the
    /// heading after a <c>(label)=</c> line, a glossary term), or null, and the anchor's id on the page
    /// when it differs from the label (a term <c>my term</c> is <c>#term-my-term</c>).
    /// </summary>
    public sealed record Target(string Source, string? Title, string? Id = null);

    /// <summary>A target a page defines: the label references use, the anchor's id, the title.</summary>
    public readonly record struct Found(string Label, string Id, string? Title);

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        if (!IsMystProject(inputFolder))
        {
            return inputs;
        }

        var targets = new Dictionary<string, Target>(StringComparer.Ordinal);
        foreach (var page in inputs)
        {
            if (page.Content is TextContent text && text.Text is var body
                && (body.Contains(")=", StringComparison.Ordinal) || body.Contains('{', StringComparison.Ordinal)))
            {
                foreach (var found in In(body))
                {
                    // Sphinx keeps the first and warns on the others.
                    targets.TryAdd(found.Label, new Target(page.Source, found.Title, found.Id == found.Label ? null : found.Id));
                }
            }
        }

        // Every page of a MyST project gets the targets, even none: the link check reads from them
        // that the page is MyST's (references to objects and inventories it cannot see, TW0305).
        var shared = targets.ToFrozenDictionary(StringComparer.Ordinal);
        return [.. inputs.Select(d => d.WithValue(Markdown.MarkdownKeys.MystTargets, shared))];
    }

    /// <summary>True when <paramref name="folder"/> or its parent has a MyST project's file.</summary>
    public static bool IsMystProject(string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return new[] { full, Path.GetDirectoryName(full) }.OfType<string>()
            .Any(f => ProjectFiles.Any(n => File.Exists(Path.Combine(f, n))));
    }

    /// <summary>
    /// The targets <paramref name="markdown"/> defines outside code: <c>(label)=</c> lines (titled by
    /// the heading right after them), directives' <c>:name:</c> options and the objects or figures their
    /// argument names (<see cref="MystDirectives.ArgumentTarget"/>), and glossary terms (by the term,
    /// whatever its case, and by their id, <c>term-…</c>).
    /// </summary>
    public static IEnumerable<Found> In(string markdown)
    {
        var lines = markdown.Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (fence is not null)
            {
                // A fence closes with as many of its character or more (CommonMark), so "````" holds "```" blocks.
                fence = MystDirectives.Closes(trimmed, fence) ? null : fence;
                continue;
            }

            if (MystDirectives.IsGlossaryList(trimmed) || MystDirectives.Open(trimmed) is { Name: "glossary" })
            {
                var glossary = MystDirectives.Glossary(lines, i);
                foreach (var (index, kind) in glossary)
                {
                    if (kind == MystDirectives.GlossaryLine.Term)
                    {
                        var term = lines[index].Trim();
                        var id = MystDirectives.TermId(term);
                        yield return new Found(MystDirectives.TermKey(term), id, term);
                        yield return new Found(id, id, term);
                    }
                }

                i = glossary[^1].Index;
                continue;
            }

            if (MystDirectives.Open(trimmed) is { } directive)
            {
                if (MystDirectives.ArgumentTarget(directive.Name, directive.Argument) is { } named)
                {
                    yield return new Found(named, named, null);
                }

                for (var option = i + 1; option < lines.Length && MystDirectives.IsOption(lines[option].Trim()); option++)
                {
                    if (MystDirectives.NameOption(lines[option].Trim()) is { } label)
                    {
                        yield return new Found(label, label, null);
                    }
                }

                if (directive.Name == "eval-rst")
                {
                    // reStructuredText's own labels and :name: options, in the block.
                    for (var rst = i + 1; rst < lines.Length && !MystDirectives.Closes(lines[rst].Trim(), directive.Fence); rst++)
                    {
                        if (MystDirectives.RstTarget(lines[rst]) is { } label)
                        {
                            yield return new Found(label, label, null);
                        }
                    }
                }

                // A directive fenced with backticks is code here: its body is not read for targets. One
                // fenced with colons is markdown, read on.
                fence = directive.Fence[0] == ':' ? null : directive.Fence;
                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                var run = trimmed.AsSpan().IndexOfAnyExcept(trimmed[0]);
                fence = run < 0 ? trimmed : trimmed[..run];
                continue;
            }

            if (Label().Match(trimmed) is { Success: true } match)
            {
                var next = i + 1;
                while (next < lines.Length && lines[next].Trim().Length == 0)
                {
                    next++;
                }

                var title = next < lines.Length && Heading().Match(lines[next].Trim()) is { Success: true } heading ? heading.Groups["title"].Value.Trim() : null;
                yield return new Found(match.Groups["label"].Value, match.Groups["label"].Value, title is { Length: > 0 } ? title : null);
            }
        }
    }

    /// <summary>The label of a target line, <c>(label)=</c>.</summary>
    [GeneratedRegex(@"^\((?<label>[^()\s]+)\)=$")]
    public static partial Regex Label();

    [GeneratedRegex(@"^#{1,6}\s+(?<title>.*?)(\s*\{[^}]*\})?\s*#*$")]
    private static partial Regex Heading();
}
