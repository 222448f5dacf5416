using System.Text;
using System.Text.RegularExpressions;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.IO;
using TwitchSite.Engine.Modules;
using TwitchSite.FrontMatter;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// Replaces mdBook's include directives in a page's body with the file they name, anywhere
/// in the page, code blocks included (where they are mostly used):
/// <c>{{#include path}}</c>, <c>{{#include path:anchor}}</c> (the lines between
/// <c>ANCHOR: anchor</c> and <c>ANCHOR_END: anchor</c>), <c>{{#include path:3}}</c> (line 3),
/// <c>path:3:10</c>, <c>path:3:</c>, <c>path::10</c>; <c>{{#rustdoc_include …}}</c> is read the
/// same way. Lines with ANCHOR markers are left out. Paths are relative to the including file
/// and must stay inside the input folder (no <c>..</c> above it, no symbolic link leading out:
/// TW0252); a missing file or anchor is an error (TW0251) at the directive. Included files may
/// include others (up to 8 deep). <c>\{{#include …}}</c> is written as is, without the backslash.
/// Not cached: the included files are read again on every build, so the live preview shows
/// their changes; pages without a directive cost one byte search.
/// </summary>
/// <param name="inputFolder">The site's input folder (full path).</param>
public sealed partial class ExpandIncludes(string inputFolder) : PerDocumentModule
{
    private const int MaxDepth = 8;

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        if (document.Content is not TextContent content || document.SourceFullPath is not { } fullPath
            || (content.Utf8Bytes is { } utf8 ? utf8.Span.IndexOf("{{#"u8) < 0 : !content.Text.Contains("{{#", StringComparison.Ordinal)))
        {
            return document;
        }

        var lineOffset = document.Get<FrontMatterInfo>(FrontMatterKeys.Info)?.BodyFirstLine ?? 1;
        var body = content.Text;
        var expanded = Expand(body, fullPath, 0, -1, (index, problem) =>
        {
            var before = body.AsSpan(0, Math.Min(index, body.Length));
            var line = before.Count('\n');
            var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
            context.Diagnostics.Add(problem with { Location = new SourceLocation(fullPath, line + lineOffset, column) });
        });
        return ReferenceEquals(expanded, body) ? document : document with { Content = DocumentContent.FromText(expanded) };
    }

    private string Expand(string text, string fromFile, int depth, int topIndex, Action<int, Diagnostic> report)
    {
        if (!text.Contains("{{#", StringComparison.Ordinal))
        {
            return text;
        }

        return Directive().Replace(text, match =>
        {
            if (match.Groups["escape"].Success)
            {
                return match.Value[1..];
            }

            var argument = match.Groups["argument"].Value;
            var colon = argument.IndexOf(':');
            var relative = colon < 0 ? argument : argument[..colon];
            var selector = colon < 0 ? "" : argument[(colon + 1)..];
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fromFile)!, relative));
            if (!IsInside(target) || SiteFiles.Check(target, inputFolder) is not null)
            {
                report(depth == 0 ? match.Index : topIndex, Codes.IncludeOutsideSite.Create(null, relative));
                return "";
            }

            if (!File.Exists(target))
            {
                report(depth == 0 ? match.Index : topIndex, Codes.IncludeNotFound.Create(null, relative));
                return "";
            }

            var lines = File.ReadAllText(target).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
            if (Select(lines, selector) is not { } selected)
            {
                report(depth == 0 ? match.Index : topIndex, Codes.IncludeAnchorNotFound.Create(null, argument, selector, relative));
                return "";
            }

            var included = string.Join('\n', selected.Where(l => !AnchorMarker().IsMatch(l)));
            return depth + 1 >= MaxDepth ? included : Expand(included, target, depth + 1, depth == 0 ? match.Index : topIndex, report);
        });
    }

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
            var start = range.Groups["start"].Value.Length > 0 ? int.Parse(range.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            var end = hasEnd ? int.Parse(range.Groups["end"].Value, System.Globalization.CultureInfo.InvariantCulture)
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

    private bool IsInside(string path)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder)) + Path.DirectorySeparatorChar;
        return path.StartsWith(folder, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<escape>\\)?\{\{#(include|rustdoc_include)\s+(?<argument>[^}\s]+)\s*\}\}")]
    private static partial Regex Directive();

    [GeneratedRegex(@"^(?<start>\d*)(?<colon>:(?<end>\d*))?$")]
    private static partial Regex Range();

    [GeneratedRegex(@"\bANCHOR(_END)?:\s*[\w-]+")]
    private static partial Regex AnchorMarker();

    [GeneratedRegex(@"\bANCHOR:\s*(?<name>[\w-]+)")]
    private static partial Regex AnchorStart();

    [GeneratedRegex(@"\bANCHOR_END:\s*(?<name>[\w-]+)")]
    private static partial Regex AnchorEnd();
}
