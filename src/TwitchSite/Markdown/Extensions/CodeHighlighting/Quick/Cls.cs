namespace TwitchSite.Markdown.Extensions.CodeHighlighting.Quick;

/// <summary>The token classes (<see cref="TokenClasses.All"/>) as constants, compared by reference in <see cref="TokenWriter"/>.</summary>
internal static class Cls
{
    public const string Keyword = "hl-kw";
    public const string String = "hl-str";
    public const string Escape = "hl-esc";
    public const string Comment = "hl-com";
    public const string Number = "hl-num";
    public const string Constant = "hl-const";
    public const string Type = "hl-type";
    public const string Function = "hl-fn";
    public const string Variable = "hl-var";
    public const string Key = "hl-key";
    public const string Tag = "hl-tag";
    public const string Attribute = "hl-attr";
    public const string Heading = "hl-head";
    public const string Added = "hl-add";
    public const string Deleted = "hl-del";
    public const string Meta = "hl-meta";
    public const string Strong = "hl-strong";
    public const string Emphasis = "hl-em";
    public const string Link = "hl-link";
}
