using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace TwitchSite.Content;

/// <summary>
/// Reads the data a JavaScript or TypeScript configuration file exports, when it is written as
/// data (Docusaurus' <c>sidebars.js</c>: <c>module.exports = { docs: ['intro', {type: 'category', …}] }</c>):
/// the first object or array literal after <c>module.exports =</c>, <c>export default</c> or the
/// first <c>const x =</c>, with JavaScript's literal syntax (keys with or without quotes, strings
/// in single, double or back quotes without <c>${}</c>, trailing commas, comments), into JSON nodes.
/// Anything computed (a function call, a variable, a spread, a template with <c>${}</c>) makes it
/// unreadable: the file is never run. Reads only the text given.
/// </summary>
public static class ScriptLiteral
{
    /// <summary>The exported literal of <paramref name="script"/>, or null with <paramref name="problem"/> saying why not.</summary>
    public static JsonNode? Read(string script, out string? problem)
    {
        var start = StartOf(script);
        if (start < 0)
        {
            problem = "no `module.exports = {…}` or `export default {…}` literal";
            return null;
        }

        var reader = new Reader(script, start);
        try
        {
            var value = reader.Value(depth: 0);
            problem = null;
            return value;
        }
        catch (FormatException failed)
        {
            problem = failed.Message;
            return null;
        }
    }

    // Where the exported literal starts: after the export, else after the first declaration.
    private static int StartOf(string script)
    {
        foreach (var marker in (string[])["module.exports", "export default", "const ", "let ", "var "])
        {
            var at = IndexOutsideComments(script, marker);
            if (at < 0)
            {
                continue;
            }

            for (var i = at + marker.Length; i < script.Length; i++)
            {
                if (script[i] is '{' or '[')
                {
                    return i;
                }

                if (script[i] is ';' or '(')
                {
                    break; // a call or an empty statement: not a literal
                }
            }
        }

        return -1;
    }

    private static int IndexOutsideComments(string script, string marker)
    {
        for (var at = script.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = script.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            var lineStart = script.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            var line = script[lineStart..at];
            var blockOpen = script.LastIndexOf("/*", at, StringComparison.Ordinal);
            var blockClose = script.LastIndexOf("*/", at, StringComparison.Ordinal);
            if (!line.Contains("//", StringComparison.Ordinal) && (blockOpen < 0 || blockClose > blockOpen))
            {
                return at;
            }
        }

        return -1;
    }

    private sealed class Reader(string text, int position)
    {
        // A sidebar nests a few levels; a file nesting hundreds is not one.
        private const int MaxDepth = 64;
        private int _at = position;

        public JsonNode? Value(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Fail("nested too deeply");
            }

            Skip();
            if (_at >= text.Length)
            {
                throw Fail("the file ends inside the literal");
            }

            var c = text[_at];
            switch (c)
            {
                case '{':
                    return Object(depth);
                case '[':
                    return Array(depth);
                case '"' or '\'' or '`':
                    return JsonValue.Create(String());
                default:
                    if (c == '-' || char.IsAsciiDigit(c))
                    {
                        return Number();
                    }

                    var word = Word();
                    return word switch
                    {
                        "true" => JsonValue.Create(true),
                        "false" => JsonValue.Create(false),
                        "null" or "undefined" => null,
                        _ => throw Fail(word.Length == 0 ? $"unexpected '{c}'" : $"'{word}' is computed, not written as data"),
                    };
            }
        }

        private JsonObject Object(int depth)
        {
            _at++; // {
            var result = new JsonObject();
            while (true)
            {
                Skip();
                if (Peek() == '}')
                {
                    _at++;
                    return result;
                }

                if (text.AsSpan(_at).StartsWith("..."))
                {
                    throw Fail("a spread ('...') is computed, not written as data");
                }

                var key = Peek() is '"' or '\'' or '`' ? String() : Word();
                if (key.Length == 0)
                {
                    throw Fail($"unexpected '{Peek()}' where a key should be");
                }

                Skip();
                if (Peek() != ':')
                {
                    throw Fail($"'{key}' has no value (a shorthand property is computed)");
                }

                _at++;
                result[key] = Value(depth + 1);
                if (!Separator('}'))
                {
                    _at++;
                    return result;
                }
            }
        }

        private JsonArray Array(int depth)
        {
            _at++; // [
            var result = new JsonArray();
            while (true)
            {
                Skip();
                if (Peek() == ']')
                {
                    _at++;
                    return result;
                }

                result.Add(Value(depth + 1));
                if (!Separator(']'))
                {
                    _at++;
                    return result;
                }
            }
        }

        // After a value: true at a comma (more may follow), false at the closing bracket.
        private bool Separator(char close)
        {
            Skip();
            if (_at >= text.Length)
            {
                throw Fail("the file ends inside the literal");
            }

            var c = Peek();
            if (c == ',')
            {
                _at++;
                return true;
            }

            return c == close ? false : throw Fail($"expected ',' or '{close}', found '{c}'");
        }

        private string String()
        {
            var quote = text[_at++];
            var value = new StringBuilder();
            while (_at < text.Length && text[_at] != quote)
            {
                var c = text[_at++];
                if (quote == '`' && c == '$' && Peek() == '{')
                {
                    throw Fail("a template with ${…} is computed, not written as data");
                }

                if (c == '\\' && _at < text.Length)
                {
                    var escaped = text[_at++];
                    value.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => escaped });
                    continue;
                }

                if (c == '\n' && quote != '`')
                {
                    throw Fail("a string is not closed on its line");
                }

                value.Append(c);
            }

            if (_at >= text.Length)
            {
                throw Fail("a string is not closed");
            }

            _at++;
            return value.ToString();
        }

        private JsonValue Number()
        {
            var start = _at;
            while (_at < text.Length && (char.IsAsciiDigit(text[_at]) || text[_at] is '-' or '.' or 'e' or 'E' or '+'))
            {
                _at++;
            }

            return double.TryParse(text.AsSpan(start, _at - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : throw Fail($"'{text[start.._at]}' is not a number");
        }

        private string Word()
        {
            var start = _at;
            while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] is '_' or '$'))
            {
                _at++;
            }

            return text[start.._at];
        }

        private char Peek() => _at < text.Length ? text[_at] : '\0';

        // Whitespace and comments.
        private void Skip()
        {
            while (_at < text.Length)
            {
                if (char.IsWhiteSpace(text[_at]))
                {
                    _at++;
                }
                else if (text.AsSpan(_at).StartsWith("//"))
                {
                    var end = text.IndexOf('\n', _at);
                    _at = end < 0 ? text.Length : end + 1;
                }
                else if (text.AsSpan(_at).StartsWith("/*"))
                {
                    var end = text.IndexOf("*/", _at + 2, StringComparison.Ordinal);
                    _at = end < 0 ? text.Length : end + 2;
                }
                else
                {
                    return;
                }
            }
        }

        private FormatException Fail(string message)
        {
            var line = 1 + text.AsSpan(0, Math.Min(_at, text.Length)).Count('\n');
            return new FormatException($"line {line}: {message}");
        }
    }
}
