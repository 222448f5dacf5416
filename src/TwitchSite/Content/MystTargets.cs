using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// MyST (Sphinx, Jupyter Book) targets: a line <c>(label)=</c> names the block after it, and
/// references to the label (<c>{ref}`label`</c>, <c>[text](#label)</c>, <c>[](#label)</c>, a bare
/// <c>[text](label)</c>) reach it from any page of the project. For the docs of a MyST project
/// (<c>conf.py</c>, Jupyter Book's <c>_toc.yml</c> or <c>myst.yml</c> in the input folder or its
/// parent), reads every page's text once for its targets and gives every page the project's
/// targets (<see cref="Markdown.MarkdownKeys.MystTargets"/>): label, the page that has it and the
/// title of the heading it names. Pages of other folders are left as they are (their text is not read).
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
public sealed partial class MystTargets(string inputFolder) : IModule
{
    /// <summary>Files whose presence marks a MyST project's folder.</summary>
    public static readonly string[] ProjectFiles = ["conf.py", "_toc.yml", "myst.yml"];

    /// <summary>One target: the page (source path) that has it and the title of the heading after it, or null.</summary>
    public sealed record Target(string Source, string? Title);

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
            if (page.Content is TextContent text && text.Text is var body && body.Contains(")=", StringComparison.Ordinal))
            {
                foreach (var (label, title) in In(body))
                {
                    targets.TryAdd(label, new Target(page.Source, title)); // Sphinx keeps the first and warns on the others
                }
            }
        }

        if (targets.Count == 0)
        {
            return inputs;
        }

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

    /// <summary>The targets <paramref name="markdown"/> defines outside code fences, each with the title of the heading right after it.</summary>
    public static IEnumerable<(string Label, string? Title)> In(string markdown)
    {
        var lines = markdown.Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                var marker = trimmed[..3];
                fence = fence is null ? marker : fence == marker && trimmed.Trim(marker[0]).Length == 0 ? null : fence;
                continue;
            }

            if (fence is null && Label().Match(trimmed) is { Success: true } match)
            {
                var next = i + 1;
                while (next < lines.Length && lines[next].Trim().Length == 0)
                {
                    next++;
                }

                var title = next < lines.Length && Heading().Match(lines[next].Trim()) is { Success: true } heading ? heading.Groups["title"].Value.Trim() : null;
                yield return (match.Groups["label"].Value, title is { Length: > 0 } ? title : null);
            }
        }
    }

    /// <summary>The label of a target line, <c>(label)=</c>.</summary>
    [GeneratedRegex(@"^\((?<label>[^()\s]+)\)=$")]
    public static partial Regex Label();

    [GeneratedRegex(@"^#{1,6}\s+(?<title>.*?)(\s*\{[^}]*\})?\s*#*$")]
    private static partial Regex Heading();
}
