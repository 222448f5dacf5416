namespace TwitchSite.Publishing;

/// <summary>
/// The HTTP security headers of the site, in one place: the preview server sends them with every
/// response, and publishing writes the same list for the host (netlify.toml). The Content Security
/// Policy allows only what the site needs: scripts, styles, images, fonts and connections from
/// the site itself; <c>'wasm-unsafe-eval'</c> so Pagefind's search can run its WebAssembly; and
/// nothing inline (JavaScript lives in <c>theme/assets/js/</c>). The preview's live reload needs
/// nothing more: its script and its event stream are served from the same origin.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy value.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self' 'wasm-unsafe-eval'; " +
        "style-src 'self'; " +
        "img-src 'self' data:; " +
        "font-src 'self'; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    /// <summary>Every header with its value, in a stable order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        KeyValuePair.Create("Content-Security-Policy", ContentSecurityPolicy),
        KeyValuePair.Create("X-Content-Type-Options", "nosniff"),
        KeyValuePair.Create("Referrer-Policy", "strict-origin-when-cross-origin"),
        KeyValuePair.Create("X-Frame-Options", "DENY"),
        KeyValuePair.Create("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        KeyValuePair.Create("Cross-Origin-Opener-Policy", "same-origin"),
        KeyValuePair.Create("Strict-Transport-Security", "max-age=63072000; includeSubDomains"), // ignored by browsers over plain http, as in the preview
    ];
}
