namespace TwitchSite.Readability;

/// <summary>
/// Counts the syllables of an English word with a fixed, documented rule (no dictionary), the
/// same on every machine:
/// <list type="number">
/// <item>Only the letters a–z count (lower-cased; apostrophes and accents dropped). A word with no
/// letters (a number such as "2" or "36") has 1 syllable.</item>
/// <item>Each run of vowels (a, e, i, o, u, and y when it is not the first letter) is one syllable.</item>
/// <item>A silent final "e" does not count: a word of three or more letters ending in "e" loses one
/// ("make" 1, "caffeine" 2), except "-le" after a consonant ("muscle" 2) and "-ee"/"-ye" ("agree" 2).</item>
/// <item>A final "-es" or "-ed" that is not said as a syllable does not count: "-ed" loses one unless
/// it follows t, d or a vowel ("twitched" 1, "needed" 2, "agreed" 2); "-es" loses one unless it
/// follows s, x, z, ch, sh, g, c or a vowel ("makes" 1, "causes" 2, "twitches" 2, "changes" 2) or
/// is "-les" after a consonant ("muscles" 2).</item>
/// <item>Every word has at least 1 syllable.</item>
/// </list>
/// The last two rules apply only to words counted at more than one syllable. Words of three or
/// more syllables are polysyllables (SMOG). Like every rule of this kind it is sometimes off by
/// one ("recipe" 2, "anxiety" 3); it is applied the same way to every page, which is what a
/// target needs.
/// </summary>
public static class SyllableCounter
{
    /// <summary>The syllables of <paramref name="word"/>.</summary>
    public static int Count(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 64)];
        var length = 0;
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' && length < buffer.Length)
            {
                buffer[length++] = lower;
            }
        }

        if (length == 0)
        {
            return 1;
        }

        var letters = buffer[..length];
        var count = 0;
        var inVowels = false;
        for (var i = 0; i < letters.Length; i++)
        {
            var vowel = IsVowel(letters[i]) || (letters[i] == 'y' && i > 0);
            if (vowel && !inVowels)
            {
                count++;
            }

            inVowels = vowel;
        }

        if (count > 1 && SilentEnding(letters))
        {
            count--;
        }

        return Math.Max(1, count);
    }

    private static bool SilentEnding(ReadOnlySpan<char> w)
    {
        var n = w.Length;
        if (n >= 3 && w[n - 1] == 'e')
        {
            var before = w[n - 2];
            if (before is 'e' or 'y')
            {
                return false; // agree, dye
            }

            return !(before == 'l' && !IsVowel(w[n - 3])); // muscle, simple keep their "-le"
        }

        if (n >= 4 && w[n - 2] == 'e' && w[n - 1] == 'd')
        {
            return w[n - 3] is not ('t' or 'd') && !IsVowel(w[n - 3]);
        }

        if (n >= 4 && w[n - 2] == 'e' && w[n - 1] == 's')
        {
            var before = w[n - 3];
            if (before is 's' or 'x' or 'z' or 'g' or 'c' || IsVowel(before))
            {
                return false;
            }

            if (before == 'h' && w[n - 4] is 'c' or 's')
            {
                return false; // twitches, wishes
            }

            return !(before == 'l' && !IsVowel(w[n - 4])); // muscles
        }

        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
