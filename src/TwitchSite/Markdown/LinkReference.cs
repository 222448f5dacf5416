using TwitchSite.Engine.Diagnostics;
using TwitchSite.Urls;

namespace TwitchSite.Markdown;

/// <summary>A link or image written in a page, with where it stands and what it resolves to.</summary>
/// <param name="Url">The URL as written.</param>
/// <param name="Location">Where it is written.</param>
/// <param name="Target">What it points at.</param>
public sealed record LinkReference(string Url, SourceLocation Location, ResolvedLink Target);
