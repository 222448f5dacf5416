using System.Diagnostics;
using Tomlyn;
using Tomlyn.Model;
using TwitchSite.Publishing;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Publishing;

/// <summary>netlify.toml as Netlify reads it, and the publish script it runs.</summary>
public sealed class NetlifyConfigTests
{
    private static readonly TomlTable Config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml")))!;

    [Fact]
    public void The_build_runs_the_publish_script_into_the_publish_folder()
    {
        var build = (TomlTable)Config["build"];

        Assert.Equal("output", build["publish"]);
        Assert.Equal("bash .ci/publish output", build["command"]);
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "publish"));
        Assert.Contains("build --strict --output \"$publish_dir\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_response_carries_exactly_the_security_headers_of_the_code()
    {
        var all = Rule("/*");

        Assert.Equal(SecurityHeaders.All.Select(h => h.Key), all.Keys);
        foreach (var (name, value) in SecurityHeaders.All)
        {
            Assert.Equal(value, all[name]);
        }
    }

    [Fact]
    public void The_policy_forbids_inline_scripts_and_framing_and_allows_only_wasm_for_search()
    {
        var csp = (string)Rule("/*")["Content-Security-Policy"];
        var directives = csp.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);

        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", csp, StringComparison.Ordinal);
        Assert.Equal("script-src 'self' 'wasm-unsafe-eval'", directives["script-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("default-src 'self'", directives["default-src"]);
        Assert.Equal("nosniff", Rule("/*")["X-Content-Type-Options"]);
    }

    [Fact]
    public void Fingerprinted_assets_are_cached_forever_and_pages_are_not()
    {
        Assert.Equal(SecurityHeaders.ImmutableCacheControl, Rule("/assets/*")["Cache-Control"]);
        Assert.False(Rule("/*").ContainsKey("Cache-Control"), "pages must keep Netlify's revalidating default");
    }

    [Fact]
    public void The_publish_script_uses_an_installed_sdk_of_the_global_json_channel()
    {
        using var fake = new FakeTools("10.0.100 [/usr/share/dotnet/sdk]");

        var (code, log) = fake.Run();

        Assert.Equal(0, code);
        Assert.Contains("dotnet run --project src/TwitchSite -c Release -- build --strict --output public", log, StringComparison.Ordinal);
        Assert.DoesNotContain("curl", log, StringComparison.Ordinal);
    }

    [Fact]
    public void The_publish_script_installs_the_global_json_channel_when_no_matching_sdk_is_installed()
    {
        using var fake = new FakeTools("9.0.300 [/usr/share/dotnet/sdk]");

        var (code, log) = fake.Run();

        Assert.Equal(0, code);
        Assert.Contains("curl --fail --silent --show-error --location https://dot.net/v1/dotnet-install.sh", log, StringComparison.Ordinal);
        Assert.Contains("dotnet-install --channel 10.0 --install-dir", log, StringComparison.Ordinal);
        Assert.Contains("build --strict --output public", log, StringComparison.Ordinal);
    }

    private static TomlTable Rule(string pattern) =>
        (TomlTable)((TomlTableArray)Config["headers"]).Single(h => (string)h["for"] == pattern)["values"];

    /// <summary>Stand-ins for dotnet, curl and npm on PATH that log how they were called.</summary>
    private sealed class FakeTools : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "twitchsite-fake-" + Guid.NewGuid().ToString("N"));

        public FakeTools(string listedSdk)
        {
            Directory.CreateDirectory(_folder);
            var log = Path.Combine(_folder, "log");
            Write("dotnet", $"if [ \"$1\" = --list-sdks ]; then echo '{listedSdk}'; exit 0; fi\necho \"dotnet $*\" >> '{log}'");
            Write("npm", $"echo \"npm $*\" >> '{log}'");
            Write("curl", $"echo \"curl $*\" >> '{log}'\nout=''; while [ $# -gt 0 ]; do if [ \"$1\" = -o ]; then out=$2; fi; shift; done\nprintf '%s\\n' 'echo \"dotnet-install $*\" >> \"{log}\"' > \"$out\"");
        }

        public (int, string) Run()
        {
            var start = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(RepoPaths.Root, ".ci", "publish"));
            start.ArgumentList.Add("public");
            start.Environment["PATH"] = _folder + ":/usr/bin:/bin";
            start.Environment["HOME"] = _folder;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            var log = File.Exists(Path.Combine(_folder, "log")) ? File.ReadAllText(Path.Combine(_folder, "log")) : "";
            return (process.ExitCode, log + output);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private void Write(string name, string body)
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllText(path, "#!/bin/bash\n" + body + "\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }
}
