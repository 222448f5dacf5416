using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Search.Synonyms;

/// <summary>
/// The names of one thing: everyday words, technical terms and other well-known names. A search for any of them should find the pages that use any other.
/// </summary>
/// <param name="Terms">Every name, in the order written, without duplicates.</param>
/// <param name="Location">Where the group is written, for diagnostics; null when it comes from elsewhere.</param>
public sealed record SynonymGroup(IReadOnlyList<string> Terms, SourceLocation? Location = null);
