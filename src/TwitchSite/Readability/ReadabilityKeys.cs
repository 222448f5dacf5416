namespace TwitchSite.Readability;

/// <summary>Keys of readability figures computed for each page.</summary>
public static class ReadabilityKeys
{
    /// <summary><see cref="ProseStats"/>: readability figures of the page's visible text.</summary>
    public const string Prose = "@prose";
}
