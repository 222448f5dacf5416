using System.Text;

namespace TwitchSite.Engine.Diagnostics;

/// <summary>
/// Turns diagnostics into the text users see: <c>path:line:col: severity CODE: message</c>,
/// the source line indented under it, a caret under the column, and the hint. Paths are shown
/// relative to the working folder when they lie inside it.
/// </summary>
public sealed class DiagnosticFormatter
{
    private readonly string _baseFolder;
    private readonly Func<string, string[]?>? _readLines;
    private readonly Dictionary<string, string[]?> _lineCache = new(StringComparer.Ordinal);

    // The last file read from disk: diagnostics come sorted by path, so one file at a time is
    // enough, and a build with thousands of warnings does not keep every file in memory.
    private string? _lastPath;
    private byte[]? _lastBytes;

    /// <summary>Creates a formatter that shows paths relative to <paramref name="baseFolder"/>.</summary>
    /// <param name="baseFolder">Usually the current directory.</param>
    /// <param name="readLines">Reads a file's lines for the source excerpt; defaults to the file system.</param>
    public DiagnosticFormatter(string baseFolder, Func<string, string[]?>? readLines = null)
    {
        _baseFolder = Path.GetFullPath(baseFolder);
        _readLines = readLines;
    }

    /// <summary>The path as users should see it.</summary>
    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(_baseFolder, fullPath);
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        var shown = outside ? fullPath : relative;
        return shown.Replace('\\', '/');
    }

    /// <summary>The one-line header: <c>path:line:col: severity CODE: message</c>.</summary>
    public string Header(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        var where = diagnostic.Location is { } l ? $"{DisplayPath(l.FullPath)}:{l.Line}:{l.Column}: " : "";
        return Printable($"{where}{severity} {diagnostic.Code}: {diagnostic.Message}");
    }

    /// <summary>
    /// <paramref name="text"/> with each control character (C0 but tab, DEL, C1: bytes of a binary
    /// file, an escape sequence, a newline in a file name) shown as U+FFFD, one for one so that the
    /// caret stays under its column: a report must stay one line per part and must never drive the
    /// terminal it is printed on.
    /// </summary>
    public static string Printable(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0000', '\u001f') && !text.AsSpan().ContainsAnyInRange('\u007f', '\u009f'))
        {
            return text;
        }

        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c != '\t' && (c < ' ' || (c >= '\u007f' && c <= '\u009f')) ? '\uFFFD' : c;
            }
        });
    }

    /// <summary>The full report: header, source line with a caret, and hint.</summary>
    public string Format(Diagnostic diagnostic) => Format(diagnostic, Header(diagnostic));

    /// <summary>The full report of <paramref name="diagnostic"/> whose <see cref="Header"/> is <paramref name="header"/> (made once when the caller shows it twice).</summary>
    public string Format(Diagnostic diagnostic, string header)
    {
        var text = new StringBuilder(header);
        if (Excerpt(diagnostic) is { } excerpt)
        {
            text.Append('\n').Append("    ").Append(excerpt.Line);
            text.Append('\n').Append("    ").Append(excerpt.Caret);
        }

        if (!string.IsNullOrEmpty(diagnostic.Hint))
        {
            text.Append('\n').Append("    hint: ").Append(Printable(diagnostic.Hint));
        }

        return text.ToString();
    }

    /// <summary>The offending source line (tabs as spaces) and a line with a caret under the column, or null when the file or line cannot be read.</summary>
    public (string Line, string Caret)? Excerpt(Diagnostic diagnostic)
    {
        if (diagnostic.Location is not { } location || (diagnostic.SourceText ?? SourceLine(location)) is not { } line)
        {
            return null;
        }

        var expanded = Printable(line.Replace('\t', ' '));
        var caretColumn = Math.Clamp(location.Column - 1, 0, expanded.Length);
        return (expanded, new string(' ', caretColumn) + "^");
    }

    private string? SourceLine(SourceLocation location)
    {
        if (_readLines is null)
        {
            return SourceLineFromDisk(location);
        }

        if (!_lineCache.TryGetValue(location.FullPath, out var lines))
        {
            lines = _readLines(location.FullPath);
            _lineCache[location.FullPath] = lines;
        }

        return lines is not null && location.Line >= 1 && location.Line <= lines.Length ? lines[location.Line - 1].TrimEnd('\r') : null;
    }

    private string? SourceLineFromDisk(SourceLocation location)
    {
        if (!string.Equals(_lastPath, location.FullPath, StringComparison.Ordinal))
        {
            _lastPath = location.FullPath;
            _lastBytes = ReadBytesFromDisk(location.FullPath);
        }

        if (_lastBytes is not { } bytes || location.Line < 1)
        {
            return null;
        }

        // Only the wanted line is decoded. '\n' never occurs inside a UTF-8 sequence, so this
        // matches splitting the decoded file on '\n'.
        var start = 0;
        for (var line = 1; line < location.Line; line++)
        {
            var next = bytes.AsSpan(start).IndexOf((byte)'\n');
            if (next < 0)
            {
                return null;
            }

            start += next + 1;
        }

        var length = bytes.AsSpan(start).IndexOf((byte)'\n');
        // Lossy decoding on purpose: the excerpt of a file with invalid UTF-8 must still print.
        return Encoding.UTF8.GetString(bytes, start, length < 0 ? bytes.Length - start : length).TrimEnd('\r');
    }

    private static byte[]? ReadBytesFromDisk(string path)
    {
        try
        {
            // A symbolic link is never read for an excerpt: it may lead out of the site, and
            // the report must not show what is there. Nor is a named pipe: opening it would wait forever.
            return File.Exists(path) && new FileInfo(path).LinkTarget is null && !IO.FileKind.IsSpecial(path) ? File.ReadAllBytes(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
