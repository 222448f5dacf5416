using TwitchSite.Search.Pagefind;


namespace TwitchSite.Tests.Search;

/// <summary>Where the generator finds the Pagefind binary, on a file system described in memory.</summary>
public sealed class PagefindLocatorTests
{
    private static readonly PagefindPlatform Linux = new("@pagefind/linux-x64", "pagefind_extended");
    private static readonly string Theme = Path.Combine(Path.GetTempPath(), "theme");
    private static readonly string Binary = Path.Combine(Theme, "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended");
    private static readonly string PackageJson = Path.Combine(Theme, "node_modules", "@pagefind", "linux-x64", "package.json");
    private static readonly string Lockfile = Path.Combine(Theme, "package-lock.json");

    private static string Lock(string version) => $$"""{ "packages": { "node_modules/@pagefind/linux-x64": { "version": "{{version}}" } } }""";

    private static PagefindLocator Locator(Dictionary<string, string> files, Dictionary<string, string>? environment = null) =>
        new(name => environment?.GetValueOrDefault(name), files.ContainsKey, path => files.GetValueOrDefault(path));

    [Fact]
    public void Given_the_installed_version_is_the_locked_one_When_located_Then_the_theme_binary_is_used()
    {
        var locator = Locator(new() { [Binary] = "", [PackageJson] = """{"version":"1.6.0"}""", [Lockfile] = Lock("1.6.0") });

        Assert.Equal(Binary, locator.FromTheme(Theme, Linux));
        Assert.Equal(Binary, PagefindLocator.InstalledPath(Theme, Linux));
    }

    [Fact]
    public void Given_an_older_install_than_the_lockfile_When_located_Then_it_counts_as_missing_so_it_is_reinstalled()
    {
        var locator = Locator(new() { [Binary] = "", [PackageJson] = """{"version":"1.5.2"}""", [Lockfile] = Lock("1.6.0") });

        Assert.Null(locator.FromTheme(Theme, Linux));
    }

    [Fact]
    public void Given_no_lockfile_When_located_Then_any_installed_version_is_used()
    {
        var locator = Locator(new() { [Binary] = "", [PackageJson] = """{"version":"1.5.2"}""" });

        Assert.Equal(Binary, locator.FromTheme(Theme, Linux));
    }

    [Fact]
    public void Given_the_package_without_its_binary_When_located_Then_there_is_none()
    {
        var locator = Locator(new() { [PackageJson] = """{"version":"1.6.0"}""", [Lockfile] = Lock("1.6.0") });

        Assert.Null(locator.FromTheme(Theme, Linux));
    }

    [Fact]
    public void Given_nothing_installed_When_located_Then_there_is_none()
    {
        Assert.Null(Locator([]).FromTheme(Theme, Linux));
    }

    [Fact]
    public void Given_Pagefinds_own_environment_variables_When_located_Then_the_extended_one_wins()
    {
        var both = Locator([], new() { ["PAGEFIND_BINARY_PATH"] = "/opt/pagefind", ["PAGEFIND_EXTENDED_BINARY_PATH"] = "/opt/pagefind_extended" });
        var plain = Locator([], new() { ["PAGEFIND_BINARY_PATH"] = "/opt/pagefind" });

        Assert.Equal("/opt/pagefind_extended", both.FromEnvironment());
        Assert.Equal("/opt/pagefind", plain.FromEnvironment());
        Assert.Null(Locator([]).FromEnvironment());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"packages": {}}""")]
    [InlineData("[]")]
    public void Given_a_lockfile_without_the_entry_When_its_version_is_read_Then_there_is_none(string json)
    {
        Assert.Null(PagefindLocator.VersionIn(json, "node_modules/@pagefind/linux-x64"));
    }
}
