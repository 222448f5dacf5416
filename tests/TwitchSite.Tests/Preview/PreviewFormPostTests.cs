using System.Net;
using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Preview;

/// <summary>The feedback form tried in the live preview: posted like Netlify takes it, answered with the thank-you page, shown in the terminal.</summary>
public sealed class PreviewFormPostTests
{
    private const string Site = """
        -- input/_site.yml --
        title: Preview Fixture
        -- input/index.md --
        ---
        title: Home
        ---
        Hello.
        -- input/feedback/thanks.md --
        ---
        title: Thank you for your feedback
        layout: feedback-thanks
        nav_exclude: true
        ---
        We read every answer.
        """;

    [Fact]
    public async Task Given_the_feedback_form_When_posted_to_the_preview_Then_the_thank_you_page_answers_and_the_terminal_shows_the_fields()
    {
        await using var preview = await PreviewHarness.StartAsync(Site);
        var home = new HtmlParser().ParseDocument(await preview.Client.GetStringAsync("/"));
        var form = home.QuerySelector("form[name='feedback']")!;
        var fields = form.QuerySelectorAll("input[type='hidden']").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["useful"] = "no";
        fields["comment"] = "Too long.\nSay it plainly.";
        fields["bot-field"] = "";

        using var response = await preview.Client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var thanks = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Thank you for your feedback", thanks.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(thanks.QuerySelector("form[name='feedback']"));
        var terminal = preview.Terminal.ToString();
        Assert.Contains("Form 'feedback' posted to /feedback/thanks/ (not stored: preview only)", terminal, StringComparison.Ordinal);
        Assert.Contains("  useful: no", terminal, StringComparison.Ordinal);
        Assert.Contains("  comment: Too long.\\nSay it plainly.", terminal, StringComparison.Ordinal);
        Assert.Contains("  page: /", terminal, StringComparison.Ordinal);
        Assert.Contains("  page-title: Home", terminal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_post_that_fills_the_honeypot_When_posted_Then_it_is_answered_alike_and_marked_as_spam()
    {
        await using var preview = await PreviewHarness.StartAsync(Site);

        using var response = await preview.Client.PostAsync("/feedback/thanks/", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["form-name"] = "feedback",
            ["bot-field"] = "http://spam.example",
            ["useful"] = "yes",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("(honeypot filled: Netlify would drop it as spam)", preview.Terminal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_post_that_is_not_a_form_When_sent_Then_the_preview_still_refuses_it()
    {
        await using var preview = await PreviewHarness.StartAsync(Site);

        using var response = await preview.Client.PostAsync("/feedback/thanks/", new FormUrlEncodedContent(new Dictionary<string, string> { ["useful"] = "yes" }));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
