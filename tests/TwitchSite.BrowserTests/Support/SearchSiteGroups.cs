namespace TwitchSite.BrowserTests.Support;

// The browser tests' collections. xUnit runs collections side by side (xunit.runner.json: two
// at a time, for CI's two cores) and the tests of one collection one after another. Most of a
// browser test's time is spent waiting on Chromium and the server rather than computing, so two
// at once nearly halve the run. Every collection shares one built site (SharedBuild).

/// <summary>The search tests (Search/): one collection.</summary>
[CollectionDefinition(Name)]
public sealed class SearchSiteGroup : ICollectionFixture<SearchSite>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "search site";
}

/// <summary>The reader tests (Reader/) but Lighthouse: the other collection, run beside the search tests.</summary>
[CollectionDefinition(Name)]
public sealed class ReaderPagesGroup : ICollectionFixture<SearchSite>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "reader pages";
}

/// <summary>
/// Lighthouse alone: it runs after the other collections, never beside them, since it measures a
/// page on a throttled CPU and its scores need the machine to themselves (under CI load, with the
/// axe tests beside it, performance once scored 0.94 for total blocking time).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LighthouseGroup : ICollectionFixture<SearchSite>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "lighthouse";
}
