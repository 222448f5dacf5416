using System.Globalization;
using System.Text;

namespace TwitchSite.Urls;

/// <summary>Turns file and folder names into URL segments: lower case, words joined by '-'.</summary>
public static class Slug
{
    /// <summary>
    /// "Caffeine &amp; Stimulants" becomes "caffeine-stimulants"; accents are dropped ("Café" becomes
    /// "cafe"); letters of other scripts are kept; never empty.
    /// </summary>
    public static string From(string name)
    {
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
}
