using System.Collections.Immutable;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using TwitchSite.Site;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Content;

/// <summary>
/// A multilingual Hugo site may name a page's language in its file name (<c>page.fa.md</c>,
/// <c>_index.fa.md</c>) instead of keeping each language in its own folder. This generator builds
/// one language, the site's default (<see cref="HugoLanguages"/>): its files are read as if their
/// name had no language (<c>page.en.md</c> is <c>page.md</c>, published at <c>/page/</c>;
/// <c>_index.en.md</c> is the folder's page), and the other languages' files are left out, with
/// one note for the whole site (TW0241, info) at the first of them. Runs first on the Content
/// pipeline's documents; other sites' documents pass as they are.
/// </summary>
/// <param name="languages">The site's languages (<see cref="HugoLanguages.Of"/>); null for a site of one language.</param>
public sealed class KeepDefaultLanguage(HugoLanguages? languages) : IModule
{
    /// <summary>
    /// True when <paramref name="relative"/> is content once its language is taken out of its name: Hugo's
    /// <c>_index.fa.md</c>, which would otherwise be a private file (its name starts with <c>_</c>).
    /// </summary>
    public static bool IsContent(string relative, HugoLanguages? languages, Func<string, bool> isContent) =>
        languages?.LanguageOf(relative) is not null && isContent(HugoLanguages.WithoutLanguage(relative));

    /// <inheritdoc />
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context)
    {
        if (languages is null)
        {
            return inputs;
        }

        var sources = inputs.Select(d => d.Source).ToHashSet(StringComparer.Ordinal);
        var kept = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        var left = new List<Document>();
        foreach (var document in inputs)
        {
            var language = languages.LanguageOf(document.Source);
            if (language is null)
            {
                kept.Add(document);
            }
            else if (language != languages.Default)
            {
                left.Add(document);
            }
            else
            {
                // "page.en.md" beside a "page.md" of its own: both would be the page; the plain one keeps its name.
                var plain = HugoLanguages.WithoutLanguage(document.Source);
                kept.Add(sources.Contains(plain) ? document : document with { Source = plain });
            }
        }

        if (left.Count > 0)
        {
            // One note, not one line a file: a translated site has as many such files as pages.
            var first = left.MinBy(d => d.Source, StringComparer.Ordinal)!;
            var others = string.Join(", ", languages.Languages.Where(l => l != languages.Default).Order(StringComparer.Ordinal));
            context.Diagnostics.Add(Codes.OtherLanguagesLeftOut.Create(
                new SourceLocation(first.SourceFullPath ?? first.Source), left.Count, others, languages.Default, first.Source));
        }

        return kept.ToImmutable();
    }
}
