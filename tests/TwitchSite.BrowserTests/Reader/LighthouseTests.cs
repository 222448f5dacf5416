using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using TwitchSite.Building;
using TwitchSite.BrowserTests.Support;

namespace TwitchSite.BrowserTests.Reader;

/// <summary>
/// Lighthouse 12.8.2 (tests/lighthouse, installed with npm on first use) on the home page and
/// a topic page, in Debian's Chromium: performance, accessibility, best practices and SEO must
/// each score at least 0.95. The site is built for the address it is served at, as published.
/// </summary>
public sealed class LighthouseTests
{
    [Fact]
    public void Home_and_a_topic_page_score_at_least_095_in_every_category()
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "lighthouse");
        Install(folder);
        var port = FreePort();
        var output = Path.Combine(Path.GetTempPath(), "twitchsite-lighthouse", Guid.NewGuid().ToString("N"));
        var headers = Path.Combine(Path.GetTempPath(), "twitchsite-lighthouse-headers-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var outcome = SiteBuilder.Build(new BuildOptions { Input = RepoPaths.Input, Theme = RepoPaths.Theme, Output = output, Strict = true, BaseUrl = $"http://127.0.0.1:{port}" });
            Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics.Select(d => d.Message)));
            File.WriteAllText(headers, JsonSerializer.Serialize(TwitchSite.Publishing.SecurityHeaders.All.Where(h => h.Key != "Strict-Transport-Security").ToDictionary(h => h.Key, h => h.Value)));

            var (code, text) = Run("node", folder, TimeSpan.FromMinutes(5), "audit.mjs", "--site", output, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--headers", headers, "--min", "0.95", "/", "/symptoms/when-to-see-a-doctor/");

            Assert.True(code == 0, text);
            Assert.Contains("/symptoms/when-to-see-a-doctor/: performance", text, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }

            File.Delete(headers);
        }
    }

    private static void Install(string folder)
    {
        if (File.Exists(Path.Combine(folder, "node_modules", "lighthouse", "package.json")))
        {
            return;
        }

        // `npm ci` refuses Lighthouse's own lockfile; `npm install` keeps to the committed lockfile.
        var (code, text) = Run("npm", folder, TimeSpan.FromMinutes(5), "install", "--no-audit", "--no-fund");
        Assert.True(code == 0, "npm install in tests/lighthouse failed (Node.js 20.19+ and npm are needed):\n" + text);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (int, string) Run(string file, string folder, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CHROME_PATH"] = File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : Environment.GetEnvironmentVariable("CHROME_PATH") ?? "";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{file} did not finish within {timeout}");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
