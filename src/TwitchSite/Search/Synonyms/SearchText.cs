using System.Net;
using System.Text;

namespace TwitchSite.Search.Synonyms;

/// <summary>
/// Splits text into the words synonym matching compares. Words are runs of letters and digits;
/// an apostrophe inside a word is dropped ("Gehrig's" is one word); everything else separates
/// words. Each word keeps its original spelling (to tell the acronym "MS" from the word "ms")
/// and a folded form: lower case with a light English plural removed, so "cramps" and "cramp",
/// "boxes" and "box", "pages" and "page" compare equal.
/// </summary>
public static class SearchText
{
    /// <summary>The words of <paramref name="text"/>.</summary>
    public static List<SearchWord> Words(string text)
    {
        var words = new List<SearchWord>();
        foreach (var range in WordRanges(text))
        {
            var original = string.Concat(text[range].Where(c => !IsApostrophe(c)));
            words.Add(new SearchWord(original, Fold(original)));
        }

        return words;
    }

    /// <summary>
    /// Where each word of <paramref name="text"/> stands. A word may contain an apostrophe
    /// ("Gehrig's"), which <see cref="Fold(ReadOnlySpan{char}, Span{char})"/> drops.
    /// </summary>
    public static List<Range> WordRanges(string text)
    {
        var ranges = new List<Range>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                start = start < 0 ? i : start;
            }
            else if (IsApostrophe(c) && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // Inside the word: "Gehrig's" must not leave a stray "s" word.
            }
            else if (start >= 0)
            {
                ranges.Add(start..i);
                start = -1;
            }
        }

        return ranges;
    }

    /// <summary>Lower case, without a plural ending: "Boxes" becomes "box", "stress" stays "stress".</summary>
    public static string Fold(string word)
    {
        var buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        return new string(buffer[..Fold(word, buffer)]);
    }

    /// <summary>
    /// Writes the folded form of <paramref name="word"/> (lower case, apostrophes dropped, a light
    /// English plural removed) to <paramref name="destination"/>, which must be at least as long
    /// as the word, and returns its length. Allocates nothing, so whole pages scan cheaply.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> destination)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (!IsApostrophe(c))
            {
                destination[n++] = char.ToLowerInvariant(c);
            }
        }

        ReadOnlySpan<char> w = destination[..n];
        if (n <= 3 || w.EndsWith("ss") || w.EndsWith("us") || w.EndsWith("is"))
        {
            return n; // stress, spasmus, sclerosis: not plurals
        }

        if (w.EndsWith("ies"))
        {
            destination[n - 3] = 'y';
            return n - 2;
        }

        var stem = w[..^2];
        if (w.EndsWith("es") && (stem.EndsWith("ch") || stem.EndsWith("sh") || stem.EndsWith("x") || stem.EndsWith("s")))
        {
            return n - 2;
        }

        return w.EndsWith("s") ? n - 1 : n;
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
