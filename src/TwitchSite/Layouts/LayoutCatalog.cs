using System.Text.RegularExpressions;
using Fluid;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.IO;
using TwitchSite.FrontMatter;
using TwitchSite.Yaml;

namespace TwitchSite.Layouts;

/// <summary>
/// Every layout of the site, each parsed once. Layouts are <c>*.liquid</c> files in
/// <c>theme/layouts</c>; a file at the same path under <c>input/layouts</c> replaces the theme's.
/// A layout may start with front matter naming its parent (<c>layout: base</c>). Syntax errors
/// are reported at the layout's own line (TW0402). Given a <see cref="LayoutFileCache"/> (live
/// preview), a layout whose file text is unchanged since the last load is not parsed again.
/// </summary>
public sealed partial class LayoutCatalog
{
    /// <summary>Layouts folder name inside the theme and input folders.</summary>
    public const string FolderName = "layouts";

    /// <summary>Layout file extension.</summary>
    public const string Extension = ".liquid";

    private readonly Dictionary<string, Layout> _layouts;
    private readonly HashSet<string> _broken;

    private LayoutCatalog(Dictionary<string, Layout> layouts, HashSet<string> broken)
    {
        _layouts = layouts;
        _broken = broken;
    }

    /// <summary>True when a layout of that name exists but could not be parsed (already reported).</summary>
    public bool IsBroken(string name) => _broken.Contains(name);

    /// <summary>Names of all layouts, sorted.</summary>
    public IEnumerable<string> Names => _layouts.Keys.Order(StringComparer.Ordinal);

    /// <summary>Finds the layout called <paramref name="name"/>.</summary>
    public bool TryGet(string name, out Layout layout) => _layouts.TryGetValue(name, out layout!);

    /// <summary>
    /// Reads and parses the layouts of <paramref name="folders"/>, earlier folders overriding
    /// later ones (pass input/layouts before theme/layouts).
    /// </summary>
    public static LayoutCatalog Load(IReadOnlyList<string> folders, FluidParser parser, DiagnosticSink sink, LayoutFileCache? cache = null)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders.Reverse())
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            // layouts/ lies in its site folder (input or theme): no layout is read from outside it.
            var siteFolder = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))!;
            foreach (var file in SiteFiles.Enumerate(folder, siteFolder, problem => sink.Add(problem.ToDiagnostic(Codes.EngineDescriptors))))
            {
                if (!file.EndsWith(Extension, StringComparison.Ordinal))
                {
                    continue;
                }

                var name = Path.GetRelativePath(folder, file).Replace('\\', '/')[..^Extension.Length];
                files[name] = Path.GetFullPath(file);
            }
        }

        var layouts = new Dictionary<string, Layout>(StringComparer.Ordinal);
        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, path) in files)
        {
            if (LoadOne(name, path, parser, sink, cache) is { } layout)
            {
                layouts[name] = layout;
            }
            else
            {
                broken.Add(name);
            }
        }

        cache?.Retain(files.Values);
        return new LayoutCatalog(layouts, broken);
    }

    /// <summary>
    /// What the catalog is made of: each layout object (the same object while its file is
    /// unchanged) and each broken name, so a cache can tell whether any layout changed.
    /// </summary>
    public IReadOnlyList<object> Fingerprint =>
        [.. _layouts.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => (object)l.Value), .. _broken.Order(StringComparer.Ordinal)];

    private static Layout? LoadOne(string name, string path, FluidParser parser, DiagnosticSink sink, LayoutFileCache? cache)
    {
        if (cache is null)
        {
            return Parse(name, path, parser, sink);
        }

        var bytes = File.ReadAllBytes(path);
        if (!cache.TryGet(path, name, bytes, out var layout, out var diagnostics))
        {
            var captured = new DiagnosticSink { WarningsAsErrors = sink.WarningsAsErrors };
            layout = Parse(name, path, parser, captured);
            diagnostics = captured.All;
            cache.Set(path, name, bytes, layout, diagnostics);
        }

        foreach (var diagnostic in diagnostics)
        {
            sink.Add(diagnostic);
        }

        return layout;
    }

    private static Layout? Parse(string name, string path, FluidParser parser, DiagnosticSink sink)
    {
        if (!Utf8.TryDecode(File.ReadAllBytes(path), out var text, out var badLine, out var badColumn))
        {
            sink.Add(Codes.EngineDescriptors.InvalidUtf8.Create(new SourceLocation(path, badLine, badColumn)) with { Hint = "save the layout with UTF-8 encoding" });
            return null;
        }

        var split = FrontMatterSplitter.Split(text);
        string? parent = null;
        SourceLocation? parentLocation = null;
        if (split.State == FrontMatterState.NotClosed)
        {
            sink.Add(Codes.LayoutFrontMatterNotClosed.Create(new SourceLocation(path)));
            return null;
        }

        if (split.State == FrontMatterState.Closed)
        {
            var yaml = YamlReader.Read(split.Yaml!, path, firstLine: 2);
            if (!yaml.Succeeded)
            {
                sink.Add(Codes.LayoutInvalidYaml.Create(yaml.ErrorLocation, yaml.ErrorMessage));
                return null;
            }

            if (yaml.Value is Dictionary<string, object?> values && values.GetValueOrDefault("layout") is string named)
            {
                parent = named;
                parentLocation = yaml.Locations["layout"].Value;
            }
        }

        if (!parser.TryParse(split.Body, out var template, out var error))
        {
            var (message, line, column) = ParseError(error);
            sink.Add(Codes.LiquidSyntax.Create(new SourceLocation(path, line + split.BodyFirstLine - 1, column), name, message));
            return null;
        }

        return new Layout(name, path, LiquidRanges.Bound(template), parent, parentLocation, LayoutLoops.FirstLoop(split.Body, path, split.BodyFirstLine));
    }

    private static (string Message, int Line, int Column) ParseError(string error)
    {
        // Fluid reports "<message> at (line:column)" followed by a source excerpt.
        var firstLine = error.Split('\n')[0].Trim();
        var match = ErrorPosition().Match(firstLine);
        return match.Success
            ? (firstLine[..match.Index].Trim(), int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : (firstLine, 1, 1);
    }

    [GeneratedRegex(@"\s*at \((\d+):(\d+)\)\s*$")]
    private static partial Regex ErrorPosition();
}
