namespace TwitchSite.Readability;

/// <summary>
/// Splits a text unit into sentences of words. A sentence ends at '.', '!', '?' or '…' (and any
/// closing quotes or brackets after it) followed by a space or the end of the text, except after
/// common abbreviations ("e.g.", "i.e.", "Dr."). Whatever follows the last full stop is one more
/// sentence, so a heading or a bullet without a full stop is one sentence (the NHS rule: headings
/// and bullets count as sentences). A word is a run of letters and digits, joined across
/// apostrophes, hyphens and full stops inside it ("don't", "well-known", "2.5", "e.g." are one
/// word each).
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "dr", "mr", "mrs", "ms", "prof", "vs", "approx", "no", "st", "fig",
    };

    /// <summary>The sentences of <paramref name="text"/>: each sentence's start offset and its words.</summary>
    public static List<(int Start, List<string> Words)> Split(string text)
    {
        var sentences = new List<(int, List<string>)>();
        var words = new List<string>();
        var sentenceStart = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (IsWordChar(text[i]))
            {
                var start = i;
                while (i < text.Length && (IsWordChar(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)))
                {
                    i++;
                }

                if (sentenceStart < 0)
                {
                    sentenceStart = start;
                }

                words.Add(text[start..i]);
                continue;
            }

            if (text[i] is '.' or '!' or '?' or '…' && words.Count > 0 && EndsSentence(text, i, words[^1]))
            {
                sentences.Add((sentenceStart, words));
                words = [];
                sentenceStart = -1;
            }

            i++;
        }

        if (words.Count > 0)
        {
            sentences.Add((sentenceStart, words));
        }

        return sentences;
    }

    private static bool EndsSentence(string text, int index, string lastWord)
    {
        var next = index + 1;
        while (next < text.Length && text[next] is '.' or '!' or '?' or '…' or '"' or '\'' or ')' or ']' or '”' or '’')
        {
            next++;
        }

        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false; // "2.5", "e.g" inside a word, "example.com"
        }

        if (text[index] == '.' && index > 0 && text[index - 1] != ' ')
        {
            var abbreviation = lastWord;
            var dotted = index >= 3 && text[index - 2] == '.' ? text[(index - 3)..index] : null; // "e.g" from "e.g."
            if (Abbreviations.Contains(abbreviation) || (dotted is not null && Abbreviations.Contains(dotted)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '‑' or '.';
}
