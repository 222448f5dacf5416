using System.Text;

namespace TwitchSite.Engine.Tests.IO;

public sealed class Utf8BufferWriterTests
{
    [Fact]
    public async Task Given_text_written_in_pieces_When_read_Then_the_UTF8_bytes_of_all_of_it()
    {
        var writer = new Utf8BufferWriter(capacity: 4);

        writer.Write("Café ");
        writer.Write('·');
        writer.Write(" naïve".ToCharArray(), 0, 6);
        await writer.WriteAsync(" 😀");

        Assert.Equal(Encoding.UTF8.GetBytes("Café · naïve 😀"), writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Given_a_surrogate_pair_split_across_writes_When_written_Then_one_character_is_encoded()
    {
        var writer = new Utf8BufferWriter();
        var emoji = "😀";

        writer.Write(emoji[0]);
        writer.Write(emoji[1]);
        writer.Flush();

        Assert.Equal(Encoding.UTF8.GetBytes(emoji), writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Given_a_lone_surrogate_When_flushed_Then_it_throws_instead_of_writing_a_replacement()
    {
        var writer = new Utf8BufferWriter();
        writer.Write('\uD83D');

        Assert.Throws<EncoderFallbackException>(writer.Flush);
    }

    [Fact]
    public void Given_a_used_writer_When_cleared_Then_it_starts_empty_again()
    {
        var writer = new Utf8BufferWriter();
        writer.Write("first page");

        writer.Clear();
        writer.Write("second");

        Assert.Equal("second"u8.ToArray(), writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Given_text_and_ready_UTF8_bytes_When_written_Then_they_follow_each_other_unchanged()
    {
        var writer = new Utf8BufferWriter(capacity: 2);

        writer.Write("<main>");
        writer.WriteUtf8(Encoding.UTF8.GetBytes("<p>Café</p>"));
        writer.Write("</main>");

        Assert.Equal(Encoding.UTF8.GetBytes("<main><p>Café</p></main>"), writer.WrittenMemory.ToArray());
    }
}
