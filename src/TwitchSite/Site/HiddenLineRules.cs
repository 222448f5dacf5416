using System.Collections.Frozen;

namespace TwitchSite.Site;

/// <summary>
/// Which lines of an mdBook book's code blocks are hidden: in Rust blocks, rustdoc's lines
/// (<c># </c> or a lone <c>#</c> at the line's start, <c>##</c> standing for a literal <c>#</c>); in
/// other languages, lines starting with the prefix book.toml's <c>[output.html.code.hidelines]</c>
/// gives the language (<c>python = "~"</c>). Compared by value, so a page whose book settings did not
/// change is still the same page to the live preview's cache.
/// </summary>
public sealed class HiddenLineRules : IEquatable<HiddenLineRules>
{
    /// <summary>The rules of a book that gives no prefixes: Rust's alone.</summary>
    public static readonly HiddenLineRules RustOnly = new(new Dictionary<string, string>());

    /// <summary>Creates the rules with <paramref name="prefixes"/>, each language's hiding prefix (language names in any case).</summary>
    public HiddenLineRules(IReadOnlyDictionary<string, string> prefixes) =>
        Prefixes = prefixes.Where(p => p.Value.Length > 0).ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>Each language's hiding prefix from book.toml, by language name.</summary>
    public FrozenDictionary<string, string> Prefixes { get; }

    /// <inheritdoc />
    public bool Equals(HiddenLineRules? other) =>
        other is not null && other.Prefixes.Count == Prefixes.Count
        && Prefixes.All(p => other.Prefixes.TryGetValue(p.Key, out var prefix) && prefix == p.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HiddenLineRules);

    /// <inheritdoc />
    public override int GetHashCode() => Prefixes.Count;
}
