using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace TwitchSite.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// Where the TextMate registry finds grammars: the ones TextMateSharp.Grammars ships (VS Code's),
/// plus our own for languages it lacks (TOML, embedded in this assembly as
/// <c>TwitchSite.Grammars.*.tmLanguage.json</c>). Themes are never used for colours (the page gets CSS
/// classes), but the registry wants one, so it gets the library's light theme.
/// </summary>
internal sealed class HighlightRegistryOptions : IRegistryOptions
{
    /// <summary>Scope names of our own grammars, by the resource that holds each.</summary>
    private static readonly Dictionary<string, string> OwnGrammars = new(StringComparer.Ordinal)
    {
        ["source.toml"] = "TwitchSite.Grammars.toml.tmLanguage.json",
    };

    private readonly RegistryOptions _library;

    public HighlightRegistryOptions(RegistryOptions library) => _library = library;

    /// <inheritdoc />
    public IRawGrammar GetGrammar(string scopeName)
    {
        if (OwnGrammars.TryGetValue(scopeName, out var resource))
        {
            using var stream = typeof(HighlightRegistryOptions).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"grammar resource {resource} is missing from the assembly");
            using var reader = new StreamReader(stream);
            return GrammarReader.ReadGrammarSync(reader);
        }

        return _library.GetGrammar(scopeName);
    }

    /// <inheritdoc />
    public ICollection<string>? GetInjections(string scopeName) => _library.GetInjections(scopeName);

    /// <inheritdoc />
    public IRawTheme GetTheme(string scopeName) => _library.GetTheme(scopeName);

    /// <inheritdoc />
    public IRawTheme GetDefaultTheme() => _library.GetDefaultTheme();
}
