using TwitchSite.Search.Pagefind;


namespace TwitchSite.Tests.Search;

public sealed class ExecutableSearchTests
{
    private static readonly char S = Path.PathSeparator;

    [Fact]
    public void Given_a_path_When_a_program_is_looked_for_Then_the_first_folder_that_has_it_wins()
    {
        var files = new HashSet<string> { Path.Combine("/b", "npm"), Path.Combine("/c", "npm") };

        Assert.Equal(Path.Combine("/b", "npm"), ExecutableSearch.Find("npm", $"/a{S}/b{S}/c", [""], files.Contains));
    }

    [Fact]
    public void Given_windows_endings_When_a_program_is_looked_for_Then_each_ending_is_tried()
    {
        var files = new HashSet<string> { Path.Combine("/node", "npm.CMD") };

        Assert.Equal(Path.Combine("/node", "npm.CMD"), ExecutableSearch.Find("npm", "/node", [".EXE", ".CMD"], files.Contains));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/usr/bin")]
    public void Given_no_folder_with_it_When_a_program_is_looked_for_Then_there_is_none(string? path)
    {
        Assert.Null(ExecutableSearch.Find("npm", path, [""], _ => false));
    }
}
