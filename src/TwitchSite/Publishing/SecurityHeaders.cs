namespace TwitchSite.Publishing;

/// <summary>
/// The HTTP headers every page of the published site carries, in one place: netlify.toml
/// states them for Netlify (a test checks they are equal) and the preview server applies them.
/// The Content-Security-Policy allows scripts only from the site itself, plus
/// <c>'wasm-unsafe-eval'</c> because the search library runs WebAssembly; no inline script.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy of every page.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'";

    /// <summary>
    /// The same policy for a <c>&lt;meta http-equiv="Content-Security-Policy"&gt;</c> in every
    /// page's head, so it holds on any host, not only where the headers are sent. Browsers ignore
    /// <c>frame-ancestors</c> in a meta tag (and warn), so it is left out there; the
    /// X-Frame-Options header still covers framing where headers are sent.
    /// </summary>
    public static string MetaContentSecurityPolicy { get; } =
        string.Join("; ", ContentSecurityPolicy.Split("; ").Where(directive => !directive.StartsWith("frame-ancestors", StringComparison.Ordinal)));

    /// <summary>Cache-Control of fingerprinted assets: their name changes whenever their bytes do.</summary>
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    /// <summary>Cache-Control of pages: always revalidate, so readers see a new review at once.</summary>
    public const string RevalidateCacheControl = "public, max-age=0, must-revalidate";

    /// <summary>Headers for every response, in a stable order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("Strict-Transport-Security", "max-age=63072000; includeSubDomains"),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
        new("Cross-Origin-Opener-Policy", "same-origin"),
        new("X-Frame-Options", "DENY"),
    ];
}
