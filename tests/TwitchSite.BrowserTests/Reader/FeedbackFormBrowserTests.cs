using Microsoft.Playwright;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Reader;

/// <summary>The "Is this page useful?" form as a reader uses it: without JavaScript, under the published CSP.</summary>
[Collection(ReaderPagesGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class FeedbackFormBrowserTests(SearchSite site)
{
    private const string Topic = "/causes/caffeine-and-stimulants/";

    [Fact]
    public async Task A_reader_without_JavaScript_answers_and_comments_and_lands_on_the_thank_you_page()
    {
        var page = await site.NewPageAsync(375, javaScript: false);
        await page.GotoAsync(site.Server.Url(Topic));
        var form = page.GetByRole(AriaRole.Group, new() { Name = "Is this page useful?" });

        await form.GetByRole(AriaRole.Radio, new() { Name = "No" }).CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "How could we make this page better? (optional)" }).FillAsync("Say how much coffee is too much.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();

        await page.WaitForURLAsync(site.Server.Url("/feedback/thanks/"), new() { WaitUntil = WaitUntilState.Commit }); // the heading is waited for below
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you for your feedback");
        var sent = site.Server.Submissions.Last(s => s.Fields.GetValueOrDefault("comment") == "Say how much coffee is too much.");
        Assert.Equal("/feedback/thanks/", sent.Path);
        Assert.Equal(("feedback", "no", Topic, ""), (sent.Fields["form-name"], sent.Fields["useful"], sent.Fields["page"], sent.Fields["bot-field"]));
    }

    [Fact]
    public async Task The_honeypot_is_neither_seen_nor_reached_by_keyboard_nor_announced()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Server.Url(Topic));

        Assert.Equal(0, await page.GetByRole(AriaRole.Textbox, new() { Name = "Leave this field empty" }).CountAsync());
        // Its box is clipped to one pixel, so nothing of it shows.
        var box = await page.Locator("#feedback-bot-field").Locator("..").BoundingBoxAsync();
        Assert.True(box is null || (box.Width <= 1 && box.Height <= 1), $"the honeypot's box is {box?.Width} by {box?.Height}");

        // Tab through the whole page: the comment box is reached, the honeypot never.
        var reached = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 200 && !reached.Contains("feedback-submit"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("document.activeElement.id || document.activeElement.className"));
        }

        Assert.Contains("feedback-comment", reached);
        Assert.Contains("feedback-submit", reached);
        Assert.DoesNotContain("feedback-bot-field", reached);
    }
}
