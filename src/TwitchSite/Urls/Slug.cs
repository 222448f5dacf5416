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
    public static string From(string name)
    {
        if (IsSlug(name))
        {
            return name; // most names already are one ("getting-started"): no copies
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
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

    /// <summary>True when <see cref="From"/> would return <paramref name="name"/> itself: a-z and 0-9 in words joined by single dashes.</summary>
    private static bool IsSlug(string name)
    {
        if (name.Length == 0 || name[0] == '-' || name[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is (< 'a' or > 'z') and (< '0' or > '9') && (c != '-' || name[i - 1] == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
