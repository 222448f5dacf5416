using System.Text.RegularExpressions;

namespace TwitchSite.Site;

/// <summary>
/// The options of the Docusaurus docs plugin instance that publishes a docs folder, read from the
/// configuration's text (never run). A project may have several instances (React Native's
/// <c>docs</c> beside <c>architecture</c>, <c>contributing</c> and <c>community</c>, each with its
/// own <c>routeBasePath</c> and <c>sidebarPath</c>): the instance is the object whose <c>path</c>
/// is the docs folder, so another instance's options are not taken for this one's.
/// </summary>
/// <param name="Text">The configuration's text that holds the options: the instance's object, else the whole file.</param>
/// <param name="Offset">Where <paramref name="Text"/> starts in the file, for line numbers.</param>
public sealed partial record DocusaurusDocsOptions(string Text, int Offset)
{
    /// <summary>
    /// The options of the instance publishing <paramref name="inputFolder"/> in the configuration
    /// <paramref name="config"/> whose text is <paramref name="text"/>: the object around the
    /// <c>path: '…'</c> naming that folder; the whole text when no <c>path</c> names it (the default
    /// <c>docs</c>, a version of versioned docs).
    /// </summary>
    public static DocusaurusDocsOptions Of(string config, string text, string inputFolder)
    {
        var project = Path.GetDirectoryName(Path.GetFullPath(config))!;
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder));
        foreach (Match path in PathOption().Matches(text))
        {
            if (Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(project, path.Groups["path"].Value))) != folder)
            {
                continue;
            }

            var open = ObjectStart(text, path.Index);
            var close = open < 0 ? -1 : ScriptBraces.End(text, open);
            if (close > open)
            {
                return new DocusaurusDocsOptions(text[open..close], open);
            }
        }

        return new DocusaurusDocsOptions(text, 0);
    }

    /// <summary>
    /// Where the current version's pages are published under the docs' address when the project
    /// keeps older versions (a <c>versions.json</c> beside <paramref name="config"/>): <c>next</c>,
    /// Docusaurus' default, or the <c>path</c> of <c>versions: { current: { path } }</c>; null when the
    /// docs are not versioned, are a version of <c>versioned_docs</c>, or the current version is the
    /// last one (<c>lastVersion: 'current'</c>, published at the docs' own address).
    /// </summary>
    public string? CurrentVersionPath(string config, string inputFolder)
    {
        var project = Path.GetDirectoryName(Path.GetFullPath(config))!;
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder)));
        if (!File.Exists(Path.Combine(project, "versions.json")) || parent is not null && Path.GetFileName(parent) == "versioned_docs"
            || LastVersionCurrent().IsMatch(Text))
        {
            return null;
        }

        return CurrentPath().Match(Text) is { Success: true } current ? current.Groups["path"].Value.Trim('/') : "next";
    }

    /// <summary>The index of the <c>{</c> of the innermost object around <paramref name="index"/>, or -1.</summary>
    private static int ObjectStart(string text, int index)
    {
        var depth = 0;
        for (var i = index - 1; i >= 0; i--)
        {
            if (text[i] == '}')
            {
                depth++;
            }
            else if (text[i] == '{' && depth-- == 0)
            {
                return i;
            }
        }

        return -1;
    }


    // "path: '../docs'" (a word of its own: not "sidebarPath:", not "editUrl: '…/path'").
    [GeneratedRegex(@"(?<![\w.$])path\s*:\s*(?<quote>['""`])(?<path>[^'""`\r\n]+)\k<quote>")]
    private static partial Regex PathOption();

    [GeneratedRegex(@"\blastVersion\s*:\s*['""`]current['""`]")]
    private static partial Regex LastVersionCurrent();

    [GeneratedRegex(@"\bcurrent\s*:\s*\{[^{}]*?(?<![\w.$])path\s*:\s*['""`](?<path>[^'""`\r\n]*)['""`]")]
    private static partial Regex CurrentPath();
}
