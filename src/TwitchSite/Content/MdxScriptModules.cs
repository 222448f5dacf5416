using System.Text.RegularExpressions;

namespace TwitchSite.Content;

/// <summary>
/// Docusaurus pages also take markdown through a small JavaScript file of the docs:
/// react-native-website's <c>turbo-native-modules.md</c> imports
/// <c>{TurboNativeModulesAndroid} from './\_turbo-native-modules-components'</c>, a <c>.jsx</c> file that
/// imports <c>AndroidContent from './turbo-native-modules-android.md'</c> and exports
/// <c>function TurboNativeModulesAndroid() { return &lt;AndroidContent /&gt;; }</c>. Such an import is
/// written as the markdown import it stands for (<c>import TurboNativeModulesAndroid from
/// './turbo-native-modules-android.md';</c>, on the same line), which <see cref="MdxPartials"/> makes an
/// include. The file is read as text, never run, and only these forms are followed: an export that
/// re-exports a markdown file (<c>export {default} from './x.md'</c>, <c>export {default as X} from …</c>,
/// <c>export default X</c>, <c>export {X as Y}</c> of an imported one), or a function that only returns
/// an imported markdown file as a component (<c>export function X() { return &lt;Content /&gt;; }</c>,
/// <c>export const X = () =&gt; &lt;Content /&gt;</c>, <c>export default function () …</c>). Any other import
/// is left as written (removed later with the template warning). Only relative paths to a file
/// inside the folder includes may read from are read: as the bundler finds them, as written, else with a
/// script extension, else a folder's <c>index</c> file.
/// </summary>
public static partial class MdxScriptModules
{
    private static readonly string[] Extensions = [".js", ".jsx", ".ts", ".tsx", ".mjs"];

    // A module larger than this is not a small re-export file.
    private const int MaxModuleLength = 64 * 1024;

