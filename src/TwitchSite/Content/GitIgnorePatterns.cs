using System.Text;
using System.Text.RegularExpressions;

namespace TwitchSite.Content;

/// <summary>
/// A list of patterns in the <c>.gitignore</c> format (as MkDocs' <c>exclude_docs</c> is written):
/// one a line, <c>#</c> comments and blank lines skipped, <c>!</c> takes a path back, the last
/// pattern that matches decides. A pattern with a <c>/</c> at its start or middle is anchored at the
/// top folder, one without matches a name at any depth; a trailing <c>/</c> matches folders only
/// (the files under them); <c>*</c> and <c>?</c> stop at <c>/</c>, <c>**</c> crosses folders, and a
/// pattern that matches a folder matches everything under it.
/// </summary>
public sealed class GitIgnorePatterns
{
    private readonly List<(Regex Pattern, bool Negated)> _rules;

    private GitIgnorePatterns(List<(Regex, bool)> rules) => _rules = rules;

    /// <summary>True when the list has no pattern.</summary>
    public bool IsEmpty => _rules.Count == 0;

    /// <summary>Reads <paramref name="lines"/>, one pattern a line.</summary>
    public static GitIgnorePatterns Parse(IEnumerable<string> lines)
    {
        var rules = new List<(Regex, bool)>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd(' ', '\t', '\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var negated = line.StartsWith('!');
            if (negated || line.StartsWith("\\!", StringComparison.Ordinal) || line.StartsWith("\\#", StringComparison.Ordinal))
            {
                line = line[1..];
            }

            if (line.Length > 0 && ToRegex(line) is { } regex)
            {
                rules.Add((regex, negated));
            }
        }

        return new GitIgnorePatterns(rules);
    }

    /// <summary>True when <paramref name="relative"/> (a file's path under the top folder, '/' separated) is matched and not taken back.</summary>
    public bool Matches(string relative)
    {
        var matched = false;
        foreach (var (pattern, negated) in _rules)
        {
            if (matched == negated && pattern.IsMatch(relative))
            {
                matched = !negated;
            }
        }

        return matched;
    }

    private static Regex? ToRegex(string pattern)
    {
        var folderOnly = pattern.EndsWith('/');
        var body = pattern.TrimEnd('/');
        if (body.Length == 0)
        {
            return null;
        }

        // Anchored when a '/' is at the start or in the middle; else the name may be at any depth.
        var anchored = body.Contains('/', StringComparison.Ordinal);
        body = body.TrimStart('/');
        var regex = new StringBuilder(anchored || body.StartsWith("**/", StringComparison.Ordinal) ? "^" : "^(?:.*/)?");
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '*' && i + 1 < body.Length && body[i + 1] == '*')
            {
                var atStart = i == 0;
                var slashAfter = i + 2 < body.Length && body[i + 2] == '/';
                if ((atStart || body[i - 1] == '/') && slashAfter)
                {
                    regex.Append("(?:.*/)?"); // "**/": any folders, or none
                    i += 2;
                }
                else
                {
                    regex.Append(".*"); // "/**" at the end: everything inside
                    i++;
                }

                continue;
            }

            var close = c == '[' ? body.IndexOf(']', i + 1) : -1;
            regex.Append(c switch
            {
                '*' => "[^/]*",
                '?' => "[^/]",
                '\\' when i + 1 < body.Length => Regex.Escape(body[++i].ToString()),
                '[' when close > i + 1 => "[" + Set(body[(i + 1)..close]) + "]",
                _ => Regex.Escape(c.ToString()),
            });
            if (c == '[' && close > i + 1)
            {
                i = close;
            }
        }

        // A file is matched by its own name, or by a folder it is in; a folder pattern only by the latter.
        regex.Append(folderOnly ? "/.*$" : "(?:/.*)?$");
        return new Regex(regex.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    // A set's characters for a regular expression: "!" first negates it, as "^" does there.
    private static string Set(string inside) =>
        (inside.StartsWith('!') ? "^" + inside[1..] : inside).Replace("\\", "\\\\", StringComparison.Ordinal);
}
