using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using TwitchSite.Markdown;

namespace TwitchSite.Content.Rendering;

/// <summary>
/// The ids Markdig gives a page's footnotes (<c>fn:1</c>, and <c>fnref:1</c> for the first place
/// that cites it) by the names kramdown gives them (<c>fn:name</c>, <c>fnref:name</c>, from
/// <c>[^name]</c>; Markdig keeps the label with its <c>^</c>), which Jekyll docs link to. Read from the parsed page
/// (in its single walk); numbers stay numbers.
/// </summary>
public sealed class FootnoteIds : ISyntaxVisitor
{
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);

    /// <summary>The footnotes of <paramref name="syntax"/>, in a walk of its own; null when it has none (most pages).</summary>
    public static FootnoteIds? Of(MarkdownDocument syntax)
    {
        var ids = new FootnoteIds();
        SyntaxWalker.Visit(syntax, [ids]);
        return ids.Found;
    }

    /// <summary>These ids, or null when the walk showed no named footnote.</summary>
    public FootnoteIds? Found => _byName.Count > 0 ? this : null;

    /// <inheritdoc />
    public void Visit(MarkdownObject node)
    {
        switch (node)
        {
            case Footnote { Label: { Length: > 0 } label, Order: > 0 } footnote:
                _byName.TryAdd("fn:" + label.TrimStart('^'), "fn:" + footnote.Order.ToString(CultureInfo.InvariantCulture));
                break;
            case Markdig.Extensions.Footnotes.FootnoteLink { IsBackLink: false, Footnote.Label: { Length: > 0 } cited } link:
                _byName.TryAdd("fnref:" + cited.TrimStart('^'), "fnref:" + link.Index.ToString(CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>Markdig's id for the kramdown-style <paramref name="fragment"/> (<c>fn:name</c>), or null when it is not one (or is already Markdig's).</summary>
    public string? IdOf(string fragment) =>
        _byName.TryGetValue(fragment, out var id) && id != fragment ? id : null;
}
