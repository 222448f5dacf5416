using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using TwitchSite.Building;
using TwitchSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace TwitchSite.BrowserTests.Reader;

/// <summary>
/// Lighthouse 12.8.2 (tests/lighthouse, installed with npm on first use) on the home page and
/// a topic page, in the same Chromium as the other browser tests, with Lighthouse's mobile
/// settings and real 4x CPU throttling. Checked, because they do not depend on how busy the
/// machine is: accessibility, best practices and SEO at 1, no layout shift, nothing but the
/// site's stylesheet and theme-init.js blocking rendering, and byte budgets (tests/lighthouse/audit.mjs).
/// The performance score is printed in the test's output, not checked. The site is built for the
/// address it is served at, as published. In a collection of its own that never runs beside
/// the other browser tests (LighthouseGroup).
/// </summary>
[Collection(LighthouseGroup.Name)]
[Trait("Category", "Slow")] // Chromium on the real site with its search index
public sealed class LighthouseTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Home_and_a_topic_page_are_accessible_do_not_shift_on_a_slow_phone_and_keep_their_byte_budgets()
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "lighthouse");
        Install(folder);
        var chromium = await ChromiumLauncher.ExecutablePathAsync(output.WriteLine); // it builds and serves its own site, so it needs no SearchSite
        var port = FreePort();
        var built = Path.Combine(Path.GetTempPath(), "twitchsite-lighthouse", Guid.NewGuid().ToString("N"));
        var headers = Path.Combine(Path.GetTempPath(), "twitchsite-lighthouse-headers-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var outcome = SiteBuilder.Build(new BuildOptions { Input = RepoPaths.Input, Theme = RepoPaths.Theme, Output = built, Strict = true, BaseUrl = $"http://127.0.0.1:{port}" });
            Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics.Select(d => d.Message)));
            File.WriteAllText(headers, JsonSerializer.Serialize(TwitchSite.Publishing.SecurityHeaders.All.Where(h => h.Key != "Strict-Transport-Security").ToDictionary(h => h.Key, h => h.Value)));

            var (code, text) = Run("node", folder, TimeSpan.FromMinutes(8), chromium, "audit.mjs", "--site", built, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--headers", headers, "/", "/symptoms/when-to-see-a-doctor/");
            output.WriteLine(text); // the performance scores are reported here

            Assert.True(code == 0, text);
            Assert.Contains("/: performance", text, StringComparison.Ordinal);
            Assert.Contains("/symptoms/when-to-see-a-doctor/: performance", text, StringComparison.Ordinal);
            Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(text, "cumulative layout shift: 0\n"));
        }
        finally
        {
            if (Directory.Exists(built))
            {
                Directory.Delete(built, recursive: true);
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
        var (code, text) = Run("npm", folder, TimeSpan.FromMinutes(5), null, "install", "--no-audit", "--no-fund");
        Assert.True(code == 0, "npm install in tests/lighthouse failed (Node.js 20.19+ and npm are needed):\n" + text);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (int, string) Run(string file, string folder, TimeSpan timeout, string? chromium, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (chromium is not null)
        {
            start.Environment["CHROME_PATH"] = chromium;
        }

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
