using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.IO;

namespace TwitchSite.Publishing;

/// <summary>
/// Checks a written site as a browser would follow it: every <c>href</c> and <c>src</c> inside
/// the site, in every HTML file, must reach a file of the output, and its #fragment an element
/// id there. Catches what source-level checks cannot see (layouts, generated pages, assets).
/// Reports TW0802 at the output file and line.
/// </summary>
public static class OutputLinkChecker
{
    private static readonly string[] LinkAttributes = ["href", "src"];

    /// <summary>
    /// Checks the site the build wrote to <paramref name="output"/> (staged or, when unchanged,
    /// already in the output folder), before it is committed. Diagnostics name the files in the
    /// output folder.
    /// </summary>
    public static void Check(OutputFolder output, DiagnosticSink sink, int maxParallelism)
    {
        var displayFolder = output.FullPath;
        var files = output.WrittenPaths.ToHashSet(StringComparer.Ordinal);
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var parsed = new Dictionary<string, (HashSet<string> Ids, List<(string Url, int Line, int Column)> Links)>(StringComparer.Ordinal);
        var gate = new object();
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism) }, page =>
        {
            var result = Read(output.CurrentPathOf(page));
            lock (gate)
            {
                parsed[page] = result;
            }
        });

        foreach (var page in pages)
        {
            foreach (var (url, line, column) in parsed[page].Links)
            {
                if (Problem(page, url, files, parsed) is { } problem)
                {
                    sink.Add(Codes.OutputLink.Create(new SourceLocation(Path.Combine(displayFolder, page), line, column), url, problem));
                }
            }
        }
    }

    private static (HashSet<string>, List<(string, int, int)>) Read(string path)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var stream = File.OpenRead(path);
        var document = parser.ParseDocument(stream);
        var ids = document.All.Where(e => e.Id is { Length: > 0 }).Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var anchor in document.QuerySelectorAll("a[name]"))
        {
            ids.Add(anchor.GetAttribute("name")!);
        }

        var links = new List<(string, int, int)>();
        foreach (var element in document.All)
        {
            foreach (var attribute in LinkAttributes)
            {
                if (element.GetAttribute(attribute) is { } value && !IsIgnored(element, value))
                {
                    var position = element.SourceReference?.Position;
                    links.Add((value, position?.Line ?? 1, position?.Column ?? 1));
                }
            }
        }

        return (ids, links);
    }

    private static bool IsIgnored(IElement element, string value) =>
        value.Length == 0 ||
        value.StartsWith("//", StringComparison.Ordinal) ||
        value.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ||
        (value.IndexOf(':') is var colon and > 0 && value.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0) || // a scheme: https:, mailto:, tel:
        element.LocalName == "base";

    private static string? Problem(string page, string url, HashSet<string> files, Dictionary<string, (HashSet<string> Ids, List<(string, int, int)> Links)> parsed)
    {
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : "";
        var path = hash >= 0 ? url[..hash] : url;
        var question = path.IndexOf('?');
        path = Uri.UnescapeDataString(question >= 0 ? path[..question] : path);

        string target;
        if (path.Length == 0)
        {
            target = page;
        }
        else
        {
            var baseFolder = path.StartsWith('/') ? "" : (Path.GetDirectoryName(page)?.Replace('\\', '/') ?? "");
            var segments = new List<string>(baseFolder.Split('/', StringSplitOptions.RemoveEmptyEntries));
            foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                if (segment == "..")
                {
                    if (segments.Count == 0)
                    {
                        return "it leaves the site";
                    }

                    segments.RemoveAt(segments.Count - 1);
                }
                else if (segment != ".")
                {
                    segments.Add(segment);
                }
            }

            var joined = string.Join('/', segments);
            var candidates = path.EndsWith('/') || joined.Length == 0
                ? [(joined.Length == 0 ? "" : joined + "/") + "index.html"]
                : new[] { joined, joined + "/index.html" };
            var found = candidates.FirstOrDefault(files.Contains);
            if (found is null)
            {
                return "no such file in the output";
            }

            target = found;
        }

        if (fragment.Length == 0 || !target.EndsWith(".html", StringComparison.Ordinal))
        {
            return null;
        }

        return parsed.TryGetValue(target, out var info) && info.Ids.Contains(fragment) ? null : $"no element with id '{fragment}' in {target}";
    }
}
