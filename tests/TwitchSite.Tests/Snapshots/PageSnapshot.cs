using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TwitchSite.Tests.Snapshots;

/// <summary>
/// Turns a built page into the text its snapshot holds, so a snapshot diff shows what changed
/// on that page and nothing else:
/// <list type="bullet">
/// <item>fingerprinted asset names (<c>site.3f2a9c1b07.css</c>) become <c>site.{fingerprint}.css</c>,
/// so a CSS or script edit does not rewrite every snapshot;</item>
/// <item>JSON-LD is pretty-printed (the page itself keeps it on one line);</item>
/// <item>the site header and footer, when they are the site's shared ones, become a one-line
/// note: they are in the site's one shared snapshot (<see cref="Shared"/>);</item>
/// <item>the site menu becomes an outline (item, address, state): its markup is in the shared
/// snapshot, while what this page's menu shows (open section, current page) stays here.</item>
/// </list>
/// The rest (head, breadcrumbs, the main content) is kept as built.
/// </summary>
public static partial class PageSnapshot
{
    private const string HeaderStart = "<header class=\"site-header\"";
    private const string MenuStart = "<nav class=\"site-nav\"";
    private const string FooterStart = "<footer class=\"site-footer\"";

    /// <summary>The snapshot text of <paramref name="html"/>, with chrome equal to <paramref name="sharedFrom"/>'s (a page of the same site) left out.</summary>
    public static string Page(string html, string sharedFrom)
    {
        var page = Normalize(html);
        var shared = Normalize(sharedFrom);
        foreach (var (start, end, name) in new[] { (HeaderStart, "</header>", "site header"), (FooterStart, "</footer>", "site footer") })
        {
            if (Find(page, start, end) is { } own && Find(shared, start, end) is { } common && page.AsSpan(own.Start, own.Length).SequenceEqual(shared.AsSpan(common.Start, common.Length)))
            {
                page = string.Concat(page.AsSpan(0, own.Start), $"<!-- {name}: as in the site's shared snapshot -->", page.AsSpan(own.Start + own.Length));
            }
        }

        if (Find(page, MenuStart, "</nav>") is { } menu)
        {
            var outline = MenuOutline(page.Substring(menu.Start, menu.Length));
            page = page[..menu.Start] + "<!-- site menu: markup as in the site's shared snapshot; on this page it shows:\n" + outline + "-->" + page[(menu.Start + menu.Length)..];
        }

        return page;
    }

    /// <summary>The site's shared snapshot: the header, menu and footer of <paramref name="html"/> (its home page), as built but for fingerprints.</summary>
    public static string Shared(string html)
    {
        var page = Normalize(html);
        var text = new StringBuilder();
        foreach (var (start, end) in new[] { (HeaderStart, "</header>"), (MenuStart, "</nav>"), (FooterStart, "</footer>") })
        {
            if (Find(page, start, end) is { } part)
            {
                text.Append(page, part.Start, part.Length).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Fingerprints as a placeholder and JSON-LD pretty-printed.</summary>
    public static string Normalize(string html)
    {
        html = Fingerprint().Replace(html, ".{fingerprint}.$1");
        return JsonLd().Replace(html, match =>
        {
            var json = JsonNode.Parse(match.Groups["json"].Value)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            return match.Groups["open"].Value + "\n" + json + "\n" + match.Groups["close"].Value;
        });
    }

    private static (int Start, int Length)? Find(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        var to = from < 0 ? -1 : html.IndexOf(end, from, StringComparison.Ordinal);
        return to < 0 ? null : (from, to + end.Length - from);
    }

    // One line per menu item, indented by level: its text, address and state.
    private static string MenuOutline(string menu)
    {
        var document = new HtmlParser().ParseDocument("<body>" + menu + "</body>");
        var text = new StringBuilder();
        foreach (var item in document.QuerySelectorAll("li"))
        {
            var depth = item.Ancestors<IHtmlListItemElement>().Count();
            var link = item.Children.FirstOrDefault(c => c.LocalName == "a");
            text.Append(' ', 2 + (2 * depth)).Append("- ").Append(link?.TextContent.Trim() ?? item.TextContent.Trim());
            if (link?.GetAttribute("href") is { } href)
            {
                text.Append(" <").Append(href).Append('>');
            }

            if (item.GetAttribute("class") is { Length: > 0 } classes)
            {
                text.Append(" [").Append(classes).Append(']');
            }

            if (link?.GetAttribute("aria-current") is { } current)
            {
                text.Append(" [aria-current=").Append(current).Append(']');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    // The 10 hex digits FingerprintAssets puts before an asset's extension.
    [GeneratedRegex(@"\.[0-9a-f]{10}\.(css|js|mjs|svg|png|jpe?g|gif|webp|avif|ico|woff2?|json|xml)\b")]
    private static partial Regex Fingerprint();

    [GeneratedRegex(@"(?<open><script type=""application/ld\+json"">)(?<json>.*?)(?<close></script>)", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
