using AngleSharp.Html.Parser;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Front matter keys in another case: a docs folder written for another tool (curl's 530 man pages
/// say <c>Title: curl_easy_cleanup</c>) gets its known keys read in any case, as Hugo reads them; a
/// site that declares its own schema (<c>required_front_matter</c>, as this repository's site does)
/// keeps each key's one spelling.
/// </summary>
public sealed class FrontMatterKeyCaseTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Given_a_foreign_docs_folder_with_capitalised_keys_When_built_Then_Title_is_the_pages_title()
    {
        using var site = FixtureSite.Create("""
            -- input/README.md --
            # Docs
            -- input/curl_easy_cleanup.md --
            ---
            Title: curl_easy_cleanup
            Section: 3
            ---

            # NAME

            curl_easy_cleanup - free an easy handle
            """);

        var outcome = site.Build();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var page = Parser.ParseDocument(site.ReadOutput("curl-easy-cleanup/index.html"));
        Assert.StartsWith("curl_easy_cleanup", page.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0105" && d.Message.Contains("'Title'", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_site_with_its_own_schema_When_a_key_is_capitalised_Then_it_stays_unknown_as_before()
    {
        using var site = FixtureSite.Create("""
            -- input/_site.yml --
            required_front_matter: [title]
            -- input/index.md --
            ---
            title: Home
            Order: 2
            ---
            Text.
            """);

        var outcome = site.Build();

        var unknown = Assert.Single(outcome.Diagnostics, d => d.Code == "TW0105");
        Assert.Contains("'Order'", unknown.Message, StringComparison.Ordinal);
    }
}
