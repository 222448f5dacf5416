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
        words.Clear();
        SplitCore(text, words, sentences, out _, out syllables, out polysyllables);
    }

    /// <summary>
    /// Counts without keeping the words: fills <paramref name="sentences"/> (cleared first) as
    /// <see cref="Split(ReadOnlySpan{char}, List{Range}, List{Sentence}, out int, out int)"/> does
    /// and gives the number of words, for a caller that needs only the counts and where each
    /// sentence starts (the readability figures).
    /// </summary>
    public static void Count(ReadOnlySpan<char> text, List<Sentence> sentences, out int words, out int syllables, out int polysyllables) =>
        SplitCore(text, null, sentences, out words, out syllables, out polysyllables);

    // One pass over the characters. ASCII letters and digits are told apart with two compares
    // instead of a Unicode category lookup: this loop reads every character of every page.
    private static void SplitCore(ReadOnlySpan<char> text, List<Range>? words, List<Sentence> sentences, out int wordCount, out int syllables, out int polysyllables)
    {
        syllables = polysyllables = 0;
        sentences.Clear();
        var count = 0;
        var firstWord = 0;
        var sentenceStart = -1;
        var lastWord = default(Range);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                var tally = default(SyllableCounter.Tally);
                tally.Add(c);
                i++;
                while (i < text.Length)
                {
                    c = text[i];
                    if (!IsWordChar(c) && !(IsJoiner(c) && i + 1 < text.Length && IsWordChar(text[i + 1])))
                    {
                        break;
                    }

                    tally.Add(c);
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

                lastWord = start..i;
                words?.Add(lastWord);
                count++;
                continue;
            }

            if (c is '.' or '!' or '?' or '…' && count > firstWord && EndsSentence(text, i, text[lastWord]))
            {
                sentences.Add(new Sentence(sentenceStart, firstWord, count - firstWord));
                firstWord = count;
                sentenceStart = -1;
            }

            i++;
        }

        if (count > firstWord)
        {
            sentences.Add(new Sentence(sentenceStart, firstWord, count - firstWord));
        }

        wordCount = count;
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

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') < 26 || (uint)(c - '0') < 10 : char.IsLetterOrDigit(c);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '‑' or '.';
}

/// <summary>One sentence of a split text.</summary>
/// <param name="Start">Offset in the text of its first word.</param>
/// <param name="FirstWord">Index of its first word in the split's word list.</param>
/// <param name="WordCount">How many words it has.</param>
public readonly record struct Sentence(int Start, int FirstWord, int WordCount);
