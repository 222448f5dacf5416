using TwitchSite.Preview;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Preview;

/// <summary>The resolver on its own, given paths as a server hands them over (decoded once), without Kestrel's own normalisation.</summary>
public sealed class OutputRequestResolverTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Create("""
        -- output/index.html --
        home
        -- output/guide/index.html --
        guide
        -- output/assets/css/site.css --
        css
        -- output/100%.txt --
        percent
        -- output/.twitchsite-manifest --
        index.html
        -- secret.txt --
        secret
        """);

    private OutputRequestResolver Resolver => new(_site.Output);

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/guide/", "guide/index.html")]
    [InlineData("/assets/css/site.css", "assets/css/site.css")]
    [InlineData("/100%.txt", "100%.txt")]
    public void Given_a_path_of_the_site_When_resolved_Then_its_file(string path, string file)
    {
        var resolution = Resolver.Resolve(path);

        Assert.Equal(ResolutionKind.File, resolution.Kind);
        Assert.Equal(Path.Combine(_site.Output, file), resolution.FullPath);
    }

    [Fact]
    public void Given_a_folder_without_its_slash_When_resolved_Then_a_redirect_to_the_slash()
    {
        Assert.Equal(new Resolution(ResolutionKind.Redirect, null, "/guide/"), Resolver.Resolve("/guide"));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/guide/../../secret.txt")]
    [InlineData("/./index.html")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/guide\\..\\..\\secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2Fsecret.txt")]
    [InlineData("/%252e%252e%252fsecret.txt")]
    [InlineData("/%25252e%25252e%25252fsecret.txt")]
    [InlineData("/..%5Csecret.txt")]
    [InlineData("/%255C..%255Csecret.txt")]
    [InlineData("//evil.example/")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/index.html\0.css")]
    [InlineData("relative.txt")]
    [InlineData("")]
    public void Given_a_path_that_tries_to_leave_the_folder_When_resolved_Then_bad_request(string path)
    {
        Assert.Equal(ResolutionKind.BadRequest, Resolver.Resolve(path).Kind);
    }

    [Theory]
    [InlineData("/.twitchsite-manifest")]
    [InlineData("/guide/.hidden")]
    [InlineData("/missing.html")]
    [InlineData("/missing/")]
    [InlineData("/secret.txt")]
    public void Given_a_hidden_or_missing_file_When_resolved_Then_not_found(string path)
    {
        Assert.Equal(ResolutionKind.NotFound, Resolver.Resolve(path).Kind);
    }

    [Fact]
    public void Given_links_in_the_output_that_lead_outside_When_resolved_Then_not_found()
    {
        File.CreateSymbolicLink(Path.Combine(_site.Output, "leak.txt"), Path.Combine(_site.Root, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_site.Output, "up"), _site.Root);
        File.CreateSymbolicLink(Path.Combine(_site.Output, "inside.css"), Path.Combine(_site.Output, "assets/css/site.css"));

        Assert.Equal(ResolutionKind.NotFound, Resolver.Resolve("/leak.txt").Kind);
        Assert.Equal(ResolutionKind.NotFound, Resolver.Resolve("/up/secret.txt").Kind);
        Assert.Equal(ResolutionKind.NotFound, Resolver.Resolve("/up").Kind);
        Assert.Equal(ResolutionKind.File, Resolver.Resolve("/inside.css").Kind);
    }
}
