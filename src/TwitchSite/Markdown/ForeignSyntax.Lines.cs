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

    /// <summary>
    /// <paramref name="trimmed"/> without the block quote markers and list item markers it starts with,
    /// in any order (<c>&gt; * </c>, <c>1. &gt; </c>): what a block opening on the line starts with. A code
    /// fence may open on a list item's own line (<c>* ```rust</c>), and its code is code all the same.
    /// </summary>
    private static string WithoutContainerMarkers(string trimmed)
    {
        var at = 0;
        while (at < trimmed.Length)
        {
            var next = trimmed[at] == '>' ? at + 1 : ListMarkerEnd(trimmed, at);
            if (next < 0)
            {
                break;
            }

            at = next;
            while (at < trimmed.Length && trimmed[at] is ' ' or '\t')
            {
                at++;
            }
        }

        return at == 0 ? trimmed : trimmed[at..];
    }

    /// <summary>
    /// Where the list item marker at <paramref name="at"/> ends (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>,
    /// <c>1)</c>, followed by a space or tab, as CommonMark has it), or -1 when none starts there.
    /// </summary>
    private static int ListMarkerEnd(string text, int at)
    {
        var end = at;
        if (text[at] is '-' or '*' or '+')
        {
            end = at + 1;
        }
        else
        {
            while (end < text.Length && end - at < 9 && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            end = end > at && end < text.Length && text[end] is '.' or ')' ? end + 1 : -1;
        }

        return end > 0 && end < text.Length && text[end] is ' ' or '\t' ? end : -1;
    }

    /// <summary>
    /// True when <paramref name="trimmed"/> starts with a code fence; <paramref name="marker"/> gets the
    /// whole run (<c>````</c>). A run of backticks with a backtick after it on the line (<c>```x``` text</c>)
    /// is a code span, not a fence, as CommonMark reads it.
    /// </summary>
    private static bool IsFence(string trimmed, out string marker)
    {
        var length = trimmed.Length > 0 && trimmed[0] is '`' or '~' ? trimmed.AsSpan().IndexOfAnyExcept(trimmed[0]) : 0;
        length = length < 0 ? trimmed.Length : length;
        marker = length >= 3 && (trimmed[0] == '~' || trimmed.IndexOf('`', length) < 0) ? trimmed[..length] : "";
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
