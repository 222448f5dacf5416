using System.Text;

namespace TwitchSite.Engine.Tests.IO;

public sealed class Utf8Tests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(p => p switch
        {
            string text => Encoding.UTF8.GetBytes(text),
            byte b => [b],
            byte[] bytes => bytes,
            int i => [checked((byte)i)],
            _ => throw new ArgumentException("unsupported part", nameof(parts)),
        })];

    [Theory]
    [InlineData("")]
    [InlineData("plain ascii")]
    [InlineData("héllo\nwörld € 日本 😀\r\nlast")]
    public void Given_valid_UTF8_without_BOM_When_decoded_Then_the_exact_text(string text)
    {
        Assert.True(Utf8.TryDecode(Encoding.UTF8.GetBytes(text), out var decoded, out var line, out var column));
        Assert.Equal(text, decoded);
        Assert.Equal((0, 0), (line, column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("title: Café\n")]
    public void Given_valid_UTF8_with_BOM_When_decoded_Then_the_text_without_the_BOM(string text)
    {
        Assert.True(Utf8.TryDecode(Bytes(Bom, text), out var decoded, out _, out _));
        Assert.Equal(text, decoded);
    }

    [Fact]
    public void Given_a_BOM_in_the_middle_When_decoded_Then_it_is_kept_as_a_character()
    {
        Assert.True(Utf8.TryDecode(Bytes("a", Bom, "b"), out var decoded, out _, out _));
        Assert.Equal("a\uFEFFb", decoded);
    }

    public static TheoryData<string, byte[], int, int> InvalidInputs => new()
    {
        { "0xFF at line 3 column 5", Bytes("one\ntwo\nabcd", 0xFF, "efg\n"), 3, 5 },
        { "multi-byte characters on earlier lines", Bytes("é€日本\n😀ü\nabcd", 0xFF), 3, 5 },
        { "multi-byte characters before it on the same line", Bytes("x\ny\néü€ß", 0xFF, "z"), 3, 5 },
        { "after a BOM", Bytes(Bom, "one\ntwo\nabcd", 0xFF), 3, 5 },
        { "CRLF line ends", Bytes("one\r\ntwo\r\nabcd", 0xFF, "\r\n"), 3, 5 },
        { "lone continuation byte", Bytes("one\ntwo\nabcd", 0x80, "e"), 3, 5 },
        { "sequence cut short by ASCII", Bytes("one\ntwo\nabcd", 0xC3, "e"), 3, 5 },
        { "sequence cut short at end of file", Bytes("one\ntwo\nabcd", 0xE2, 0x82), 3, 5 },
        { "encoded surrogate", Bytes("one\ntwo\nabcd", 0xED, 0xA0, 0x80), 3, 5 },
        { "overlong encoding", Bytes("one\ntwo\nabcd", 0xC0, 0xAF), 3, 5 },
        { "Latin-1 é", Bytes("one\ntwo\ncaf", 0xE9, "\n"), 3, 4 },
        { "first byte of the file", Bytes(0xFF, "abc"), 1, 1 },
        { "first byte after the BOM", Bytes(Bom, 0xFE), 1, 1 },
        { "right after a newline", Bytes("ok\n", 0xFF), 2, 1 },
        { "after 100 000 valid bytes", Bytes(new string('a', 50_000), "\n", string.Concat(Enumerable.Repeat("é", 25_000)), "\nabcd", 0xFF), 3, 5 },
        { "after a long valid line 3", Bytes("one\ntwo\n", new string('x', 9_999), 0xFF), 3, 10_000 },
        { "only the first bad byte counts", Bytes("one\ntwo\nabcd", 0xFF, "\n", 0xFF), 3, 5 },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Given_invalid_UTF8_When_decoded_Then_false_with_the_line_and_character_column_of_the_first_bad_byte(string because, byte[] bytes, int expectedLine, int expectedColumn)
    {
        var ok = Utf8.TryDecode(bytes, out var text, out var line, out var column);

        Assert.False(ok, because);
        Assert.Equal((expectedLine, expectedColumn), (line, column));
        Assert.Equal("", text);
    }

    [Fact]
    public void Given_Strict_When_encoding_Then_no_BOM_is_written()
    {
        Assert.Empty(Utf8.Strict.GetPreamble());
    }
}
