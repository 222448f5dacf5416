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
    public void Given_a_text_file_kept_on_disk_When_read_Then_readers_get_its_text_and_a_slice_reads_from_its_place()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("page.md", "---\ntitle: Café\n---\nBody 😀\n");

        var (bytes, content) = DocumentContent.FromSourceFile(path);
        var body = content.Utf8From(Encoding.UTF8.GetByteCount("---\ntitle: Café\n---\n"))!;

        Assert.Equal(File.ReadAllBytes(path), bytes);
        Assert.True(content.IsStored);
        Assert.Equal("---\ntitle: Café\n---\nBody 😀\n", content.Text);
        Assert.Equal("Body 😀\n", body.Text);
        Assert.Equal(Encoding.UTF8.GetBytes("Body 😀\n"), body.Utf8Bytes!.Value.ToArray());
        Assert.Equal(Encoding.UTF8.GetByteCount("Body 😀\n"), body.Utf8Length);
        Assert.Equal(DocumentContent.FromText("Body 😀\n"), body);
    }

    [Theory]
    [InlineData("appended")]
    [InlineData("rewritten, same size")]
    [InlineData("removed")]
    public void Given_a_file_kept_on_disk_When_it_changes_before_it_is_read_again_Then_reading_fails_naming_it_instead_of_mixing_versions(string change)
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("page.md", "---\ntitle: A\n---\nOld body\n");
        var (_, content) = DocumentContent.FromSourceFile(path);
        var body = content.Utf8From(18)!;

        switch (change)
        {
            case "appended":
                File.AppendAllText(path, "more\n");
                break;
            case "rewritten, same size":
                File.WriteAllText(path, "---\ntitle: A\n---\nNew body\n");
                File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(5));
                break;
            default:
                File.Delete(path);
                break;
        }

        var failure = Assert.Throws<SourceChangedException>(() => body.Text);
        Assert.Equal(path, failure.Path);
    }

    [Fact]
    public void Given_texts_put_aside_in_a_spill_When_read_back_Then_each_is_its_own_text()
    {
        using var folder = new TempFolder();
        using var spill = TwitchSite.Engine.IO.TextSpill.Create(folder.PathOf(".spill"));
        var texts = Enumerable.Range(0, 50).Select(i => string.Concat(Enumerable.Repeat($"<p>Page {i}: Café 😀</p>\n", i))).ToArray();

        var held = new TextContent[texts.Length];
        Parallel.For(0, texts.Length, i => held[i] = (TextContent)spill.Hold(Encoding.UTF8.GetBytes(texts[i])));

        Assert.Equal(texts, held.Select(c => c.Text));
        Assert.All(held, c => Assert.True(c.IsStored));
        Assert.Equal(texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)), spill.Length);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.FullPath)); // unlinked at once: nothing to clean up after a kill
    }
}
