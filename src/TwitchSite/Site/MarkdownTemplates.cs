using System.Text.RegularExpressions;

namespace TwitchSite.Site;

/// <summary>
/// Whether the generator whose docs folder is being built runs a template engine on its markdown,
/// which decides whether <c>{{ … }}</c> and <c>{% … %}</c> in a page are templates (removed here, with
/// TW0250) or text (shown as written). mdBook runs none: its preprocessor expands <c>{{#include}}</c>
/// and its kin only and prints any other <c>{{ x }}</c> as written. MkDocs runs none either, unless
/// mkdocs.yml lists a plugin that makes each page a Jinja template (<c>macros</c>, mkdocs-macros;
/// <c>markdownextradata</c>). Jekyll runs Liquid on every page and Hugo has its shortcodes, so for
/// them, and for any folder of unknown origin, template syntax stays syntax. Reads mkdocs.yml with
/// a line match, as <see cref="GeneratorProject.ContentFolder"/> reads its settings.
/// </summary>
public static partial class MarkdownTemplates
{
    /// <summary>True when the docs in <paramref name="inputFolder"/> belong to an mdBook book or to an MkDocs project without a template plugin.</summary>
    public static bool AreText(string inputFolder)
    {
        if (GeneratorProject.Of(inputFolder) is not { } project || Engine.IO.SiteFiles.Check(project.ConfigFile, project.Root) is not null)
        {
            return false;
        }

        if (Path.GetFileName(project.ConfigFile) == "book.toml")
        {
            return true;
        }

        try
        {
            return !TemplatePlugin().IsMatch(PluginsBlock(File.ReadAllLines(project.ConfigFile)));
        }
        catch (IOException)
        {
            return false; // unread: as before, template syntax is syntax
        }
    }

    /// <summary>
    /// The <c>plugins:</c> setting of mkdocs.yml: its line (an inline list) and the lines under it, up to
    /// the next top-level key.
    /// </summary>
    private static string PluginsBlock(string[] lines)
    {
        var start = Array.FindIndex(lines, l => l.StartsWith("plugins:", StringComparison.Ordinal));
        if (start < 0)
        {
            return "";
        }

        var end = start + 1;
        while (end < lines.Length && (lines[end].Length == 0 || lines[end][0] is ' ' or '\t' or '-' or '#'))
        {
            end++;
        }

        return string.Join('\n', lines[start..end]);
    }

    // "- macros", "- macros:", "plugins: [search, macros]", quoted or not, also mkdocs-macros' other names.
    [GeneratedRegex(@"(^|[\s,\[-])[""']?(macros|mkdocs-macros|mkdocs_macros|markdownextradata)[""']?\s*(:|,|\]|$)", RegexOptions.Multiline)]
    private static partial Regex TemplatePlugin();
}
