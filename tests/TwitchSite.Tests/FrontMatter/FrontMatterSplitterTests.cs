using TwitchSite.FrontMatter;

namespace TwitchSite.Tests.FrontMatter;

public sealed class FrontMatterSplitterTests
{
    [Theory]
    [InlineData("---\ntitle: A\n---\nBody\n", FrontMatterState.Closed, "title: A\n", "Body\n", 4)]
    [InlineData("---\r\ntitle: A\r\n---\r\nBody", FrontMatterState.Closed, "title: A\r\n", "Body", 4)]
    [InlineData("---\ntitle: A\n...\nBody", FrontMatterState.Closed, "title: A\n", "Body", 4)]
    [InlineData("---\n---\nBody", FrontMatterState.Closed, "", "Body", 3)]
    [InlineData("---\ntitle: A\n---", FrontMatterState.Closed, "title: A\n", "", 4)]
    [InlineData("# Heading\n\nText", FrontMatterState.None, null, "# Heading\n\nText", 1)]
    [InlineData("Text\n---\nmore", FrontMatterState.None, null, "Text\n---\nmore", 1)]
    [InlineData("", FrontMatterState.None, null, "", 1)]
    public void Given_a_file_When_split_Then_front_matter_body_and_body_line_are_found(string text, FrontMatterState state, string? yaml, string body, int bodyLine)
    {
        var split = FrontMatterSplitter.Split(text);

        Assert.Equal(state, split.State);
        Assert.Equal(yaml, split.Yaml);
        Assert.Equal(body, split.Body);
        Assert.Equal(bodyLine, split.BodyFirstLine);
    }

    [Theory]
    [InlineData("---\ntitle: A\n\nBody")]
    [InlineData("---\n")]
    [InlineData("---")]
    public void Given_an_opening_fence_without_closing_When_split_Then_not_closed(string text)
    {
        Assert.Equal(FrontMatterState.NotClosed, FrontMatterSplitter.Split(text).State);
    }

    [Theory]
    [InlineData("---\ntitle: Café\n---\nBody ünïcode\n")]
    [InlineData("---\r\ntitle: A\r\n--- \t\r\nBody")]
    [InlineData("---\ntitle: A\n...\nBody")]
    [InlineData("---\ntitle: A\n---")]
    [InlineData("---  \n---\n")]
    [InlineData("# Heading\n---\nText")]
    [InlineData("")]
    [InlineData("---\ntitle: A\n\nBody")]
    [InlineData("---")]
    public void Given_a_file_as_UTF8_When_its_front_matter_is_measured_Then_it_ends_where_Split_puts_the_body(string text)
    {
        var split = FrontMatterSplitter.Split(text);

        var length = FrontMatterSplitter.ByteLength(System.Text.Encoding.UTF8.GetBytes(text));

        var expected = split.State switch
        {
            FrontMatterState.Closed => System.Text.Encoding.UTF8.GetByteCount(text[..^split.Body.Length]),
            FrontMatterState.None => 0,
            _ => -1,
        };
        Assert.Equal(expected, length);
    }
}
