using System.Text.RegularExpressions;
using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Layouts;

/// <summary>
/// Finds where a layout repeats work (its first <c>{% for %}</c>, <c>{% tablerow %}</c>,
/// <c>{% include %}</c> or <c>{% render %}</c> tag), so a layout stopped for running too long can
/// be reported at that line: Fluid's statements carry no source positions of their own.
/// Reads the layout's body text; writes nothing.
/// </summary>
public static partial class LayoutLoops
{
    /// <summary>The first repeating tag in <paramref name="body"/>, or the body's first line when it has none.</summary>
    /// <param name="body">The layout text after its front matter.</param>
    /// <param name="path">The layout file.</param>
    /// <param name="bodyFirstLine">The file line the body starts on.</param>
    public static SourceLocation FirstLoop(string body, string path, int bodyFirstLine)
    {
        var match = RepeatingTag().Match(body);
        if (!match.Success)
        {
            return new SourceLocation(path, bodyFirstLine);
        }

        var lineStart = match.Index == 0 ? 0 : body.LastIndexOf('\n', match.Index - 1) + 1;
        var line = bodyFirstLine + body.AsSpan(0, match.Index).Count('\n');
        return new SourceLocation(path, line, match.Index - lineStart + 1);
    }

    [GeneratedRegex(@"\{%-?\s*(for|tablerow|include|render)\b")]
    private static partial Regex RepeatingTag();
}
