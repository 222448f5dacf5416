using TwitchSite.Engine.Diagnostics;
using TwitchSite.Yaml;

namespace TwitchSite.Data;

/// <summary>
/// Checks that <c>_data/glossary.yml</c> is what the glossary page, the term tooltips and search
/// read: a list of entries, each with a text <c>term</c> and <c>definition</c> and, optionally,
/// lists of text <c>also_called</c> (shown) and <c>search_aliases</c> (search only). Entries that are not are left out of the site, so each one is
/// reported where it starts (TW0502, a warning: the rest of the glossary still works).
/// </summary>
public static class GlossaryShape
{
    /// <summary>The data file name this applies to.</summary>
    public const string Name = "glossary";


    /// <summary>Every problem with the parsed <paramref name="result"/> of <paramref name="path"/>.</summary>
    public static IEnumerable<Diagnostic> Check(YamlReadResult result, string path)
    {
        if (result.Value is null)
        {
            yield break; // an empty glossary is allowed
        }

        if (result.Value is not List<object?> entries)
        {
            yield return Diagnostics.Codes.GlossaryNotList.Create(new SourceLocation(path, 1, 1));
            yield break;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var where = i < result.ItemLocations.Count ? result.ItemLocations[i] : new SourceLocation(path, 1, 1);
            var problem = entries[i] switch
            {
                not Dictionary<string, object?> => "is not `term:` and `definition:` lines",
                Dictionary<string, object?> entry when entry.GetValueOrDefault("term") is not string { Length: > 0 } => "has no text `term`",
                Dictionary<string, object?> entry when entry.GetValueOrDefault("definition") is not string { Length: > 0 } => "has no text `definition`",
                Dictionary<string, object?> entry when GlossaryNames.ListKeys.FirstOrDefault(k => entry.TryGetValue(k, out var names) && names is not null && (names is not List<object?> list || list.Any(a => a is not string))) is { } key => $"has `{key}` that are not a list of words",
                _ => null,
            };
            if (problem is not null)
            {
                yield return Diagnostics.Codes.GlossaryEntryUnusable.Create(where, i + 1, problem);
            }
        }
    }
}
