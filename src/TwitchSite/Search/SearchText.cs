using System.Net;
using System.Text;

namespace TwitchSite.Search;

/// <summary>
/// Splits text into the words synonym matching compares. Words are runs of letters and digits;
/// an apostrophe inside a word is dropped ("Gehrig's" is one word); everything else separates
/// words. Each word keeps its original spelling (to tell the acronym "MS" from the word "ms")
/// and a folded form: lower case with a light English plural removed, so "cramps" and "cramp",
/// "twitches" and "twitch", "neurones" and "neurone" compare equal.
/// </summary>
public static class SearchText
{
    /// <summary>The words of <paramref name="text"/>.</summary>
    public static List<SearchWord> Words(string text)
    {
        var words = new List<SearchWord>();
        var current = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (IsApostrophe(c) && current.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // Joined, not split: "Gehrig's" must not leave a stray "s" word.
            }
            else if (current.Length > 0)
            {
                var original = current.ToString();
                words.Add(new SearchWord(original, Fold(original)));
                current.Clear();
            }
        }

        return words;
    }

    /// <summary>Lower case, without a plural ending: "Twitches" becomes "twitch", "stress" stays "stress".</summary>
    public static string Fold(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length <= 3 || w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal))
        {
            return w; // stress, spasmus, sclerosis: not plurals
        }

        if (w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("es", StringComparison.Ordinal) && (w[..^2].EndsWith("ch", StringComparison.Ordinal) || w[..^2].EndsWith("sh", StringComparison.Ordinal) || w[..^2].EndsWith('x') || w[..^2].EndsWith('s')))
        {
            return w[..^2];
        }

        return w.EndsWith('s') ? w[..^1] : w;
    }

    /// <summary>
    /// The text of an HTML fragment as a reader sees it: tags dropped (each acting as a space),
    /// script and style contents skipped, entities decoded.
    /// </summary>
    public static string FromHtml(string html)
    {
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                text.Append(c);
                i++;
                continue;
            }

            var end = TagEnd(html, i);
            var tag = html.AsSpan(i, end - i);
            text.Append(' ');
            i = end;
            foreach (var raw in (ReadOnlySpan<string>)["script", "style"])
            {
                if (tag.Length > raw.Length + 1 && tag[1..].StartsWith(raw, StringComparison.OrdinalIgnoreCase) && !char.IsLetterOrDigit(tag[raw.Length + 1]))
                {
                    var close = html.IndexOf("</" + raw, i, StringComparison.OrdinalIgnoreCase);
                    i = close < 0 ? html.Length : TagEnd(html, close);
                }
            }
        }

        return WebUtility.HtmlDecode(text.ToString());
    }

    private static int TagEnd(string html, int start)
    {
        char? quote = null;
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is { } q)
            {
                quote = c == q ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02bc';
}

/// <summary>One word of a text.</summary>
/// <param name="Original">As written.</param>
/// <param name="Folded">Lower case, plural ending removed.</param>
public readonly record struct SearchWord(string Original, string Folded);
