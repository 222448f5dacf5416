namespace TwitchSite.Site;

/// <summary>
/// The project of another generator whose docs folder is being built: an mdBook book
/// (<c>book.toml</c> beside its <c>src</c> folder) or an MkDocs project (<c>mkdocs.yml</c>
/// beside its <c>docs</c> folder). Found from the input folder by looking at the folder
/// itself and its parent; reads only file names. Used to let mdBook's includes reach the
/// book's other folders (<c>../listings/…</c>, as mdBook allows) and to find <c>mkdocs.yml</c>.
/// </summary>
/// <param name="Root">The project's folder (full path).</param>
/// <param name="ConfigFile">Its configuration file (full path).</param>
public sealed partial record GeneratorProject(string Root, string ConfigFile)
{
    /// <summary>The generator configuration files recognised, in the order they are looked for.</summary>
    public static readonly string[] ConfigNames = ["book.toml", "mkdocs.yml", "mkdocs.yaml"];

    /// <summary>
    /// The project <paramref name="inputFolder"/> belongs to: its parent when the parent has a
    /// generator's configuration file (a book's <c>src</c>, an MkDocs <c>docs</c>), or the input
    /// folder itself when it has one; else null (a plain folder of markdown).
    /// </summary>
    public static GeneratorProject? Of(string inputFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder));
        foreach (var folder in new[] { full, Path.GetDirectoryName(full) })
        {
            if (folder is null)
            {
                continue;
            }

            foreach (var name in ConfigNames)
            {
                var config = Path.Combine(folder, name);
                if (File.Exists(config))
                {
                    return new GeneratorProject(folder, config);
                }
            }
        }

        return null;
    }

    /// <summary>Hugo's configuration files, any of which marks a Hugo project's folder.</summary>
    public static readonly string[] HugoConfigNames = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml"];

    /// <summary>
    /// The folder of markdown to build when <paramref name="input"/> is another generator's project
    /// folder rather than its docs folder: MkDocs' <c>docs_dir</c> (default <c>docs</c>), an mdBook's
    /// <c>src</c> (book.toml's <c>[book] src</c>), Hugo's <c>content</c>; else <paramref name="input"/>
    /// itself (for Hugo, the folder its module mounts at <c>content</c> first: <see cref="HugoMounts"/>).
    /// Reads only the one setting, with a line match, except Hugo's mounts (<see cref="HugoConfig"/>).
    /// </summary>
    public static string ContentFolder(string input)
    {
        var folder = Path.GetFullPath(input);
        if (!Directory.Exists(folder) || File.Exists(Path.Combine(folder, "_site.yml")))
        {
            return folder; // this generator's own site, or an error reported later
        }

        string? Setting(string file, string pattern) =>
            File.Exists(Path.Combine(folder, file))
            && System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(folder, file)), pattern, System.Text.RegularExpressions.RegexOptions.Multiline) is { Success: true } m
                ? m.Groups[1].Value.Trim().Trim('"', '\'')
                : null;

        // Only a folder inside the project, as Hugo's mounts (HugoMounts): "../outside", an absolute path
        // or a link that leads out is never read; RefusedContentSettings names the setting.
        string? Existing(string? relative) => relative is { Length: > 0 } && Directory.Exists(Path.Combine(folder, relative)) && IsInsideProject(Path.Combine(folder, relative), folder) ? Path.GetFullPath(Path.Combine(folder, relative)) : null;

        foreach (var mkdocs in new[] { "mkdocs.yml", "mkdocs.yaml" })
        {
            if (File.Exists(Path.Combine(folder, mkdocs)) && Existing(Setting(mkdocs, @"^docs_dir:\s*(\S+)\s*$") ?? "docs") is { } docs)
            {
                return docs;
            }
        }

        if (DocusaurusConfigNames.Any(n => File.Exists(Path.Combine(folder, n))) && Existing("docs") is { } docusaurusDocs)
        {
            return docusaurusDocs;
        }

        if (Directory.Exists(Path.Combine(folder, ".vitepress")) && VitePressSourceFolder(folder) is var vitePressSource && vitePressSource != Path.TrimEndingDirectorySeparator(folder))
        {
            return vitePressSource; // srcDir: the markdown is in a folder of the project
        }

        if (File.Exists(Path.Combine(folder, "book.toml")) && Existing(Setting("book.toml", @"^\s*src\s*=\s*(""[^""]+""|'[^']+')") ?? "src") is { } src)
        {
            return src;
        }

        if (!IsHugoProject(folder))
        {
            return folder;
        }

        // A content mount replaces Hugo's default content folder (contentDir, else content/).
        return HugoMounts.ContentFolder(folder, HugoConfig.Read(folder))
            ?? (Existing(HugoContentDir(folder) ?? "content") is { } content ? HugoLanguageFolder(content, folder) : folder);
    }

    /// <summary>
    /// True when <paramref name="path"/> is <paramref name="project"/> or inside it, as written (after
    /// <c>..</c> and absolute paths) and where its links lead: the rule of Hugo's mounts (<see cref="HugoMounts"/>).
    /// </summary>
    private static bool IsInsideProject(string path, string project)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(project));
        return Engine.IO.RealPath.IsSameOrInside(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)), root)
            && Engine.IO.SiteFiles.Check(path, root) is null;
    }

    /// <summary>
    /// The settings of <paramref name="input"/>'s generator configuration that move the content folder
    /// out of the project (MkDocs' <c>docs_dir</c>, mdBook's <c>src</c>, Hugo's <c>contentDir</c>,
    /// VitePress' <c>srcDir</c>):
    /// each with its file, line and name, for a warning. <see cref="ContentFolder"/> never reads them.
    /// </summary>
    public static IReadOnlyList<(string File, int Line, string Setting)> RefusedContentSettings(string input)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
        var refused = new List<(string, int, string)>();
        if (!Directory.Exists(folder) || File.Exists(Path.Combine(folder, "_site.yml")))
        {
            return refused;
        }

        var checks = new List<(string File, string Setting, System.Text.RegularExpressions.Regex Line)>
        {
            ("mkdocs.yml", "docs_dir", new(@"^docs_dir:\s*(?<dir>\S+)\s*$")),
            ("mkdocs.yaml", "docs_dir", new(@"^docs_dir:\s*(?<dir>\S+)\s*$")),
            ("book.toml", "src", new(@"^\s*src\s*=\s*(?<dir>""[^""]+""|'[^']+')")),
        };
        checks.AddRange(VitePressConfigNames.Select(n => (Path.Combine(".vitepress", n), "srcDir", new System.Text.RegularExpressions.Regex(@"\bsrcDir\s*:\s*[""'`](?<dir>[^""'`]+)[""'`]"))));
        if (IsHugoProject(folder))
        {
            checks.AddRange(HugoConfigNames.SelectMany(n => new[] { n, Path.Combine("config", "_default", n) }).Select(n => (n, "contentDir", HugoContentDirLine())));
        }

        foreach (var (file, setting, pattern) in checks)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path) || Engine.IO.SiteFiles.Check(path, folder) is not null)
            {
                continue;
            }

            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (pattern.Match(lines[i]) is { Success: true } m
                    && m.Groups["dir"].Value.Trim().Trim('"', '\'') is { Length: > 0 } dir
                    && Directory.Exists(Path.Combine(folder, dir))
                    && !IsInsideProject(Path.Combine(folder, dir), folder))
                {
                    refused.Add((path, i + 1, setting));
                }
            }
        }

        return refused;
    }

    /// <summary>
    /// The content folder a Hugo project's configuration names (<c>contentDir</c>), or null for
    /// Hugo's default: for a multilingual site whose languages each name one
    /// (<c>[languages.en] contentDir = 'content.en'</c>), the default language's
    /// (<c>defaultContentLanguage</c>, else <c>en</c>, else the first configured). Read with
    /// line matches from the configuration files, TOML or YAML; folders that do not exist are skipped.
    /// </summary>
    public static string? HugoContentDir(string project)
    {
        var text = string.Join('\n', HugoConfigNames
            .SelectMany(n => new[] { Path.Combine(project, n), Path.Combine(project, "config", "_default", n), Path.Combine(project, "config", "_default", "languages." + Path.GetExtension(n).TrimStart('.')) })
            .Distinct()
            .Where(File.Exists)
            .Select(File.ReadAllText));
        var lines = text.Split('\n');
        string? topLevel = null;
        var byLanguage = new List<(string? Language, string Dir)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (HugoContentDirLine().Match(lines[i]) is not { Success: true } setting
                || !Directory.Exists(Path.Combine(project, setting.Groups["dir"].Value))
                || !IsInsideProject(Path.Combine(project, setting.Groups["dir"].Value), project))
            {
                continue;
            }

            var language = HugoLanguageOf(lines, i);
            if (language is null && setting.Groups["indent"].Length == 0)
            {
                topLevel ??= setting.Groups["dir"].Value;
            }
            else
            {
                byLanguage.Add((language, setting.Groups["dir"].Value));
            }
        }

        if (byLanguage.Count == 0)
        {
            return topLevel;
        }

        var configured = System.Text.RegularExpressions.Regex.Match(text, @"^\s*[""']?defaultContentLanguage[""']?\s*[:=]\s*[""']?([a-zA-Z-]+)", System.Text.RegularExpressions.RegexOptions.Multiline);
        return byLanguage.FirstOrDefault(l => configured.Success && l.Language == configured.Groups[1].Value).Dir
            ?? byLanguage.FirstOrDefault(l => l.Language == "en").Dir
            ?? byLanguage[0].Dir;
    }

    /// <summary>
    /// The language whose settings line <paramref name="index"/> is in: the nearest TOML table
    /// <c>[languages.en]</c> before it, or in YAML the nearest less-indented key (<c>  en:</c>); null
    /// when it is a top-level setting.
    /// </summary>
    private static string? HugoLanguageOf(string[] lines, int index)
    {
        var indent = lines[index].Length - lines[index].TrimStart().Length;
        for (var i = index - 1; i >= 0; i--)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.StartsWith('['))
            {
                var table = System.Text.RegularExpressions.Regex.Match(trimmed, @"^\[languages\.([\w-]+)\]$");
                return table.Success ? table.Groups[1].Value : null;
            }

            var lineIndent = lines[i].Length - lines[i].TrimStart().Length;
            if (indent > 0 && trimmed.Length > 0 && !trimmed.StartsWith('#') && lineIndent < indent)
            {
                var key = System.Text.RegularExpressions.Regex.Match(trimmed, @"^[""']?([\w-]+)[""']?:\s*$");
                return key.Success ? key.Groups[1].Value : null;
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<indent>\s*)[""']?contentDir[""']?\s*[:=]\s*[""']?(?<dir>[^""'\s#]+)")]
    private static partial System.Text.RegularExpressions.Regex HugoContentDirLine();

    /// <summary>
    /// True when <paramref name="folder"/> has a Hugo configuration file, at its top or in Hugo's
    /// configuration folder (<c>config/_default/hugo.yaml</c>, as Docsy's own site has).
    /// </summary>
    public static bool IsHugoProject(string folder) =>
        HugoConfigNames.Any(n => File.Exists(Path.Combine(folder, n)) || File.Exists(Path.Combine(folder, "config", "_default", n)));

    /// <summary>
    /// The Hugo project whose content <paramref name="inputFolder"/> is: the nearest of the folder and
    /// its two parents with a Hugo configuration whose content folder holds the input folder (its
    /// <c>content</c>, the folder <see cref="ContentFolder"/> picks: a language folder, <c>contentDir</c>,
    /// the folder mounted at <c>content</c>; or the project itself when it has none); null for other docs.
    /// </summary>
    public static string? HugoProjectOf(string inputFolder)
    {
        var input = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder));
        var folder = input;
        for (var up = 0; up < 3 && folder is not null; up++, folder = Path.GetDirectoryName(folder))
        {
            if (IsHugoProject(folder)
                && (Engine.IO.RealPath.IsSameOrInside(input, Path.Combine(folder, "content"))
                    || Engine.IO.RealPath.IsSameOrInside(input, Path.TrimEndingDirectorySeparator(ContentFolder(folder)))))
            {
                return folder;
            }
        }

        return null;
    }

    /// <summary>
    /// A multilingual Hugo site keeps each language's pages in a folder of <c>content</c>
    /// (<c>content/en</c>, <c>content/fr</c>) and nothing at the top: then the default language's
    /// folder (<c>defaultContentLanguage</c>, else <c>en</c>, else the first two-letter folder) is
    /// built; else <paramref name="content"/> itself.
    /// </summary>
    private static string HugoLanguageFolder(string content, string project)
    {
        if (Directory.EnumerateFiles(content, "*.md").Any())
        {
            return content;
        }

        var languages = Directory.EnumerateDirectories(content)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => System.Text.RegularExpressions.Regex.IsMatch(n, "^[a-z]{2}(-[a-zA-Z]{2,4})?$"))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (languages.Count == 0)
        {
            return content;
        }

        var configured = HugoConfigNames
            .SelectMany(n => new[] { Path.Combine(project, n), Path.Combine(project, "config", "_default", n) })
            .Where(File.Exists)
            .Select(f => System.Text.RegularExpressions.Regex.Match(File.ReadAllText(f), @"^\s*[""']?defaultContentLanguage[""']?\s*[:=]\s*[""']?([a-zA-Z-]+)", System.Text.RegularExpressions.RegexOptions.Multiline))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .FirstOrDefault();
        var chosen = languages.FirstOrDefault(l => l == configured) ?? languages.FirstOrDefault(l => l == "en") ?? languages[0];
        return Path.Combine(content, chosen);
    }

    /// <summary>
    /// Hugo's <c>static</c> folder (or the folder its module mounts there, <see cref="HugoMounts"/>) when
    /// <paramref name="inputFolder"/> is a Hugo project's <c>content</c> folder (or a language folder
    /// inside it, <c>content/en</c>, or the folder mounted as content): its files are published at the
    /// site's root, as Hugo does; null otherwise.
    /// </summary>
    public static string? HugoStaticFolder(string inputFolder)
    {
        var input = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder));
        var folder = Path.GetDirectoryName(input);
        for (var up = 0; up < 2 && folder is not null; up++, folder = Path.GetDirectoryName(folder))
        {
            if (!IsHugoProject(folder))
            {
                continue;
            }

            var config = HugoConfig.Read(folder);
            var isContent = input.StartsWith(Path.Combine(folder, "content"), StringComparison.Ordinal) || input == HugoMounts.ContentFolder(folder, config);
            if (isContent && (HugoMounts.StaticFolder(folder, config) ?? Path.Combine(folder, "static")) is var staticFolder && Directory.Exists(staticFolder))
            {
                return staticFolder;
            }
        }

        return null;
    }

    /// <summary>Docusaurus' configuration files, any of which marks a Docusaurus project's folder.</summary>
    public static readonly string[] DocusaurusConfigNames = ["docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs", "docusaurus.config.cjs"];

    /// <summary>
    /// The configuration file of the Docusaurus project whose docs <paramref name="inputFolder"/> is:
    /// looked for in the folder itself, its parent, and the parent's <c>website/</c> (where projects
    /// such as Redux keep the site beside a top-level <c>docs/</c>), and for a version of versioned
    /// docs (<c>versioned_docs/version-2.0</c>) in the folder holding <c>versioned_docs</c>; null when there is none.
    /// </summary>
    public static string? DocusaurusConfig(string inputFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder));
        var parent = Path.GetDirectoryName(full);
        var versioned = parent is not null && Path.GetFileName(parent) == "versioned_docs" ? Path.GetDirectoryName(parent) : null;
        string?[] folders = [full, parent, parent is null ? null : Path.Combine(parent, "website"), versioned];
        return folders.OfType<string>()
            .SelectMany(f => DocusaurusConfigNames.Select(n => Path.Combine(f, n)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// The address prefix of a Docusaurus project's docs (<c>routeBasePath</c>, default <c>docs</c>;
    /// empty when they are at the site's root), read with a line match; null when
    /// <paramref name="inputFolder"/> is in no Docusaurus project.
    /// </summary>
    public static string? DocusaurusRouteBase(string inputFolder)
    {
        if (DocusaurusConfig(inputFolder) is not { } config)
        {
            return null;
        }

        // The instance's own routeBasePath: another docs instance's (React Native's '/architecture') is not this folder's.
        var match = System.Text.RegularExpressions.Regex.Match(DocusaurusDocsOptions.Of(config, File.ReadAllText(config), inputFolder).Text, @"routeBasePath\s*:\s*[""'`]([^""'`]*)[""'`]");
        return match.Success ? match.Groups[1].Value.Trim('/') : "docs";
    }

    /// <summary>
    /// The folder whose files are published at the site's root, as they are: Hugo's <c>static/</c>
    /// (see <see cref="HugoStaticFolder"/>), the <c>static/</c> beside a Docusaurus project's
    /// configuration (<c>/img/logo.png</c> in its docs is <c>static/img/logo.png</c>), or VitePress'
    /// <c>public/</c> in its source folder (<see cref="VitePressPublicFolder"/>, inside the input
    /// folder); null when none.
    /// </summary>
    public static string? StaticFolder(string inputFolder) =>
        HugoStaticFolder(inputFolder)
        ?? (DocusaurusConfig(inputFolder) is { } config && Path.Combine(Path.GetDirectoryName(config)!, "static") is var folder && Directory.Exists(folder)
            && !Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder)).Equals(Path.GetFullPath(folder), StringComparison.Ordinal)
            ? folder : null)
        ?? VitePressPublicFolder(inputFolder);

    /// <summary>VitePress' configuration files, in its <c>.vitepress</c> folder.</summary>
    public static readonly string[] VitePressConfigNames = ["config.js", "config.ts", "config.mjs", "config.mts", "config.cjs", "config.cts"];

    /// <summary>
    /// The VitePress project root (the folder holding <c>.vitepress/</c>) whose source folder
    /// <paramref name="inputFolder"/> is: the folder itself, or a folder up to three levels above
    /// whose configuration's <c>srcDir</c> is it; null for other docs.
    /// </summary>
    public static string? VitePressRoot(string inputFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder));
        if (Directory.Exists(Path.Combine(full, ".vitepress")))
        {
            return full;
        }

        var folder = Path.GetDirectoryName(full);
        for (var up = 0; up < 3 && folder is not null; up++, folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(Path.Combine(folder, ".vitepress")) && VitePressSourceFolder(folder) == full)
            {
                return folder;
            }
        }

        return null;
    }

    /// <summary>
    /// The folder of a VitePress project's markdown: its configuration's <c>srcDir</c> (relative to
    /// <paramref name="root"/>, read with a line match) when that folder exists inside the project,
    /// else the root itself.
    /// </summary>
    public static string VitePressSourceFolder(string root)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var srcDir = VitePressConfigNames
            .Select(n => Path.Combine(full, ".vitepress", n))
            .Where(File.Exists)
            .Select(f => System.Text.RegularExpressions.Regex.Match(File.ReadAllText(f), @"\bsrcDir\s*:\s*[""'`]([^""'`]+)[""'`]"))
            .Where(m => m.Success)
            .Select(m => Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(full, m.Groups[1].Value))))
            .FirstOrDefault(p => Directory.Exists(p) && IsInsideProject(p, full)); // as docs_dir and src: never a folder outside

        return srcDir ?? full;
    }

    /// <summary>
    /// VitePress' <c>public/</c> folder, in the source folder of the project <paramref name="inputFolder"/>
    /// belongs to (<see cref="VitePressRoot"/>): VitePress copies its files to the site's root as they
    /// are (<c>public/logo.svg</c> is <c>/logo.svg</c>); null when there is none.
    /// </summary>
    public static string? VitePressPublicFolder(string inputFolder) =>
        VitePressRoot(inputFolder) is { } root && Path.Combine(VitePressSourceFolder(root), "public") is var folder && Directory.Exists(folder)
            ? folder : null;

    /// <summary>The folder includes may read from: the project's folder, else the input folder.</summary>
    public static string IncludeRoot(string inputFolder) => Of(inputFolder)?.Root ?? Path.GetFullPath(inputFolder);
}
