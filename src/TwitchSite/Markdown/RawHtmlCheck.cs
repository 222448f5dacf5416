using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Markdown;

/// <summary>
/// Finds the parts of raw HTML, and of link and image URLs, that run script or pull other
/// sites into a page: <c>&lt;script&gt;</c>, frames and plug-ins (<c>iframe</c>, <c>object</c>,
/// <c>embed</c>...), <c>&lt;base&gt;</c>, <c>on*</c> event handlers, <c>&lt;meta http-equiv="refresh"&gt;</c>,
/// and <c>javascript:</c>, <c>vbscript:</c> and <c>data:</c> URLs. HTML is read with AngleSharp's
/// tokenizer (the same rules a browser uses, entities decoded), never with patterns. Reads the
/// text it is given; positions are 1-based lines and columns within that text.
/// </summary>
public static class RawHtmlCheck
{
    private static readonly HashSet<string> Embedding = new(StringComparer.OrdinalIgnoreCase) { "iframe", "frame", "frameset", "object", "embed", "applet" };

    // Attributes browsers treat as URLs (to follow, load or submit to).
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "srcset", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "ping", "lowsrc", "dynsrc", "codebase", "longdesc", "manifest",
    };

    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>Every dangerous part of <paramref name="html"/>, in order.</summary>
    public static IEnumerable<RawHtmlFinding> InHtml(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken tag)
            {
                continue;
            }

            var name = tag.Name.ToLowerInvariant();
            if (name == "script")
            {
                yield return Finding(Codes.ScriptRefused, tag.Position);
            }
            else if (Embedding.Contains(name))
            {
                yield return Finding(Codes.EmbeddingRefused, tag.Position, name);
            }
            else if (name == "base")
            {
                yield return Finding(Codes.BaseRefused, tag.Position);
            }
            else if (name == "meta" && string.Equals(tag.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase))
            {
                yield return Finding(Codes.MetaRefreshRefused, tag.Position);
            }

            foreach (var attribute in tag.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return Finding(Codes.EventHandlerRefused, attribute.Position, attribute.Name, name);
                }
                else if (UrlAttributes.Contains(attribute.Name) && DangerousScheme(attribute.Value) is { } scheme)
                {
                    yield return Finding(Codes.DangerousUrlInAttribute, attribute.Position, scheme, attribute.Name, name);
                }
            }
        }
    }

    /// <summary>The error (without location) for a markdown link or image whose URL is dangerous, or null.</summary>
    /// <param name="url">The URL as written (entities already decoded by Markdig).</param>
    /// <param name="isImage">True for an image.</param>
    public static Diagnostic? InUrl(string? url, bool isImage) =>
        DangerousScheme(url) is { } scheme ? Codes.DangerousUrl.Create(null, scheme, isImage ? "an image" : "a link") : null;

    /// <summary>The dangerous scheme <paramref name="url"/> starts with ("javascript:"), or null.</summary>
    /// <remarks>Browsers ignore leading spaces and control characters and every tab or line break in a URL, so "java&#9;script:" is javascript: too.</remarks>
    public static string? DangerousScheme(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        Span<char> start = stackalloc char[16];
        var length = 0;
        foreach (var c in url)
        {
            if (c is '\t' or '\n' or '\r' || (length == 0 && c <= ' '))
            {
                continue;
            }

            start[length++] = char.ToLowerInvariant(c);
            if (c == ':' || length == start.Length)
            {
                break;
            }
        }

        var written = start[..length];
        foreach (var scheme in DangerousSchemes)
        {
            if (written.SequenceEqual(scheme))
            {
                return scheme;
            }
        }

        return null;
    }

    private static RawHtmlFinding Finding(DiagnosticDescriptor descriptor, TextPosition position, params object?[] args) =>
        new(descriptor.Create(null, args), position.Line, position.Column);
}

/// <summary>One dangerous part of raw HTML.</summary>
/// <param name="Diagnostic">TW0220 (element or handler) or TW0221 (URL), without location: the caller knows where the HTML sits in the page.</param>
/// <param name="Line">1-based line within the HTML text.</param>
/// <param name="Column">1-based column within that line.</param>
public sealed record RawHtmlFinding(Diagnostic Diagnostic, int Line, int Column);
