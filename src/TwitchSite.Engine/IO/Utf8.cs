using System.Text;

namespace TwitchSite.Engine.IO;

/// <summary>Strict UTF-8 decoding that reports where invalid bytes are.</summary>
public static class Utf8
{
    /// <summary>UTF-8 without byte order mark that throws on invalid bytes.</summary>
    public static Encoding Strict { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes <paramref name="bytes"/> (skipping a byte order mark). On invalid UTF-8 returns
    /// false with the 1-based line and column of the first bad byte.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out int line, out int column)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            text = Strict.GetString(bytes);
            line = column = 0;
            return true;
        }
        catch (DecoderFallbackException exception)
        {
            var index = Math.Clamp(exception.Index, 0, bytes.Length);
            var before = bytes[..index];
            line = before.Count((byte)'\n') + 1;
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            // Column counts characters, not bytes, so the caret lands under the right place.
            column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
            text = "";
            return false;
        }
    }
}
