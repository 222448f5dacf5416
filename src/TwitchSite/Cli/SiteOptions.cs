using System.CommandLine;

namespace TwitchSite.Cli;

/// <summary>
/// The options the <c>build</c>, <c>check</c> and <c>preview</c> commands share, declared once:
/// name, alias, value type and help name here; a command may word the description for what the
/// option means to it. <c>--log-level</c> and <c>--port</c>, whose values need checking, are in
/// <see cref="OptionParsers"/>.
/// </summary>
public static class SiteOptions
{
    /// <summary><c>--input</c>/<c>-i DIR</c>: the content folder.</summary>
    public static Option<string?> Input() => new("--input", "-i") { Description = "Folder of the site's markdown, data and assets (default: input, else docs, in the working directory)", HelpName = "DIR" };

    /// <summary><c>--output</c>/<c>-o DIR</c>: where the site is written, default <c>output</c>.</summary>
    public static Option<string> Output(string description) => new("--output", "-o") { Description = description, DefaultValueFactory = _ => "output", HelpName = "DIR" };

    /// <summary><c>--theme</c>/<c>-t DIR</c>: layouts and assets.</summary>
    public static Option<string?> Theme(string description = "Folder of layouts and assets (default: a theme folder beside the input folder, else the theme built into the tool)") =>
        new("--theme", "-t") { Description = description, HelpName = "DIR" };

    /// <summary><c>--strict</c>: warnings count as errors.</summary>
    public static Option<bool> Strict(string description) => new("--strict") { Description = description };

    /// <summary><c>--no-search</c>: no search index.</summary>
    public static Option<bool> NoSearch(string description) => new("--no-search") { Description = description };

    /// <summary><c>--today DATE</c>: the date review dates are checked against.</summary>
    public static Option<string?> Today() => new("--today") { Description = "Date to check review dates against (YYYY-MM-DD); default TWITCHSITE_TODAY or the system date", HelpName = "DATE" };
}
