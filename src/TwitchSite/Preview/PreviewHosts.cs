namespace TwitchSite.Preview;

/// <summary>
/// Which <c>Host</c> headers the preview answers: <c>localhost</c>, <c>127.0.0.1</c> and
/// <c>[::1]</c>, with or without a port, the name in any case. Listening on 127.0.0.1 alone does
/// not stop a web page from reading the preview: through DNS rebinding its own name (say
/// <c>evil.example</c>) comes to point at 127.0.0.1, and the browser then sends that name as the
/// Host. Refusing every other name closes that door.
/// </summary>
public static class PreviewHosts
{
    /// <summary>The host names (without port) the preview answers to.</summary>
    public static readonly IReadOnlyList<string> Allowed = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>True when <paramref name="host"/>, a raw Host header value, names this machine's loopback as allowed.</summary>
    public static bool IsAllowed(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }

        // An IPv6 literal carries colons of its own: its port starts after the closing bracket.
        int end;
        if (host.StartsWith('['))
        {
            end = host.IndexOf(']', StringComparison.Ordinal) + 1;
            if (end == 0)
            {
                return false;
            }
        }
        else
        {
            end = host.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? colon : host.Length;
        }

        var name = host[..end];
        var port = host[end..];
        return Allowed.Contains(name, StringComparer.OrdinalIgnoreCase) && (port.Length == 0 || IsPort(port));
    }

    private static bool IsPort(string suffix) =>
        suffix.Length is > 1 and <= 6 && suffix[0] == ':' && suffix[1..].All(char.IsAsciiDigit) && int.Parse(suffix[1..], System.Globalization.CultureInfo.InvariantCulture) <= 65535;
}
