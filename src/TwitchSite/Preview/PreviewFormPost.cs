using System.Text;
using Microsoft.AspNetCore.Http;

namespace TwitchSite.Preview;

/// <summary>
/// Lets the live preview take a Netlify-style form post (a form with a <c>form-name</c> field,
/// such as the "Is this page useful?" form), so it can be tried without deploying: writes the
/// fields to the terminal and tells the server to answer with the page at the form's action,
/// as Netlify does. A post that fills the honeypot (<c>bot-field</c>) is noted as spam and
/// answered the same way. Nothing is stored.
/// </summary>
public static class PreviewFormPost
{
    /// <summary>Longest value written to the terminal; longer ones are cut.</summary>
    public const int MaxShownLength = 500;

    /// <summary>
    /// True when the request is a form post with a <c>form-name</c>; then the submission has
    /// been written to <paramref name="log"/> (when given) and the caller serves the action's page.
    /// </summary>
    public static async Task<bool> TryAcceptAsync(HttpContext context, TextWriter? log)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.HasFormContentType)
        {
            return false;
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            return false; // too large or malformed: refused like any other post
        }

        if (form["form-name"].ToString() is not { Length: > 0 } name)
        {
            return false;
        }

        if (log is not null)
        {
            log.WriteLine(Describe(name, context.Request.Path.Value ?? "/", form));
        }

        return true;
    }

    /// <summary>One line per submission, then one indented line per field: what Netlify would store.</summary>
    public static string Describe(string name, string path, IFormCollection form)
    {
        var text = new StringBuilder();
        var spam = form["bot-field"].ToString().Length > 0;
        text.Append("Form '").Append(Clean(name)).Append("' posted to ").Append(Clean(path))
            .Append(spam ? " (honeypot filled: Netlify would drop it as spam)" : " (not stored: preview only)");
        foreach (var (key, value) in form.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (key is "form-name" or "bot-field")
            {
                continue;
            }

            text.AppendLine().Append("  ").Append(Clean(key)).Append(": ").Append(Clean(value.ToString()));
        }

        return text.ToString();
    }

    // A comment is free text from a browser: keep it on one line and free of terminal control codes.
    private static string Clean(string value)
    {
        var shown = value.Length > MaxShownLength ? value[..MaxShownLength] + "…" : value;
        var text = new StringBuilder(shown.Length);
        foreach (var c in shown)
        {
            text.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "",
                _ when char.IsControl(c) => "?",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }
}
