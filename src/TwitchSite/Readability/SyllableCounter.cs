namespace TwitchSite.Readability;

/// <summary>
/// Counts the syllables of an English word with a fixed, documented rule (no dictionary), the
/// same on every machine:
/// <list type="number">
/// <item>Only the letters a–z count (lower-cased; apostrophes and accents dropped). A word with no
/// letters (a number such as "2" or "36") has 1 syllable.</item>
/// <item>Each run of vowels (a, e, i, o, u, and y when it is not the first letter) is one syllable.</item>
/// <item>A silent final "e" does not count: a word of three or more letters ending in "e" loses one
/// ("make" 1, "coffee" 2), except "-le" after a consonant ("table" 2) and "-ee"/"-ye" ("agree" 2).</item>
/// <item>A final "-es" or "-ed" that is not said as a syllable does not count: "-ed" loses one unless
/// it follows t, d or a vowel ("jumped" 1, "needed" 2, "agreed" 2); "-es" loses one unless it
/// follows s, x, z, ch, sh, g, c or a vowel ("makes" 1, "causes" 2, "watches" 2, "changes" 2) or
/// is "-les" after a consonant ("tables" 2).</item>
/// <item>Every word has at least 1 syllable.</item>
/// </list>
/// The last two rules apply only to words counted at more than one syllable. Words of three or
/// more syllables are polysyllables (SMOG). Like every rule of this kind it is sometimes off by
/// one ("recipe" 2, "anxiety" 3); it is applied the same way to every page, which is what a
/// target needs.
/// </summary>
public static class SyllableCounter
{
    // Longer "words" (a URL, a chemical name) are read up to this many letters.
    private const int MaxLetters = 64;

    // Bit n set for the n-th letter of the alphabet when it is a vowel (a, e, i, o, u).
    private const uint VowelBits = (1u << ('a' - 'a')) | (1u << ('e' - 'a')) | (1u << ('i' - 'a')) | (1u << ('o' - 'a')) | (1u << ('u' - 'a'));

    /// <summary>The syllables of <paramref name="word"/>.</summary>
    /// <remarks>
    /// One pass over the characters, keeping only the last four letters for the endings: this
    /// runs for every word of every page (millions on a large site), so it copies nothing.
    /// </remarks>
    public static int Count(ReadOnlySpan<char> word)
    {
        var tally = default(Tally);
        foreach (var c in word)
        {
            tally.Add(c);
        }

        return tally.Syllables;
    }

    /// <summary>
    /// The count of one word fed a character at a time: what <see cref="Count"/> gives for the
    /// characters added, so a reader that already goes through a word's characters (the
    /// <see cref="SentenceSplitter"/>) counts its syllables without reading it a second time.
    /// </summary>
    public struct Tally
    {
        private int _letters;
        private int _count;
        private bool _inVowels;
        private ulong _tail; // the last four letters, 16 bits each, the last in the low bits

        /// <summary>Adds the word's next character.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Add(char c)
        {
            var lower = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c);
            if (lower is < 'a' or > 'z' || _letters == MaxLetters)
            {
                return;
            }

            var vowel = IsVowel(lower) || (lower == 'y' && _letters > 0);
            if (vowel && !_inVowels)
            {
                _count++;
            }

            _inVowels = vowel;
            _tail = (_tail << 16) | lower;
            _letters++;
        }

        /// <summary>The syllables of the characters added.</summary>
        public readonly int Syllables
        {
            get
            {
                if (_letters == 0)
                {
                    return 1;
                }

                var count = _count;
                if (count > 1 && SilentEnding(_letters, (char)_tail, (char)(_tail >> 16), (char)(_tail >> 32), (char)(_tail >> 48)))
                {
                    count--;
                }

                return Math.Max(1, count);
            }
        }
    }

    /// <summary>The ending rules, on the word's letter count and its last four letters (last first).</summary>
    private static bool SilentEnding(int n, char last, char second, char third, char fourth)
    {
        if (n >= 3 && last == 'e')
        {
            if (second is 'e' or 'y')
            {
                return false; // agree, dye
            }

            return !(second == 'l' && !IsVowel(third)); // table, simple keep their "-le"
        }

        if (n >= 4 && second == 'e' && last == 'd')
        {
            return third is not ('t' or 'd') && !IsVowel(third);
        }

        if (n >= 4 && second == 'e' && last == 's')
        {
            if (third is 's' or 'x' or 'z' or 'g' or 'c' || IsVowel(third))
            {
                return false;
            }

            if (third == 'h' && fourth is 'c' or 's')
            {
                return false; // watches, wishes
            }

            return !(third == 'l' && !IsVowel(fourth)); // tables
        }

        return false;
    }

    private static bool IsVowel(char c) => (uint)(c - 'a') < 26 && ((VowelBits >> (c - 'a')) & 1) != 0;
}
