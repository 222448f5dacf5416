namespace TwitchSite.Readability;

/// <summary>
/// The readability figures of one page, computed from its visible text (see
/// <see cref="ProseExtractor"/>, <see cref="SentenceSplitter"/>, <see cref="SyllableCounter"/>):
/// counts, the two grades, and where each sentence starts and how long it is.
/// </summary>
/// <param name="Words">Words.</param>
/// <param name="Sentences">Sentences, headings and bullets included.</param>
/// <param name="Syllables">Syllables of all words.</param>
/// <param name="Polysyllables">Words of three or more syllables.</param>
/// <param name="SentenceSpans">Every sentence: file line, column and word count.</param>
public sealed record ProseStats(int Words, int Sentences, int Syllables, int Polysyllables, IReadOnlyList<SentenceSpan> SentenceSpans)
{
    /// <summary>No text at all.</summary>
    public static ProseStats Empty { get; } = new(0, 0, 0, 0, []);

    /// <summary>Sentences of more than <paramref name="maxWords"/> words.</summary>
    public IEnumerable<SentenceSpan> LongerThan(int maxWords) => SentenceSpans.Where(s => s.Words > maxWords);

    /// <summary>
    /// Flesch-Kincaid grade level: 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59;
    /// null for a page without words.
    /// </summary>
    public double? Grade => Words == 0 || Sentences == 0 ? null : (0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59;

    /// <summary>SMOG grade: 1.0430 × √(polysyllables × 30 ÷ sentences) + 3.1291; null for a page without sentences.</summary>
    public double? Smog => Sentences == 0 ? null : (1.0430 * Math.Sqrt(Polysyllables * 30.0 / Sentences)) + 3.1291;

    // The splitter's lists, reused from text to text on each thread.
    [ThreadStatic]
    private static List<Range>? t_words;
    [ThreadStatic]
    private static List<Sentence>? t_sentences;

    /// <summary>Computes the figures of <paramref name="units"/>.</summary>
    public static ProseStats Of(IEnumerable<TextUnit> units)
    {
        int words = 0, sentences = 0, syllables = 0, polysyllables = 0;
        var spans = new List<SentenceSpan>();
        var unitWords = t_words ??= [];
        var unitSentences = t_sentences ??= [];
        foreach (var unit in units)
        {
            SentenceSplitter.Split(unit.Text, unitWords, unitSentences);
            words += unitWords.Count;
            sentences += unitSentences.Count;
            foreach (var word in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(unitWords))
            {
                var count = SyllableCounter.Count(unit.Text.AsSpan()[word]);
                syllables += count;
                if (count >= 3)
                {
                    polysyllables++;
                }
            }

            foreach (var sentence in unitSentences)
            {
                var (line, column) = unit.PositionOf(sentence.Start);
                spans.Add(new SentenceSpan(line, column, sentence.WordCount));
            }
        }

        return new ProseStats(words, sentences, syllables, polysyllables, spans);
    }
}

/// <summary>Where a sentence starts and how many words it has.</summary>
/// <param name="Line">File line where it starts.</param>
/// <param name="Column">File column where it starts.</param>
/// <param name="Words">Its length in words.</param>
public readonly record struct SentenceSpan(int Line, int Column, int Words);
