namespace TwitchSite.Readability;

/// <summary>
/// Splits a text unit into sentences of words. A sentence ends at '.', '!', '?' or '…' (and any
/// closing quotes or brackets after it) followed by a space or the end of the text, except after
/// common abbreviations ("e.g.", "i.e.", "Dr."). Whatever follows the last full stop is one more
/// sentence, so a heading or a bullet without a full stop is one sentence (the plain-language rule: headings
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

    // Words are looked up as slices of the text: a page has thousands of them, and a string each
    // was most of what the readability figures allocated.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationSlices =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Splits <paramref name="text"/>: fills <paramref name="words"/> with every word (a range of
    /// the text) and <paramref name="sentences"/> with every sentence (its start offset and its
    /// words as a slice of <paramref name="words"/>). Both lists are cleared first, so a caller
    /// can reuse them from one text to the next.
    /// </summary>
    public static void Split(ReadOnlySpan<char> text, List<Range> words, List<Sentence> sentences) =>
        Split(text, words, sentences, out _, out _);

    /// <summary>
    /// <see cref="Split(ReadOnlySpan{char}, List{Range}, List{Sentence})"/>, also adding up the
    /// words' syllables (<see cref="SyllableCounter"/>) and how many words have three or more, in
    /// the same pass over the characters.
    /// </summary>
    public static void Split(ReadOnlySpan<char> text, List<Range> words, List<Sentence> sentences, out int syllables, out int polysyllables)
    {
        syllables = polysyllables = 0;
        words.Clear();
        sentences.Clear();
        var firstWord = 0;
        var sentenceStart = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (IsWordChar(text[i]))
            {
                var start = i;
                var tally = default(SyllableCounter.Tally);
                while (i < text.Length && (IsWordChar(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)))
                {
                    tally.Add(text[i]);
                    i++;
                }

                var wordSyllables = tally.Syllables;
                syllables += wordSyllables;
                if (wordSyllables >= 3)
                {
                    polysyllables++;
                }

                if (sentenceStart < 0)
                {
                    sentenceStart = start;
                }

                words.Add(start..i);
                continue;
            }

            if (text[i] is '.' or '!' or '?' or '…' && words.Count > firstWord && EndsSentence(text, i, text[words[^1]]))
            {
                sentences.Add(new Sentence(sentenceStart, firstWord, words.Count - firstWord));
                firstWord = words.Count;
                sentenceStart = -1;
            }

            i++;
        }

        if (words.Count > firstWord)
        {
            sentences.Add(new Sentence(sentenceStart, firstWord, words.Count - firstWord));
        }
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, int index, ReadOnlySpan<char> lastWord)
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
            var dotted = index >= 3 && text[index - 2] == '.' ? text.Slice(index - 3, 3) : default; // "e.g" from "e.g."
            if (AbbreviationSlices.Contains(lastWord) || (!dotted.IsEmpty && AbbreviationSlices.Contains(dotted)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '‑' or '.';
}

/// <summary>One sentence of a split text.</summary>
/// <param name="Start">Offset in the text of its first word.</param>
/// <param name="FirstWord">Index of its first word in the split's word list.</param>
/// <param name="WordCount">How many words it has.</param>
public readonly record struct Sentence(int Start, int FirstWord, int WordCount);
