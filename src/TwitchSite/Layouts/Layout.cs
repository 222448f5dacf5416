using Fluid;
using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.Layouts;

/// <summary>A parsed layout: its template, and the layout it is wrapped in, if any.</summary>
/// <param name="Name">Name pages use in <c>layout:</c> (file name without <c>.liquid</c>).</param>
/// <param name="FullPath">The file it was read from (an input/ override or the theme's).</param>
/// <param name="Template">The parsed template, reused for every page.</param>
/// <param name="Parent">The layout this one's output is placed in as <c>content</c>, or null.</param>
/// <param name="ParentLocation">Where the parent is named, for diagnostics.</param>
/// <param name="LoopLocation">Its first loop or include (<see cref="LayoutLoops"/>), where running too long is reported.</param>
public sealed record Layout(string Name, string FullPath, IFluidTemplate Template, string? Parent, SourceLocation? ParentLocation, SourceLocation LoopLocation);
