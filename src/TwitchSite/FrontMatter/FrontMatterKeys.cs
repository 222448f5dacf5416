namespace TwitchSite.FrontMatter;

/// <summary>
/// Keys the front matter steps compute for each page (the keys authors write are
/// <see cref="PageKeys"/>). Computed keys start with '@' so they never clash with what a contributor writes.
/// </summary>
public static class FrontMatterKeys
{
    /// <summary><see cref="FrontMatterInfo"/>: the page's own front matter block (where it is, its YAML, its key positions); cut to what later steps read by <c>ValidateFrontMatter</c> (<see cref="FrontMatterInfo.ForRendering"/>), removed by <c>RenderMarkdown</c>, its last reader.</summary>
    public const string Info = "@front_matter";

    /// <summary><see cref="SourceOrigins"/>: where each effective metadata value was written (page or folder defaults); only the layout's is kept once the Process phase ends (<see cref="OriginsAfterProcess"/>).</summary>
    public const string Origins = "@origins";

    /// <summary><c>List&lt;Diagnostic&gt;</c>: TW0105 warnings of the page's unknown keys, reported once per key for the whole site.</summary>
    public const string UnknownKeys = "@unknown_keys";
}
