using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace TwitchSite.Content;

/// <summary>
/// What a Jekyll site's <c>_config.yml</c> (in the input folder) keeps out of the site with its
/// <c>exclude:</c> list: a file or folder is left out when an entry is a start of its path
/// (<c>vendor</c> leaves out <c>vendor/…</c>) or matches it as a shell pattern (<c>Gemfile*</c>), as
/// Jekyll reads the list. Neither a page nor a copied file is published from what is excluded.
/// Reads <c>_config.yml</c> only, and not when it is a link out of the input folder.
/// </summary>
public sealed class JekyllExclude
{
    private readonly List<string> _prefixes;
    private readonly List<Regex> _patterns;

    private JekyllExclude(List<string> prefixes, List<Regex> patterns)
    {
        _prefixes = prefixes;
        _patterns = patterns;
    }

    /// <summary>Nothing excluded: a site without Jekyll's configuration, or with no <c>exclude:</c> list.</summary>
    public static JekyllExclude None { get; } = new([], []);

    /// <summary>The <c>exclude:</c> list of <paramref name="inputFolder"/>'s <c>_config.yml</c>; <see cref="None"/> without one.</summary>
    public static JekyllExclude Of(string inputFolder)
    {
        var list = JekyllCollections.Config(inputFolder)?.Root is { } root
            && root.Children.TryGetValue(new YamlScalarNode("exclude"), out var value) ? value as YamlSequenceNode : null;
        var entries = list?.Children.OfType<YamlScalarNode>().Select(n => (n.Value ?? "").Trim().TrimStart('/')).Where(e => e.Length > 0).ToList() ?? [];
        return entries.Count == 0 ? None : new JekyllExclude(entries, [.. entries.Select(Pattern)]);
    }

    /// <summary>True when <paramref name="relative"/> (a path under the input folder, '/' separated) is excluded.</summary>
    public bool Excludes(string relative) =>
        _prefixes.Count > 0 && (_prefixes.Exists(p => relative.StartsWith(p, StringComparison.Ordinal)) || _patterns.Exists(p => p.IsMatch(relative)));

    // A shell pattern as Ruby's File.fnmatch reads it without flags: "*" is any run of characters
    // ("/" too), "?" one character, "[...]" one of a set.
    private static Regex Pattern(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            var close = c == '[' ? glob.IndexOf(']', i + 1) : -1;
            pattern.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                '[' when close > i + 1 => "[" + Set(glob[(i + 1)..close]) + "]",
                _ => Regex.Escape(c.ToString()),
            });
            if (c == '[' && close > i + 1)
            {
                i = close;
            }
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    // A set's characters for a regular expression: "!" first negates it, as "^" does there.
    private static string Set(string inside) =>
        (inside.StartsWith('!') ? "^" + inside[1..] : inside).Replace("\\", "\\\\", StringComparison.Ordinal);
}
