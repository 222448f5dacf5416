namespace TwitchSite.Engine.Tests.IO;

public sealed class OutputPathsTests
{
    [Theory]
    [InlineData("index.html", "index.html")]
    [InlineData("causes/caffeine/index.html", "causes/caffeine/index.html")]
    [InlineData("a/b/c/d/e.txt", "a/b/c/d/e.txt")]
    [InlineData("assets\\css\\site.css", "assets/css/site.css")]
    [InlineData("assets\\css/site.css", "assets/css/site.css")]
    [InlineData(".well-known/security.txt", ".well-known/security.txt")]
    [InlineData("..hidden/x", "..hidden/x")]
    [InlineData("a/b..c/d", "a/b..c/d")]
    public void Given_a_path_inside_the_folder_When_normalised_Then_slash_separated(string input, string expected)
    {
        Assert.Equal(expected, OutputPaths.Normalize(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("../index.html")]
    [InlineData("a/../../index.html")]
    [InlineData("a/../b.html")]
    [InlineData("a/..")]
    [InlineData("..\\index.html")]
    [InlineData("a\\..\\..\\x")]
    [InlineData("/etc/passwd")]
    [InlineData("\\server\\share")]
    [InlineData("a//b.html")]
    [InlineData("a/")]
    [InlineData("a\\")]
    [InlineData("./a.html")]
    [InlineData("a/./b.html")]
    [InlineData(".")]
    public void Given_a_path_that_is_rooted_climbs_out_or_has_empty_segments_When_normalised_Then_ArgumentException(string input)
    {
        var exception = Assert.Throws<ArgumentException>(() => OutputPaths.Normalize(input));

        Assert.Equal("relativePath", exception.ParamName);
        Assert.Equal($"'{input}' is not a path inside the output folder (Parameter 'relativePath')", exception.Message);
    }

    [Fact]
    public void Given_a_rooted_path_of_this_platform_When_normalised_Then_ArgumentException()
    {
        var rooted = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "x.html"));

        Assert.Throws<ArgumentException>(() => OutputPaths.Normalize(rooted));
    }
}
