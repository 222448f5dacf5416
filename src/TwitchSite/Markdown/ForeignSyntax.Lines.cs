namespace TwitchSite.Markdown;

// Reading a line: the quote markers it starts with and the code fences that open and close, so code stays untouched.
public static partial class ForeignSyntax
{
    /// <summary><paramref name="trimmed"/> without the block quote markers it starts with.</summary>
    private static string Unquoted(string trimmed)
    {
        var at = 0;
        while (at < trimmed.Length && trimmed[at] == '>')
        {
            at++;
            while (at < trimmed.Length && trimmed[at] is ' ' or '\t')
            {
                at++;
            }
        }

        return at == 0 ? trimmed : trimmed[at..];
    }

    /// <summary>True when <paramref name="trimmed"/> starts with a code fence; <paramref name="marker"/> gets the whole run (<c>````</c>).</summary>
    private static bool IsFence(string trimmed, out string marker)
    {
        var length = trimmed.Length > 0 && trimmed[0] is '`' or '~' ? trimmed.AsSpan().IndexOfAnyExcept(trimmed[0]) : 0;
        length = length < 0 ? trimmed.Length : length;
        marker = length >= 3 ? trimmed[..length] : "";
        return marker.Length > 0;
    }

    /// <summary>
    /// Opens or closes <paramref name="fence"/> as CommonMark does: a fence closes only with a run of
    /// the same character at least as long and nothing after it, so a <c>````</c> block may hold
    /// <c>```</c> blocks (MyST nests directives this way).
    /// </summary>
    private static void UpdateFence(string trimmed, ref string? fence)
    {
        if (!IsFence(trimmed, out var marker))
        {
            return;
        }

        if (fence is null)
        {
            fence = marker;
        }
        else if (marker[0] == fence[0] && marker.Length >= fence.Length && trimmed.TrimEnd().Length == marker.Length)
        {
            fence = null;
        }
    }
}
