namespace TwitchSite.BrowserTests.Support;

/// <summary>Every browser test class shares one <see cref="SearchSite"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SearchSiteGroup : ICollectionFixture<SearchSite>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "search site";
}
