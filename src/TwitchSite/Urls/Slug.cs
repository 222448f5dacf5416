using System.Globalization;
using System.Text;

namespace TwitchSite.Urls;

/// <summary>Turns file and folder names into URL segments: lower case, words joined by '-'.</summary>
public static class Slug
{
    /// <summary>
    /// "Tips &amp; Tricks" becomes "tips-tricks"; accents are dropped ("Café" becomes
    /// "cafe"); letters of other scripts are kept; never empty.
    /// </summary>
    public static string From(string name) => From(name, keepDots: false);

    /// <summary>
    /// A file or folder name as a URL segment: like <see cref="From(string)"/>, but a dot between
    /// two letters or digits is kept, so release notes keep their version ("0.12.0" stays
    /// "0.12.0", not "0-12-0").
    /// </summary>
    public static string FromFileName(string name) => From(name, keepDots: true);

    private static string From(string name, bool keepDots)
    {
        if (IsSlug(name, keepDots))
        {
            return name; // most names already are one ("getting-started"): no copies
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (keepDots && c == '.' && !pendingDash && slug.Length > 0 && i + 1 < decomposed.Length && char.IsLetterOrDigit(decomposed[i + 1]))
            {
                slug.Append('.');
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return slug.Length == 0 ? "page" : slug.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when <see cref="From(string, bool)"/> would return <paramref name="name"/> itself: a-z and 0-9 in words joined by single dashes.</summary>
    private static bool IsSlug(string name, bool keepDots)
    {
        if (name.Length == 0 || name[0] is '-' or '.' || name[^1] is '-' or '.')
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is (< 'a' or > 'z') and (< '0' or > '9') && (c is not ('-' or '.') || (c == '.' && !keepDots) || name[i - 1] is '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
