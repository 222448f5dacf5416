namespace TwitchSite.FrontMatter;

/// <summary>The type a front matter key must have.</summary>
public enum FieldKind
{
    /// <summary>A single line of text.</summary>
    Text,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A number, whole or not (Just the Docs writes <c>nav_order: 4.5</c>): whole numbers are kept as int, others as double.</summary>
    Number,

    /// <summary>An ISO date, YYYY-MM-DD.</summary>
    Date,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A list of texts (a single text is taken as a list of one).</summary>
    TextList,

    /// <summary>A list of {title, url, accessed}.</summary>
    Sources,
}
