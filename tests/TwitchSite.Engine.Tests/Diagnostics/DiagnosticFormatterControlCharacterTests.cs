namespace TwitchSite.Engine.Tests.Diagnostics;

/// <summary>
/// A report quotes the user's files: a binary .md (escape sequences, bells) or a file name with a
/// newline must not drive the terminal or break the one-line <c>path:line:col</c> header.
/// </summary>
public sealed class DiagnosticFormatterControlCharacterTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Given_a_line_with_escape_sequences_and_a_path_with_a_newline_When_formatted_Then_no_control_character_is_printed_and_the_caret_keeps_its_column()
    {
        var path = _root.PathOf("new\nline.md");
        File.WriteAllBytes(path, "ok\n\u001b]0;pwned\u0007 bad \u009b2J here\n"u8.ToArray());
        var diagnostic = Diagnostic.Error("X0001", "file is not valid UTF-8", new SourceLocation(path, 2, 20), hint: "look at\u001b[2J it");

        var text = new DiagnosticFormatter(_root.PathOf("")).Format(diagnostic);

        Assert.DoesNotContain(text, c => c != '\n' && char.IsControl(c));
        var lines = text.Split('\n');
        Assert.Equal(4, lines.Length); // header, source line, caret, hint
        Assert.StartsWith("new\uFFFDline.md:2:20: error X0001: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("    \uFFFD]0;pwned\uFFFD bad \uFFFD2J here", lines[1]);
        Assert.Equal('h', lines[1][lines[2].IndexOf('^', StringComparison.Ordinal)]);
        Assert.Equal("    hint: look at\uFFFD[2J it", lines[3]);
    }
}
