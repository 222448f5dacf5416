using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Validation;

/// <summary>
/// Diagnostics reported after the markdown step point where they did while pages held their whole
/// front matter record, their links as objects and their origins as a dictionary (issue #19 cut
/// what a page holds between its markdown and the layouts): each at its file, line and column.
/// </summary>
public sealed class PositionsAfterMarkdownTests
{
    private static readonly string Site = $$"""
        -- input/_site.yml --
        title: Positions
        required_by_layout:
          topic: [last_reviewed, next_review, sources]
        content_checks:
          layouts: [topic]
          max_description_length: 160
          review_dates: true
        -- input/topics/_directory.yml --
        layout: topic
        last_reviewed: 2026-01-10
        next_review: 2026-11-01
        -- input/topics/a.md --
        ---
        title: A page
        order: 2
        tags: [a, b]
        description: {{new string('x', 161)}}
        sources:
          - title: NHS
            url: https://www.nhs.uk/
            accessed: 2026-01-10
        ---
        # A page

        Fine words, see [missing](missing.md) and [a heading](b.md#nowhere).

        And <a href="b.md#no-such">raw HTML</a>, [this page](#not-here) and [a footnote][^1].

        [^1]: A note.
        -- input/topics/b.md --
        ---
        title: B page
        description: Short.
        sources:
          - title: NHS
            url: https://www.nhs.uk/
            accessed: 2026-01-10
        ---
        ## Somewhere
        """;

    [Fact]
    public void Given_a_page_with_folder_defaults_own_keys_and_broken_links_When_built_Then_each_finding_is_at_its_file_line_and_column()
    {
        using var site = FixtureSite.Create(Site);

        var headers = site.Headers(site.Build());

        // The same list, line for line, as the build gave before those cuts (main at 2d83b48).

        Assert.Equal(
            string.Join("\n", [
                "input/topics/_directory.yml:3:14: warning TW0705: next_review 2026-11-01 has passed (today is 2026-12-01): the page is due for review",
                "input/topics/a.md:13:17: error TW0301: link to 'missing.md': no such page",
                "input/topics/a.md:13:43: error TW0302: link to 'b.md#nowhere': no heading 'nowhere' on 'topics/b.md'",
                "input/topics/a.md:15:42: error TW0302: link to '#not-here': no heading 'not-here' on this page",
                "input/topics/a.md:15:8: error TW0302: link to 'b.md#no-such': no heading 'no-such' on 'topics/b.md'",
                "input/topics/a.md:5:14: warning TW0707: description is 161 characters; at most 160",
            ]),
            string.Join("\n", headers.Order(StringComparer.Ordinal)));
    }
}
