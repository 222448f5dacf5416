using System.Collections.Concurrent;
using TwitchSite.Preview;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Preview;

/// <summary>What the preview's watcher counts as a change to the site.</summary>
public sealed class SourceWatcherTests
{
    [Fact]
    public async Task Given_npm_writing_into_node_modules_and_an_editor_saving_a_layout_When_watched_Then_only_the_layout_is_a_change()
    {
        using var site = FixtureSite.Create("""
            -- theme/layouts/page.liquid --
            {{ content }}
            """);
        var batches = new ConcurrentQueue<IReadOnlyCollection<string>>();
        var layoutReported = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new SourceWatcher([site.Theme], TimeSpan.FromMilliseconds(20), (changed, _) =>
        {
            batches.Enqueue(changed);
            if (changed.Any(p => p.EndsWith("page.liquid", StringComparison.Ordinal)))
            {
                layoutReported.TrySetResult();
            }
        });

        site.Write("theme/node_modules/@pagefind/linux-x64/package.json", "{}");
        site.Write("theme/node_modules/.package-lock.json", "{}");
        site.Write("theme/layouts/page.liquid", "<main>{{ content }}</main>");

        // One watcher reports its events in the order they happened, and the filter drops a path
        // before it joins a batch: so once the later layout save (the sentinel) has been handed
        // over, any node_modules event, being earlier, would have been handed over with it or
        // before it. No fixed wait: the test waits for that event, with a generous limit.
        await layoutReported.Task.WaitAsync(PreviewHarness.Patience);

        Assert.All(batches.SelectMany(b => b), p => Assert.Equal(Path.Combine(site.Theme, "layouts", "page.liquid"), p));
    }
}
