using TwitchSite.Engine.Diagnostics;
using TwitchSite.Search.Pagefind;

namespace TwitchSite.Tests.Search;

/// <summary>
/// Getting a Pagefind binary for a build when it is missing: install it once with npm, or say
/// what to install. npm is replaced by a fake that writes what `npm ci` would.
/// </summary>
public sealed class PagefindProviderTests : IDisposable
{
    private readonly string _theme = Directory.CreateTempSubdirectory("twitchsite-provider-").FullName;
    private readonly PagefindPlatform _platform = PagefindPlatform.Current!;
    private int _npmRuns;

    public PagefindProviderTests()
    {
        File.WriteAllText(Path.Combine(_theme, "package.json"), "{\n  \"devDependencies\": {\n    \"pagefind\": \"1.6.0\"\n  }\n}\n");
        File.WriteAllText(Path.Combine(_theme, "package-lock.json"), $$"""{ "packages": { "node_modules/{{_platform.Package}}": { "version": "1.6.0" } } }""");
    }

    public void Dispose() => Directory.Delete(_theme, recursive: true);

    private static readonly PagefindLocator NoEnvironment = new(_ => null, File.Exists, path => File.Exists(path) ? File.ReadAllText(path) : null);

    private ProcessResult FakeNpmCi(string npm, string folder)
    {
        _npmRuns++;
        var binary = PagefindLocator.InstalledPath(folder, _platform);
        Directory.CreateDirectory(Path.GetDirectoryName(binary)!);
        File.WriteAllText(binary, "");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(binary)!)!, "package.json"), """{"version":"1.6.0"}""");
        return new ProcessResult(0, "added 2 packages", TimeSpan.Zero, false);
    }

    [Fact]
    public void Given_pagefind_missing_and_npm_present_When_provided_twice_Then_npm_ci_runs_once_and_the_binary_is_used()
    {
        var provider = new PagefindProvider(_theme, NoEnvironment, () => "/usr/bin/npm", FakeNpmCi);
        var sink = new DiagnosticSink();

        var first = provider.Provide(sink);
        var second = provider.Provide(sink);

        Assert.Equal(PagefindLocator.InstalledPath(_theme, _platform), first);
        Assert.Equal(first, second);
        Assert.Equal(1, _npmRuns);
        Assert.Empty(sink.All);
    }

    [Fact]
    public void Given_pagefind_missing_and_no_npm_When_provided_Then_a_warning_at_the_pin_says_to_install_node()
    {
        var sink = new DiagnosticSink();

        var binary = new PagefindProvider(_theme, NoEnvironment, () => null, FakeNpmCi).Provide(sink);

        Assert.Null(binary);
        var warning = Assert.Single(sink.All);
        Assert.Equal(("TW0601", Severity.Warning), (warning.Code, warning.Severity));
        Assert.Equal("search index not built: Pagefind 1.6.0 is not installed and npm (Node.js) was not found", warning.Message);
        Assert.Contains("install Node.js", warning.Hint, StringComparison.Ordinal);
        Assert.Contains("--no-search", warning.Hint, StringComparison.Ordinal);
        Assert.Equal((3, 5), (warning.Location!.Line, warning.Location.Column));
        Assert.Equal(0, _npmRuns);
    }

    [Fact]
    public void Given_strict_and_no_npm_When_provided_Then_it_is_an_error()
    {
        var sink = new DiagnosticSink { WarningsAsErrors = true };

        new PagefindProvider(_theme, NoEnvironment, () => null, FakeNpmCi).Provide(sink);

        Assert.Equal(Severity.Error, Assert.Single(sink.All).Severity);
    }

    [Fact]
    public void Given_npm_ci_fails_When_provided_Then_a_warning_quotes_npm()
    {
        var sink = new DiagnosticSink();
        var provider = new PagefindProvider(_theme, NoEnvironment, () => "/usr/bin/npm", (_, _) => new ProcessResult(1, "npm error code ENOTFOUND\nnpm error network request failed", TimeSpan.Zero, false));

        Assert.Null(provider.Provide(sink));
        var warning = Assert.Single(sink.All);
        Assert.Equal("TW0602", warning.Code);
        Assert.Contains("(exit 1): npm error code ENOTFOUND | npm error network request failed", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_theme_without_a_lockfile_When_provided_Then_it_says_what_to_add()
    {
        File.Delete(Path.Combine(_theme, "package-lock.json"));
        var sink = new DiagnosticSink();

        Assert.Null(new PagefindProvider(_theme, NoEnvironment, () => "/usr/bin/npm", FakeNpmCi).Provide(sink));
        Assert.Contains("package-lock.json", Assert.Single(sink.All).Message, StringComparison.Ordinal);
        Assert.Equal(0, _npmRuns);
    }

    [Fact]
    public void Given_an_environment_variable_naming_a_missing_file_When_provided_Then_it_says_so()
    {
        var sink = new DiagnosticSink();
        var locator = new PagefindLocator(name => name == "PAGEFIND_EXTENDED_BINARY_PATH" ? "/nowhere/pagefind_extended" : null, File.Exists, _ => null);

        Assert.Null(new PagefindProvider(_theme, locator, () => "/usr/bin/npm", FakeNpmCi).Provide(sink));
        Assert.Contains("'/nowhere/pagefind_extended', which does not exist", Assert.Single(sink.All).Message, StringComparison.Ordinal);
    }
}
