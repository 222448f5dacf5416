using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace TwitchSite.Content;

/// <summary>
/// What a Jekyll site's <c>_config.yml</c> (in the input folder) keeps out of the site with its
/// <c>exclude:</c> list: a file or folder is left out when an entry is a start of its path
/// (<c>vendor</c> leaves out <c>vendor/…</c>) or matches it as a shell pattern (<c>Gemfile*</c>), as
/// Jekyll reads the list. Jekyll 4 adds its own default list to the site's
/// (<see cref="Defaults"/>: Gemfile, node_modules/, vendor/bundle/...), less the entries the site's
/// <c>include:</c> list names; a site without <c>exclude:</c> gets the defaults too. Neither a page
/// nor a copied file is published from what is excluded. Reads <c>_config.yml</c> only, and not when
/// it is a link out of the input folder; a folder without one is no Jekyll site and excludes nothing.
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

    /// <summary>
    /// Jekyll 4's default exclusions, which it adds to every site's <c>exclude:</c> list (Jekyll 3
    /// replaced them with the site's list; sites are built with Jekyll 4 today, GitHub Pages aside).
    /// The list of Jekyll's configuration documentation, from <c>jekyll new</c>'s <c>_config.yml</c>.
    /// </summary>
    public static IReadOnlyList<string> Defaults { get; } =
    [
        ".sass-cache/", ".jekyll-cache/", "gemfiles/", "Gemfile", "Gemfile.lock", "node_modules/",
        "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/",
    ];

    /// <summary>
    /// What <paramref name="inputFolder"/>'s <c>_config.yml</c> excludes: its <c>exclude:</c> list and
    /// Jekyll's <see cref="Defaults"/> its <c>include:</c> list does not name; <see cref="None"/> without the file.
    /// </summary>
    public static JekyllExclude Of(string inputFolder)
    {
        if (JekyllCollections.Config(inputFolder) is not { } config)
        {
            return None;
        }

        var included = Entries(config.Root, "include").Select(e => e.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        var entries = Entries(config.Root, "exclude")
            .Concat(Defaults.Where(d => !included.Contains(d.TrimEnd('/'))))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return entries.Count == 0 ? None : new JekyllExclude(entries, [.. entries.Select(Pattern)]);
    }

    private static List<string> Entries(YamlMappingNode? root, string key) =>
        root is not null && root.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode list
            ? [.. list.Children.OfType<YamlScalarNode>().Select(n => (n.Value ?? "").Trim().TrimStart('/')).Where(e => e.Length > 0)]
            : [];

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
