using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>Text from front matter, data and settings reaches HTML escaped, wherever a layout prints it.</summary>
public sealed class InjectionTests
{
    private const string Payload = "<script>alert(1)</script>\\\" onmouseover=\\\"x";

    [Fact]
    public void Given_markup_in_front_matter_When_built_Then_it_is_text_not_elements()
    {
        using var site = FixtureSite.Create($$"""
            -- input/_site.yml --
            title: "Site {{Payload}}"
            -- input/_data/glossary.yml --
            - term: "Term {{Payload}}"
              definition: "Definition {{Payload}}"
              aliases: ["Alias {{Payload}}"]
            -- input/index.md --
            ---
            title: "Home {{Payload}}"
            description: "Description {{Payload}}"
            nav_title: "Nav {{Payload}}"
            ---
            Body.
            -- input/guide/_directory.yml --
            layout: topic
            -- input/guide/page.md --
            ---
            title: "Topic {{Payload}}"
            description: "Topic description {{Payload}}"
            last_reviewed: 2026-11-01
            next_review: 2027-11-01
            reviewed_by: "Reviewer {{Payload}}"
            sources:
              - title: "Source {{Payload}}"
                url: "https://example.org/?q=\"><script>alert(2)</script>"
                accessed: 2026-11-01
            ---
            Body.
            -- input/glossary.md --
            ---
            title: Glossary
            layout: glossary
            ---
            Terms.
            """);

        var outcome = site.Build();
        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));

        foreach (var file in new[] { "index.html", "guide/page/index.html", "glossary/index.html" })
        {
            var html = site.ReadOutput(file);
            var page = new HtmlParser().ParseDocument(html);
            // Only the theme's own scripts, loaded from files: nothing from front matter became a script.
            Assert.All(page.QuerySelectorAll("script"), script => Assert.StartsWith("/assets/js/", script.GetAttribute("src") ?? "", StringComparison.Ordinal));
            Assert.Empty(page.QuerySelectorAll("[onmouseover]"));
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        }

        var topic = new HtmlParser().ParseDocument(site.ReadOutput("guide/page/index.html"));
        Assert.Contains("Topic <script>alert(1)</script>", topic.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://example.org/?q=\"><script>alert(2)</script>", topic.QuerySelector(".sources a")!.GetAttribute("href"));
    }
}
