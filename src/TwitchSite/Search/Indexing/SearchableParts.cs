using System.Text;

namespace TwitchSite.Search.Indexing;

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
    private static readonly byte[][] VoidElements =
        [.. new[] { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" }.Select(Encoding.ASCII.GetBytes)];

    private static readonly byte[][] RawTextElements = [.. new[] { "script", "style", "textarea", "title", "xmp" }.Select(Encoding.ASCII.GetBytes)];

    private static readonly byte[] Doctype = "<!DOCTYPE html>"u8.ToArray();
    private static readonly byte[] BodyStart = "<body>"u8.ToArray();
    private static readonly byte[] DocumentEnd = "</body></html>"u8.ToArray();

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

    /// <summary>An element still open: where its start tag begins, where its name is, and whether it is kept.</summary>
    private readonly record struct OpenElement(int Start, int NameStart, int NameLength, bool Keep);

    /// <summary>The cut page, or null when the page should be indexed as it is.</summary>
    private static byte[]? TryCut(ReadOnlySpan<byte> html)
    {
        if (html.IndexOf(BodyAttribute) < 0)
        {
            return null;
        }

        // Kept parts never nest (nothing is kept inside a kept element), so they are found in page order.
        var kept = new List<Range>();
        var open = new List<OpenElement>();
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

            var name = html[nameStart..nameEnd];
            if (closing)
            {
                // Close the innermost element of that name (and anything left open inside it, as browsers do).
                var match = open.Count - 1;
                while (match >= 0 && !Ascii.EqualsIgnoreCase(html.Slice(open[match].NameStart, open[match].NameLength), name))
                {
                    match--;
                }

                i = tagEnd;
                if (match < 0)
                {
                    continue;
                }

                for (var k = open.Count - 1; k >= match; k--)
                {
                    if (open[k].Keep)
                    {
                        if (k != match)
                        {
                            return null; // closed by another element's end tag: not sure what Pagefind makes of it
                        }

                        inKept = false;
                        kept.Add(open[k].Start..tagEnd);
                    }
                }

                open.RemoveRange(match, open.Count - match);
                continue;
            }

            var tag = html[i..tagEnd];
            if (htmlTagStart < 0 && Ascii.EqualsIgnoreCase(name, "html"u8))
            {
                (htmlTagStart, htmlTagEnd) = (i, tagEnd);
                i = tagEnd;
                continue; // written first, as the cut page's own start tag
            }

            var carriesPagefind = CarriesPageLevelAttribute(tag);
            if (carriesPagefind && (Ascii.EqualsIgnoreCase(name, "head"u8) || Ascii.EqualsIgnoreCase(name, "body"u8)))
            {
                return null; // the whole document is what Pagefind reads
            }

            var isH1 = Ascii.EqualsIgnoreCase(name, "h1"u8);
            var isImg = Ascii.EqualsIgnoreCase(name, "img"u8);
            sawBody |= tag.IndexOf(BodyAttribute) >= 0;
            var keep = !inKept && (carriesPagefind || Ascii.EqualsIgnoreCase(name, "title"u8) || (isH1 && !sawH1) || (isImg && !sawImg));
            sawH1 |= isH1;
            sawImg |= isImg;
            if (IsOneOf(name, VoidElements) || tag[^2] == '/')
            {
                if (keep)
                {
                    kept.Add(i..tagEnd);
                }

                i = tagEnd;
                continue;
            }

            open.Add(new OpenElement(i, nameStart, nameEnd - nameStart, keep));
            inKept |= keep;
            i = tagEnd;
            if (IsOneOf(name, RawTextElements))
            {
                // Markup inside a script or style is text: jump to its end tag.
                var end = IndexOfEndTag(html[i..], name);
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

        ReadOnlySpan<byte> htmlTag = htmlTagStart >= 0 ? html[htmlTagStart..htmlTagEnd] : "<html>"u8;
        var length = Doctype.Length + htmlTag.Length + BodyStart.Length + DocumentEnd.Length;
        foreach (var range in kept)
        {
            length += range.GetOffsetAndLength(html.Length).Length + 1;
        }

        var result = new byte[length];
        var at = Append(result, 0, Doctype);
        at = Append(result, at, htmlTag);
        at = Append(result, at, BodyStart);
        foreach (var range in kept)
        {
            at = Append(result, at, html[range]);
            result[at++] = (byte)'\n';
        }

        Append(result, at, DocumentEnd);
        return result;
    }

    private static int Append(byte[] target, int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(target.AsSpan(at));
        return at + bytes.Length;
    }

    private static bool IsOneOf(ReadOnlySpan<byte> name, byte[][] names)
    {
        foreach (var candidate in names)
        {
            if (Ascii.EqualsIgnoreCase(name, candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where <c>&lt;/name</c> starts in <paramref name="text"/> (any case), or -1.</summary>
    private static int IndexOfEndTag(ReadOnlySpan<byte> text, ReadOnlySpan<byte> name)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOf("</"u8);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            if (at + 2 + name.Length <= text.Length && Ascii.EqualsIgnoreCase(text.Slice(at + 2, name.Length), name))
            {
                return at;
            }

            from = at + 2;
        }

        return -1;
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

    private static bool IsNameStart(byte c) => c is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    private static bool IsNameChar(byte c) => IsNameStart(c) || c is >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)':';
}