    /// <summary>
    /// The page's body with imports of such modules written as the markdown imports they stand for,
    /// or null when there is none.
    /// </summary>
    /// <param name="body">The page's text.</param>
    /// <param name="pageFile">The page's file (full path): relative imports start at its folder.</param>
    /// <param name="root">The folder files may be read from (full path).</param>
    public static string? Rewrite(string body, string pageFile, string root)
    {
        if (!body.Contains("import ", StringComparison.Ordinal) || Path.GetDirectoryName(pageFile) is not { } pageFolder)
        {
            return null;
        }

        var changed = false;
        var rewritten = ModuleImport().Replace(body, import =>
        {
            if (Resolve(Path.Combine(pageFolder, ScriptString.Unescape(import.Groups["path"].Value)), root) is not { } module
                || Exports(module) is not { Count: > 0 } exports)
            {
                return import.Value;
            }

            var names = new List<(string Exported, string Local)>();
            if (import.Groups["default"].Success)
            {
                names.Add(("default", import.Groups["default"].Value));
            }

            foreach (var name in import.Groups["names"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                names.Add(parts is [var exported, "as", var local] ? (exported, local) : (parts[0], parts[0]));
            }

            var written = names.Where(n => exports.ContainsKey(n.Exported))
                .Select(n => "import " + n.Local + " from '" + Relative(pageFolder, exports[n.Exported]) + "';").ToList();
            if (written.Count == 0)
            {
                return import.Value;
            }

            changed = true;
            // Names the module gives as JavaScript stay in the original import, removed later with the warning.
            return string.Join(' ', written) + (written.Count < names.Count ? " " + import.Value.Trim() : "");
        });
        return changed ? rewritten : null;
    }

    /// <summary>The module's exports that are a markdown file (by exported name, <c>default</c> included), each its full path.</summary>
    private static Dictionary<string, string>? Exports(string module)
    {
        string text;
        try
        {
            if (new FileInfo(module).Length > MaxModuleLength)
            {
                return null;
            }

            text = File.ReadAllText(module);
        }
        catch (IOException)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(module)!;
        string Full(string path) => Path.GetFullPath(Path.Combine(folder, ScriptString.Unescape(path)));
        var imported = MarkdownImport().Matches(text).ToDictionary(m => m.Groups["local"].Value, m => Full(m.Groups["path"].Value), StringComparer.Ordinal);
        var exports = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match reexport in MarkdownReexport().Matches(text))
        {
            foreach (var name in reexport.Groups["names"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var exported = name.Split(' ', StringSplitOptions.RemoveEmptyEntries) switch
                {
                    ["default"] => "default",
                    ["default", "as", var alias] => alias,
                    _ => null,
                };
                if (exported is not null)
                {
                    exports.TryAdd(exported, Full(reexport.Groups["path"].Value));
                }
            }
        }

        foreach (Match export in LocalExport().Matches(text))
        {
            foreach (var name in export.Groups["names"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var (local, exported) = parts is [var l, "as", var e] ? (l, e) : (parts[0], parts[0]);
                if (imported.TryGetValue(local, out var path))
                {
                    exports.TryAdd(exported, path);
                }
            }
        }

        foreach (Match export in DefaultExport().Matches(text))
        {
            if (imported.TryGetValue(export.Groups["local"].Value, out var path))
            {
                exports.TryAdd("default", path);
            }
        }

        foreach (Match function in ComponentFunction().Matches(text))
        {
            var exported = function.Groups["default"].Success ? "default" : function.Groups["name"].Value;
            if (exported.Length > 0 && imported.TryGetValue(function.Groups["component"].Value, out var path))
            {
                exports.TryAdd(exported, path);
            }
        }

        return exports;
    }

    /// <summary>
    /// A partial's text without its own import lines at its top (the first 40 lines, as a page's are
    /// read): compiled on its own, its imports (<c>import Tabs from '@theme/Tabs';</c>) are its own; in
    /// the including page, further down than a page's imports are looked for, they would be shown as text.
    /// </summary>
    public static string WithoutImports(string partial)
    {
        if (!partial.Contains("import ", StringComparison.Ordinal))
        {
            return partial;
        }

        var lines = partial.Split('\n');
        var fence = false;
        for (var i = 0; i < lines.Length && i < 40; i++)
        {
            var trimmed = lines[i].TrimStart();
            fence ^= trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal);
            if (!fence && ImportLine().IsMatch(lines[i]))
            {
                lines[i] = "";
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>The script file <paramref name="path"/> names, found as the bundler finds it, when it is inside <paramref name="root"/>; else null.</summary>
    private static string? Resolve(string path, string root)
    {
        var full = Path.GetFullPath(path);
        var file = File.Exists(full) && Extensions.Contains(Path.GetExtension(full), StringComparer.Ordinal) ? full
            : Extensions.Select(e => full + e).FirstOrDefault(File.Exists)
            ?? (Directory.Exists(full) ? Extensions.Select(e => Path.Combine(full, "index" + e)).FirstOrDefault(File.Exists) : null);
        var folder = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return file is not null && file.StartsWith(folder, StringComparison.Ordinal) && Engine.IO.SiteFiles.Check(file, root) is null ? file : null;
    }

    /// <summary><paramref name="file"/> from <paramref name="folder"/>, as an import writes it (<c>./x.md</c>, <c>../x.md</c>).</summary>
    private static string Relative(string folder, string file)
    {
        var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) ? relative : "./" + relative;
    }

    // An import from a relative module that is not a markdown file: "import {A, B as C} from './_components';",
    // "import X from './x.jsx';", "import X, {A} from '…'", alone on its line or one of several on it.
    [GeneratedRegex("""(?<=^[ \t]*|;[ \t]*)import\s+(?:(?<default>[A-Za-z_$][\w$]*)\s*(?:,\s*)?)?(?:\{(?<names>[^{}]*)\}\s*)?from\s+(?<q>['"])(?<path>\.{1,2}/(?:\\.|(?!\k<q>)[^\\\r\n])+?)(?<!\.mdx?)\k<q>;?[ \t]*(?=$|import\s|export\s)""", RegexOptions.Multiline)]
    private static partial Regex ModuleImport();

    // A line of import statements only: "import Tabs from '@theme/Tabs'; import TabItem from '@theme/TabItem';", "import './x.css';".
    [GeneratedRegex("""^[ \t]*(?:import\s+(?:[^'"`;\r\n]+?\s+from\s+)?(?<q>['"])[^'"\r\n]+\k<q>[ \t]*;?[ \t]*)+\r?$""")]
    private static partial Regex ImportLine();

    // In the module: "import Content from './x.md';".
    [GeneratedRegex("""import\s+(?<local>[A-Za-z_$][\w$]*)\s+from\s+(?<q>['"])(?<path>[^'"\r\n]+?\.mdx?)\k<q>""")]
    private static partial Regex MarkdownImport();

    // "export {default} from './x.md';", "export {default as X} from './x.md';".
    [GeneratedRegex("""export\s*\{(?<names>[^{}]*)\}\s*from\s*(?<q>['"])(?<path>[^'"\r\n]+?\.mdx?)\k<q>""")]
    private static partial Regex MarkdownReexport();

    // "export {Content as X};" (no "from").
    [GeneratedRegex("""export\s*\{(?<names>[^{}]*)\}\s*(?!\s*from)(?=;|$)""", RegexOptions.Multiline)]
    private static partial Regex LocalExport();

    // "export default Content;".
    [GeneratedRegex(@"export\s+default\s+(?<local>[A-Za-z_$][\w$]*)\s*;?[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex DefaultExport();

    // A function that only returns an imported component: "export function X() { return <Content />; }",
    // "export default function (props) { return (<Content {...props} />); }", "export const X = () => <Content />;".
    [GeneratedRegex(@"export\s+(?:(?<default>default\s+)?function\s*(?<name>[A-Za-z_$][\w$]*)?\s*\([^()]*\)\s*\{\s*return\s*\(?\s*<(?<component>[A-Z][\w$]*)(?:\s+[^<>]*)?\s*/>\s*\)?\s*;?\s*\}|const\s+(?<name>[A-Za-z_$][\w$]*)\s*=\s*\([^()]*\)\s*=>\s*\(?\s*<(?<component>[A-Z][\w$]*)(?:\s+[^<>]*)?\s*/>)")]
    private static partial Regex ComponentFunction();
}
