using System.Text.RegularExpressions;

namespace TwitchSite.Site;

/// <summary>
/// The site title another generator's configuration gives the docs being built: Jekyll's
/// <c>title:</c> in <c>_config.yml</c> (in the input folder), MkDocs' <c>site_name:</c> in
/// <c>mkdocs.yml</c> and mdBook's <c>title</c> in <c>book.toml</c> (beside the docs folder or in
/// it; see <see cref="GeneratorProject.Of"/>), and Docusaurus' <c>title: '…'</c> in its
/// <c>docusaurus.config.*</c> (<see cref="GeneratorProject.DocusaurusConfig"/>), and Hugo's top-level
/// <c>title</c> in any case (<see cref="HugoConfig"/>, the project of <see cref="GeneratorProject.HugoProjectOf"/>).
/// Read with a line match of a top-level key, as the other conventions read these files, except Hugo's
/// configuration, which is read whole; a title made by a template (<c>{{ … }}</c>) is not a title.
/// Reads those files only; <c>_site.yml</c>'s <c>title</c> wins over it (see
/// SiteSettings.Load).
/// </summary>
public static partial class GeneratorTitle
{
    /// <summary>The title the configuration of <paramref name="inputFolder"/>'s generator sets, or null.</summary>
    public static string? Of(string inputFolder)
    {
        var jekyll = Path.Combine(inputFolder, "_config.yml"); // Jekyll's configuration, as JekyllCollections reads it
        if (Read(jekyll, inputFolder, YamlKey("title")) is { } jekyllTitle)
        {
            return jekyllTitle;
        }

        if (GeneratorProject.DocusaurusConfig(inputFolder) is { } docusaurus
            && Read(docusaurus, Path.GetDirectoryName(docusaurus)!, DocusaurusTitle(), outermost: true) is { } docusaurusTitle)
        {
            return docusaurusTitle;
        }

        // Hugo's keys are read in any case and only at the top: [params] and [languages.en] have titles of their own.
        if (GeneratorProject.HugoProjectOf(inputFolder) is { } hugo
            && HugoConfig.Read(hugo).GetString("title")?.Trim() is { Length: > 0 } hugoTitle
            && !hugoTitle.Contains("{{", StringComparison.Ordinal))
        {
            return hugoTitle;
        }

        return GeneratorProject.Of(inputFolder) is { } project
            ? Path.GetFileName(project.ConfigFile) == "book.toml"
                ? Read(project.ConfigFile, Path.GetDirectoryName(project.ConfigFile)!, TomlTitle())
                : Read(project.ConfigFile, Path.GetDirectoryName(project.ConfigFile)!, YamlKey("site_name"))
            : null;
    }

    // The title goes into every page, so a configuration file that is a link out of its folder
    // (to a file elsewhere on the build machine) is not read, as no site file would be.
    private static string? Read(string file, string folder, Regex pattern, bool outermost = false)
    {
        if (!File.Exists(file) || Engine.IO.SiteFiles.Check(file, folder) is not null)
        {
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (IOException)
        {
            return null; // the title is a nicety: the site builds without it
        }

        // A JavaScript configuration names other things "title" too (the navbar's, a footer
        // link's), deeper in the object: the site's own is the least indented.
        var match = outermost
            ? pattern.Matches(text).MinBy(m => m.Groups["indent"].Length)
            : pattern.Match(text);
        if (match is not { Success: true })
        {
            return null;
        }

        var value = match.Groups["value"].Value.Trim();
        // Not a title written as plain text: a list or mapping ("title: [", as a slip leaves it),
        // an anchor, alias, tag or block scalar. The site builds without it.
        if (value.Length > 0 && value[0] is '[' or '{' or '&' or '*' or '!' or '|' or '>')
        {
            return null;
        }

        value = value.Length >= 2 && value[0] is '"' or '\'' or '`' && value.IndexOf(value[0], 1) is var end and > 0
            ? value[1..end] // a quoted value, perhaps with a comment after it
            : CommentAfter().Replace(value, "");
        return value.Trim() is { Length: > 0 } title && !title.Contains("{{", StringComparison.Ordinal) ? title : null;
    }

    private static Regex YamlKey(string key) => new(@"^" + key + @"[ \t]*:[ \t]*(?<value>[^\r\n]+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // book.toml's [book] table comes first in every book; its title is the first "title =".
    [GeneratedRegex(@"^[ \t]*title[ \t]*=[ \t]*(?<value>""[^""\r\n]*""|'[^'\r\n]*')", RegexOptions.Multiline)]
    private static partial Regex TomlTitle();

    // Docusaurus' "title: 'My Site'," as a string literal (a computed one is not matched).
    [GeneratedRegex(@"^(?<indent>[ \t]*)title[ \t]*:[ \t]*(?<value>""[^""\r\n]*""|'[^'\r\n]*'|`[^`$\r\n]*`)", RegexOptions.Multiline)]
    private static partial Regex DocusaurusTitle();

    // A YAML comment after an unquoted value: " # …".
    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex CommentAfter();
}
