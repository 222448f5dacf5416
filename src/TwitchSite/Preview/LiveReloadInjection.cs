namespace TwitchSite.Preview;

/// <summary>
/// Adds the live-reload script to an HTML page as it is served (never to the files on disk):
/// a <c>&lt;script src defer&gt;</c> element before <c>&lt;/head&gt;</c>, or before
/// <c>&lt;/body&gt;</c>, or at the end. A file, not inline code, so the site's strict
/// Content Security Policy holds in the preview too.
/// </summary>
public static class LiveReloadInjection
{
    /// <summary>The element added.</summary>
    public const string ScriptElement = "<script src=\"" + PreviewPaths.LiveReloadScript + "\" defer></script>";

    /// <summary>Returns <paramref name="html"/> with the script element added once.</summary>
    public static string AddTo(string html)
    {
        if (html.Contains(ScriptElement, StringComparison.Ordinal))
        {
            return html;
        }

        foreach (var closing in new[] { "</head>", "</body>" })
        {
            var index = html.IndexOf(closing, StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                return html[..index] + ScriptElement + "\n" + html[index..];
            }
        }

        return html + "\n" + ScriptElement + "\n";
    }
}
