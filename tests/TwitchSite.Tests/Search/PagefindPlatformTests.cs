using System.Runtime.InteropServices;
using TwitchSite.Search;

namespace TwitchSite.Tests.Search;

public sealed class PagefindPlatformTests
{
    [Theory]
    [InlineData("linux", Architecture.X64, "@pagefind/linux-x64", "pagefind_extended")]
    [InlineData("linux", Architecture.Arm64, "@pagefind/linux-arm64", "pagefind_extended")]
    [InlineData("darwin", Architecture.Arm64, "@pagefind/darwin-arm64", "pagefind_extended")]
    [InlineData("windows", Architecture.X64, "@pagefind/windows-x64", "pagefind_extended.exe")]
    [InlineData("freebsd", Architecture.X64, "@pagefind/freebsd-x64", "pagefind_extended")]
    public void Given_a_machine_Pagefind_supports_When_looked_up_Then_its_package_and_binary_are_named(string os, Architecture cpu, string package, string executable)
    {
        Assert.Equal(new PagefindPlatform(package, executable), PagefindPlatform.For(os, cpu));
    }

    [Theory]
    [InlineData("freebsd", Architecture.Arm64)]
    [InlineData("linux", Architecture.X86)]
    [InlineData(null, Architecture.X64)]
    public void Given_a_machine_Pagefind_publishes_no_binary_for_When_looked_up_Then_there_is_none(string? os, Architecture cpu)
    {
        Assert.Null(PagefindPlatform.For(os, cpu));
    }

    [Fact]
    public void Given_the_theme_lockfile_When_read_Then_it_pins_the_version_the_generator_is_written_for()
    {
        var lockfile = File.ReadAllText(Path.Combine(TwitchSite.Testing.RepoPaths.Theme, "package-lock.json"));

        Assert.Equal(PagefindPlatform.Version, PagefindLocator.VersionIn(lockfile, "node_modules/pagefind"));
        Assert.Equal(PagefindPlatform.Version, PagefindLocator.VersionIn(lockfile, "node_modules/@pagefind/linux-x64"));
    }
}
