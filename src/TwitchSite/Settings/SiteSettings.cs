using TwitchSite.Diagnostics;
using TwitchSite.Engine.Caching;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.IO;
using TwitchSite.Yaml;

namespace TwitchSite.Settings;

/// <summary>
/// Site settings read from <c>input/_site.yml</c>: the bottom layer of every page's metadata and
/// the <c>site</c> object of layouts. Every setting is optional, so any folder of markdown builds.
/// </summary>
public sealed class SiteSettings
{
    /// <summary>File name of the settings file inside the input folder.</summary>
    public const string FileName = "_site.yml";

    private SiteSettings(Metadata metadata) => Metadata = metadata;

    /// <summary>All settings as a metadata layer.</summary>
    public Metadata Metadata { get; }

    /// <summary>The site's name.</summary>
    public string Title => Metadata.GetString("title") ?? "Untitled site";

    /// <summary>BCP 47 language of the content, for <c>&lt;html lang&gt;</c>.</summary>
    public string Language => Metadata.GetString("language") ?? "en";

    /// <summary>Front matter keys every page must have (default: title).</summary>
    public IReadOnlyList<string> RequiredFrontMatter => Content.SiteSettingsView.RequiredFrontMatter(Metadata);

    /// <summary>Settings with no values: what a folder without <c>_site.yml</c> gets.</summary>
    public static SiteSettings Empty { get; } = new(Metadata.Empty);

    /// <summary>
    /// Reads <c>_site.yml</c> from <paramref name="inputFolder"/>, reporting problems to
    /// <paramref name="sink"/>. Given the <paramref name="cache"/> of a live preview, an unchanged
    /// file gives back the very same settings object, so nothing that depends on settings is redone.
    /// </summary>
    public static SiteSettings Load(string inputFolder, DiagnosticSink sink, ExecutionCache? cache = null)
    {
        var path = Path.GetFullPath(Path.Combine(inputFolder, FileName));
        if (SiteFiles.Check(path, inputFolder) is { } problem)
        {
            sink.Add(problem.ToDiagnostic());
            return Empty;
        }

        if (!File.Exists(path))
        {
            return Empty;
        }

        var bytes = File.ReadAllBytes(path);
        if (cache is null)
        {
            return Parse(path, bytes, sink);
        }

        var previous = cache.State<Loaded>(nameof(SiteSettings));
        lock (previous)
        {
            if (previous.Path != path || previous.Bytes is null || !previous.Bytes.AsSpan().SequenceEqual(bytes))
            {
                var captured = new DiagnosticSink { WarningsAsErrors = sink.WarningsAsErrors };
                (previous.Path, previous.Bytes, previous.Settings) = (path, bytes, Parse(path, bytes, captured));
                previous.Diagnostics = captured.All;
            }

            foreach (var diagnostic in previous.Diagnostics)
            {
                sink.Add(diagnostic);
            }

            return previous.Settings!;
        }
    }

    private static SiteSettings Parse(string path, byte[] bytes, DiagnosticSink sink)
    {
        if (!Utf8.TryDecode(bytes, out var text, out var line, out var column))
        {
            sink.Add(Diagnostic.Error(Engine.Modules.ReadFiles.InvalidUtf8Code, Engine.Modules.ReadFiles.InvalidUtf8Message, new SourceLocation(path, line, column), "save the file with UTF-8 encoding"));
            return Empty;
        }

        var result = YamlReader.Read(text, path);
        if (!result.Succeeded)
        {
            sink.Add(Diagnostic.Error(Codes.InvalidDataFile, $"invalid YAML: {result.ErrorMessage}", result.ErrorLocation, "check the indentation and quote values that contain ': '"));
            return Empty;
        }

        if (result.Value is not Dictionary<string, object?> values)
        {
            if (result.Value is not null)
            {
                sink.Add(Diagnostic.Error(Codes.InvalidDataFile, "site settings must be `key: value` lines", new SourceLocation(path), "write settings such as `title: My site`, one per line"));
            }

            return Empty;
        }

        if (values.TryGetValue(RawHtmlSetting.Key, out var rawHtml) && RawHtmlSetting.Parse(rawHtml as string ?? "") is null)
        {
            sink.Add(Diagnostic.Error(
                Codes.BadRawHtmlSetting,
                $"`{RawHtmlSetting.Key}` must be refuse, escape or allow, not '{rawHtml}'",
                result.Locations.TryGetValue(RawHtmlSetting.Key, out var where) ? where.Value : new SourceLocation(path),
                "refuse (the default) keeps harmless HTML and refuses scripts; escape shows HTML as text; allow trusts every author"));
        }

        Navigation.NavigationSettings.Check(values, result, path, sink);
        return new SiteSettings(Metadata.Create(values));
    }

    /// <summary>The settings file as last read by a live preview.</summary>
    private sealed class Loaded
    {
        public string? Path { get; set; }

        public byte[]? Bytes { get; set; }

        public SiteSettings? Settings { get; set; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; set; } = [];
    }
}
