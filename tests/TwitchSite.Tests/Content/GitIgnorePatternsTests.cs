using TwitchSite.Content;

namespace TwitchSite.Tests.Content;

/// <summary>The gitignore pattern format MkDocs' <c>exclude_docs</c> is written in, one rule at a time.</summary>
public sealed class GitIgnorePatternsTests
{
    [Theory]
    [InlineData("*.py", "hooks.py", true)]
    [InlineData("*.py", "img/plugin-events.py", true)]
    [InlineData("*.py", "img/py.md", false)]
    [InlineData("/requirements.txt", "requirements.txt", true)]
    [InlineData("/requirements.txt", "sub/requirements.txt", false)]
    [InlineData("api-config.json", "a/b/api-config.json", true)]
    [InlineData("drafts/", "drafts/idea.md", true)]
    [InlineData("drafts/", "drafts.md", false)]
    [InlineData("docs/*.md", "docs/a.md", true)]
    [InlineData("docs/*.md", "docs/sub/a.md", false)]
    [InlineData("docs/*.md", "x/docs/a.md", false)]
    [InlineData("**/build", "a/b/build/x.txt", true)]
    [InlineData("a/**/b.md", "a/b.md", true)]
    [InlineData("a/**/b.md", "a/x/y/b.md", true)]
    [InlineData("a/**", "a/x/y.md", true)]
    [InlineData(".*", ".hidden/x.md", true)]
    [InlineData(".*", "a/.env", true)]
    [InlineData("file?.md", "file1.md", true)]
    [InlineData("file[!0-9].md", "file1.md", false)]
    [InlineData("# comment", "# comment", false)]
    public void Given_one_pattern_When_a_path_is_matched_Then_it_is_as_git_reads_it(string pattern, string path, bool matched) =>
        Assert.Equal(matched, GitIgnorePatterns.Parse([pattern]).Matches(path));

    [Fact]
    public void Given_a_negation_after_a_pattern_When_matched_Then_the_last_matching_line_decides() =>
        Assert.Equal(
            [true, false],
            new[] { "a.py", "keep/b.py" }.Select(GitIgnorePatterns.Parse(["*.py", "!/keep/*.py"]).Matches));
}
