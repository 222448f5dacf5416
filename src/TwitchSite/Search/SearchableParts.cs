using System.Text;

namespace TwitchSite.Search;

/// <summary>
/// Cuts a finished page down to the parts Pagefind reads from it, so the indexer parses a
/// fraction of each page (the site menu, header and footer of a big site are most of its bytes)
/// and still builds the same index. Kept, in page order: the <c>&lt;html&gt;</c> start tag
/// (language), the <c>&lt;title&gt;</c>, every element carrying a <c>data-pagefind-*</c>
/// attribute (the indexed body, metadata, filters, sort keys) with everything inside it, and
/// the first <c>&lt;h1&gt;</c> and <c>&lt;img&gt;</c> (Pagefind's default title and image).
/// A page with no <c>data-pagefind-body</c>, or one this scanner cannot follow, is returned
/// whole: Pagefind then sees exactly the page. Reads UTF-8 bytes; writes nothing.
/// </summary>
public static class SearchableParts
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal) { "script", "style", "textarea", "title", "xmp" };

    private static readonly byte[] BodyAttribute = "data-pagefind-body"u8.ToArray();

    // What Pagefind reads from elements outside the indexed body (data-pagefind-ignore and
    // -weight only matter inside it, where everything is kept anyway).
    private static readonly byte[][] PageLevelAttributes =
    [
        BodyAttribute, "data-pagefind-meta"u8.ToArray(), "data-pagefind-filter"u8.ToArray(),
        "data-pagefind-sort"u8.ToArray(), "data-pagefind-default-meta"u8.ToArray(),
    ];

    /// <summary>The parts of <paramref name="page"/> Pagefind reads, as a small HTML document; or <paramref name="page"/> itself.</summary>
    public static ReadOnlyMemory<byte> Of(ReadOnlyMemory<byte> page) => TryCut(page.Span) is { } cut ? cut : page;

    /// <summary>The cut page, or null when the page should be indexed as it is.</summary>
    private static byte[]? TryCut(ReadOnlySpan<byte> html)
    {
        if (html.IndexOf(BodyAttribute) < 0)
        {
            return null;
        }

        var kept = new List<Range>();
        var open = new Stack<(string Name, int Start, bool Keep)>();
        var inKept = false;
        int htmlTagEnd = -1, htmlTagStart = -1;
        bool sawH1 = false, sawImg = false, sawBody = false;
        var i = 0;
        while ((i = NextTag(html, i)) >= 0)
        {
            if (Starts(html, i, "<!--"u8))
            {
                var end = html[i..].IndexOf("-->"u8);
                if (end < 0)
                {
                    return null;
                }

                i += end + 3;
                continue;
            }

            if (html.Length > i + 1 && (html[i + 1] == '!' || html[i + 1] == '?'))
            {
                var end = html[i..].IndexOf((byte)'>');
                if (end < 0)
                {
                    return null;
                }

                i += end + 1;
                continue;
            }

            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && IsNameChar(html[nameEnd]))
            {
                nameEnd++;
            }

            var tagEnd = TagEnd(html, nameEnd);
            if (tagEnd < 0)
            {
                return null;
            }

            var name = Encoding.ASCII.GetString(html[nameStart..nameEnd]).ToLowerInvariant();
            if (closing)
            {
                // Close the innermost element of that name (and anything left open inside it, as browsers do).
                if (!open.Any(e => e.Name == name))
                {
                    i = tagEnd;
                    continue;
                }

                while (open.Count > 0)
                {
                    var element = open.Pop();
                    if (element.Keep && element.Name != name)
                    {
                        return null; // closed by another element's end tag: not sure what Pagefind makes of it
                    }

                    if (element.Keep)
                    {
                        inKept = false;
                        kept.Add(element.Start..tagEnd);
                    }

                    if (element.Name == name)
                    {
                        break;
                    }
                }

                i = tagEnd;
                continue;
            }

            var tag = html[i..tagEnd];
            if (name == "html" && htmlTagStart < 0)
            {
                (htmlTagStart, htmlTagEnd) = (i, tagEnd);
                i = tagEnd;
                continue; // written first, as the cut page's own start tag
            }

            var carriesPagefind = CarriesPageLevelAttribute(tag);
            if (carriesPagefind && name is "head" or "body")
            {
                return null; // the whole document is what Pagefind reads
            }

            sawBody |= tag.IndexOf(BodyAttribute) >= 0;
            var keep = !inKept && (carriesPagefind || name == "title" || (name == "h1" && !sawH1) || (name == "img" && !sawImg));
            sawH1 |= name == "h1";
            sawImg |= name == "img";
            var selfClosing = VoidElements.Contains(name) || tag[^2] == '/';
            if (selfClosing)
            {
                if (keep)
                {
                    kept.Add(i..tagEnd);
                }

                i = tagEnd;
                continue;
            }

            open.Push((name, i, keep));
            inKept |= keep;

            i = tagEnd;
            if (RawTextElements.Contains(name))
            {
                // Markup inside a script or style is text: jump to its end tag.
                var endTag = Encoding.ASCII.GetBytes("</" + name);
                var end = IndexOfIgnoreCase(html[i..], endTag);
                if (end < 0)
                {
                    return null;
                }

                i += end;
            }
        }

        if (inKept || !sawBody)
        {
            return null; // an indexed element never closed: let Pagefind read the page itself
        }

        var result = new MemoryStream(html.Length / 3);
        result.Write("<!DOCTYPE html>"u8);
        if (htmlTagStart >= 0)
        {
            result.Write(html[htmlTagStart..htmlTagEnd]);
        }
        else
        {
            result.Write("<html>"u8);
        }

        result.Write("<body>"u8);
        foreach (var range in kept.OrderBy(r => r.Start.Value))
        {
            result.Write(html[range]);
            result.WriteByte((byte)'\n');
        }

        result.Write("</body></html>"u8);
        return result.ToArray();
    }

    private static bool CarriesPageLevelAttribute(ReadOnlySpan<byte> tag)
    {
        foreach (var attribute in PageLevelAttributes)
        {
            if (tag.IndexOf(attribute) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int NextTag(ReadOnlySpan<byte> html, int from)
    {
        while (from < html.Length)
        {
            var lt = html[from..].IndexOf((byte)'<');
            if (lt < 0)
            {
                return -1;
            }

            var at = from + lt;
            if (at + 1 < html.Length && (IsNameStart(html[at + 1]) || html[at + 1] is (byte)'/' or (byte)'!' or (byte)'?'))
            {
                return at;
            }

            from = at + 1; // a '<' in text
        }

        return -1;
    }

    /// <summary>The index just after the tag's closing '&gt;', skipping quoted attribute values; -1 when unterminated.</summary>
    private static int TagEnd(ReadOnlySpan<byte> html, int from)
    {
        byte quote = 0;
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != 0)
            {
                if (c == quote)
                {
                    quote = 0;
                }
            }
            else if (c is (byte)'"' or (byte)'\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return j + 1;
            }
        }

        return -1;
    }

    private static bool Starts(ReadOnlySpan<byte> html, int at, ReadOnlySpan<byte> prefix) => html[at..].StartsWith(prefix);

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerNeedle)
    {
        for (var j = 0; j + lowerNeedle.Length <= text.Length; j++)
        {
            var k = 0;
            while (k < lowerNeedle.Length && (text[j + k] | 0x20) == (lowerNeedle[k] | 0x20))
            {
                k++;
            }

            if (k == lowerNeedle.Length)
            {
                return j;
            }
        }

        return -1;
    }

    private static bool IsNameStart(byte c) => c is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    private static bool IsNameChar(byte c) => IsNameStart(c) || c is >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)':';
}
