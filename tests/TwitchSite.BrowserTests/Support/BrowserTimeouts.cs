using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace TwitchSite.BrowserTests.Support;

/// <summary>
/// How long the browser tests wait for a page to reach the state they assert. These are ceilings,
/// not delays: a test goes on the moment the state is reached. CI runs on a busy two-core machine
/// where loading the search library (WebAssembly) and its index can take several seconds, longer
/// than Playwright's 5-second default for <c>Expect</c>, which made passing behaviour fail at random.
/// </summary>
public static class BrowserTimeouts
{
    /// <summary>Longest wait for an assertion (<c>Expect(...)</c>) or a page action, in milliseconds.</summary>
    public const float Ceiling = 30_000;

    /// <summary>Applies <see cref="Ceiling"/> to every <c>Expect</c> of this test assembly, before any test runs.</summary>
    [ModuleInitializer]
    internal static void ApplyToAssertions() => Assertions.SetDefaultExpectTimeout(Ceiling);
}
