namespace TwitchSite.BrowserTests.Support;

// The browser tests' collections. xUnit runs collections side by side and the tests of one
// collection one after another, so the two parallel collections below are at most two tests at
// once (CI has two cores). Most of a browser test's time is spent waiting on Chromium and the
// server rather than computing, so two at once overlap that waiting. Both share one built site
// (SharedBuild). xunit.runner.json sets maxParallelThreads to -1: with a limit, xUnit runs async
// code on its own threads, and SiteBuilder.Build blocks on rendering; two fixtures building at
// once (one per collection) could then take both threads and wait on each other.

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
/// axe tests beside it, performance once scored 0.94 for total blocking time). It builds the site for its own address, so it takes no <see cref="SearchSite"/> (the shared
/// build is closed by then).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LighthouseGroup
{
    /// <summary>The collection's name.</summary>
    public const string Name = "lighthouse";
}
