using System.Globalization;
using System.Text;

namespace TwitchSite.Content;

/// <summary>
/// The value of a JavaScript string literal's text: its escapes read as JavaScript reads them.
/// Docusaurus projects write paths in imports and configuration as JavaScript strings, and
/// Prettier and hand-written MDX escape markdown's characters there too (<c>'./\_partial.mdx'</c>
/// is <c>./_partial.mdx</c>): a path is only found once its escapes are read.
/// </summary>
public static class ScriptString
{
    /// <summary>
    /// <paramref name="text"/> (what is between the quotes) with its escapes replaced by what they
    /// stand for: <c>\n</c>, <c>\t</c>, <c>\r</c>, <c>\b</c>, <c>\f</c>, <c>\v</c>, <c>\0</c>,
    /// <c>\xHH</c>, <c>\uHHHH</c>, <c>\u{H…}</c>, a line continuation (nothing), and any other
    /// escaped character as itself (<c>\_</c> is <c>_</c>, <c>\'</c> is <c>'</c>).
    /// </summary>
    public static string Unescape(string text)
    {
        var slash = text.IndexOf('\\');
        if (slash < 0)
        {
            return text;
        }

        var value = new StringBuilder(text.Length);
        value.Append(text, 0, slash);
        for (var i = slash; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= text.Length)
            {
                value.Append(c);
                continue;
            }

            var escaped = text[++i];
            switch (escaped)
            {
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'r': value.Append('\r'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'v': value.Append('\v'); break;
                case '0' when i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1]): value.Append('\0'); break;
                case '\r': i += i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0; break; // a line continuation
                case '\n' or '\u2028' or '\u2029': break;
                case 'x' when Hex(text, i + 1, 2) is { } code: value.Append((char)code); i += 2; break;
                case 'u' when Hex(text, i + 1, 4) is { } code: value.Append((char)code); i += 4; break;
                case 'u' when i + 1 < text.Length && text[i + 1] == '{' && text.IndexOf('}', i + 2) is var close and > 0
                    && Hex(text, i + 2, close - i - 2) is { } point and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF):
                    value.Append(char.ConvertFromUtf32(point));
                    i = close;
                    break;
                default: value.Append(escaped); break;
            }
        }

        return value.ToString();
    }

    private static int? Hex(string text, int start, int length) =>
        length is > 0 and <= 6 && start + length <= text.Length
        && int.TryParse(text.AsSpan(start, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            ? code : null;
}
