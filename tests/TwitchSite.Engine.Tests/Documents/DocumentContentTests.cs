using System.Text;

namespace TwitchSite.Engine.Tests.Documents;

public sealed class DocumentContentTests
{
    [Fact]
    public void Given_text_held_as_UTF8_When_read_Then_it_is_the_same_text_and_equals_the_string_form()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Café 😀</p>");

        var fromBytes = (TextContent)DocumentContent.FromUtf8(bytes);
        var fromString = (TextContent)DocumentContent.FromText("<p>Café 😀</p>");

        Assert.Equal("<p>Café 😀</p>", fromBytes.Text);
        Assert.Equal(bytes, fromBytes.Utf8Bytes!.Value.ToArray());
        Assert.Equal(fromString, fromBytes);
        Assert.Equal(fromString.GetHashCode(), fromBytes.GetHashCode());
    }

    [Fact]
    public void Given_text_held_as_a_string_When_asked_for_UTF8_bytes_Then_there_are_none()
    {
        var content = (TextContent)DocumentContent.FromText("");

        Assert.Null(content.Utf8Bytes);
        Assert.NotEqual(DocumentContent.FromText("a"), DocumentContent.FromUtf8("b"u8.ToArray()));
    }

    [Fact]
    public void Given_text_held_compressed_When_read_Then_readers_get_the_same_text_and_bytes_in_less_memory()
    {
        var html = string.Concat(Enumerable.Repeat("<p>Café 😀 and a muscle twitch.</p>\n", 200));
        var bytes = Encoding.UTF8.GetBytes(html);

        var compressed = (TextContent)DocumentContent.FromUtf8Compressed(bytes);

        Assert.True(compressed.IsCompressed);
        Assert.Equal(html, compressed.Text);
        Assert.Equal(bytes, compressed.Utf8Bytes!.Value.ToArray());
        Assert.Equal(bytes.Length, compressed.Utf8Length);
        Assert.Equal(DocumentContent.FromText(html), compressed);
        Assert.False(((TextContent)DocumentContent.FromUtf8(bytes)).IsCompressed);
    }

    [Fact]
    public void Given_empty_text_held_compressed_When_read_Then_it_is_empty()
    {
        var compressed = (TextContent)DocumentContent.FromUtf8Compressed([]);

        Assert.Equal("", compressed.Text);
        Assert.Equal(0, compressed.Utf8Length);
    }
}
