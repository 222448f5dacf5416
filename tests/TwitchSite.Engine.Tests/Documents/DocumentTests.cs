namespace TwitchSite.Engine.Tests.Documents;

public sealed class DocumentTests
{
    [Fact]
    public void Given_a_document_When_WithValue_Then_the_copy_has_the_value_and_the_original_does_not()
    {
        var settings = Metadata.Create([new("language", "en-GB")]);
        var original = new Document { Source = "a.md", Metadata = settings };

        var changed = original.WithValue("title", "A");

        Assert.Equal("A", changed.Get<string>("title"));
        Assert.Equal("en-GB", changed.Get<string>("language"));
        Assert.Null(original.Get<string>("title"));
        Assert.Same(settings, original.Metadata);
        Assert.Equal(["language", "title"], changed.Metadata.Own.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("a.md", changed.Source);
    }

    [Theory]
    [InlineData("input/a.md", "a/index.html", "input/a.md")]
    [InlineData("", "sitemap.xml", "sitemap.xml")]
    [InlineData("", null, "(generated)")]
    public void Given_source_and_destination_When_ToString_Then_the_source_else_the_destination_else_generated(string source, string? destination, string expected)
    {
        var document = new Document { Source = source, Destination = destination };

        Assert.Equal(expected, document.ToString());
    }

    [Fact]
    public void Given_a_new_document_When_nothing_is_set_Then_content_is_empty_text_and_metadata_empty()
    {
        var document = new Document();

        Assert.Equal("", Assert.IsType<TextContent>(document.Content).Text);
        Assert.Empty(document.Metadata);
        Assert.Null(document.SourceFullPath);
        Assert.Null(document.Destination);
    }
}
