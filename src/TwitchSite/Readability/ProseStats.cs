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

    /// <summary>Computes the figures of <paramref name="units"/>.</summary>
    public static ProseStats Of(IEnumerable<TextUnit> units)
    {
        var counter = Counter.Start();
        foreach (var unit in units)
        {
            counter.Add(unit.Text, unit.Anchors);
        }

        return counter.Finish();
    }

    /// <summary>
    /// Adds up the figures of texts given one at a time, straight from the buffer they were read
    /// into: a page's text is never kept as strings. Each thread lends its counter to one count at
    /// a time (<see cref="Start"/> to <see cref="Finish"/>), page after page; a count started while
    /// another is open on the same thread gets a counter of its own.
    /// </summary>
    public sealed class Counter
    {
        [ThreadStatic]
        private static Counter? t_counter;

        private readonly List<Sentence> _sentences = [];
        private readonly List<SentenceSpan> _spans = [];
        private int _wordCount, _sentenceCount, _syllables, _polysyllables;

        private Counter()
        {
        }

        /// <summary>An empty counter: this thread's, unless it is in use.</summary>
        public static Counter Start()
        {
            var counter = t_counter ?? new Counter();
            t_counter = null;
            counter._spans.Clear();
            counter._wordCount = counter._sentenceCount = counter._syllables = counter._polysyllables = 0;
            return counter;
        }

        /// <summary>Adds one text unit: its text, and where each piece of it starts in the file.</summary>
        public void Add(ReadOnlySpan<char> text, ReadOnlySpan<(int Offset, int Line, int Column)> anchors)
        {
            // Syllables are counted as the splitter reads each word: one pass over the text.
            SentenceSplitter.Count(text, _sentences, out var words, out var syllables, out var polysyllables);
            _wordCount += words;
            _sentenceCount += _sentences.Count;
            _syllables += syllables;
            _polysyllables += polysyllables;

            foreach (var sentence in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_sentences))
            {
                var (line, column) = TextUnit.PositionOf(anchors, sentence.Start);
                _spans.Add(new SentenceSpan(line, column, sentence.WordCount));
            }
        }

        /// <summary>The figures of everything added since <see cref="Start"/>.</summary>
        public ProseStats Finish()
        {
            var stats = new ProseStats(_wordCount, _sentenceCount, _syllables, _polysyllables, _spans.ToArray());
            t_counter = this; // lent back to the thread
            return stats;
        }
    }
}

/// <summary>Where a sentence starts and how many words it has.</summary>
/// <param name="Line">File line where it starts.</param>
/// <param name="Column">File column where it starts.</param>
/// <param name="Words">Its length in words.</param>
public readonly record struct SentenceSpan(int Line, int Column, int Words);
