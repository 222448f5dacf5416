using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// Symbolic links in the site folders: nothing outside the input and theme folders is ever read
/// into the site, links that loop or lead nowhere are reported, and links that stay inside work.
/// </summary>
public sealed class SymlinkTests : IDisposable
{
    private const string Site = """
        -- input/index.md --
        ---
        title: Home
        ---
        Welcome.
        """;

    private readonly FixtureSite _site = FixtureSite.Create(Site);
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "twitchsite-tests", "outside-" + Guid.NewGuid().ToString("N"));

    public SymlinkTests()
    {
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "TOKEN=hunter2\n");
        File.WriteAllText(Path.Combine(_outside, "page.md"), "---\ntitle: Outside page\n---\nTOKEN=hunter2\n");
        File.WriteAllText(Path.Combine(_outside, "page.liquid"), "TOKEN=hunter2 {{ content }}\n");
        File.WriteAllText(Path.Combine(_outside, "_site.yml"), "title: TOKEN=hunter2\n");
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private void Link(string relative, string target)
    {
        var path = Path.Combine(_site.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Directory.Exists(target))
        {
            Directory.CreateSymbolicLink(path, target);
        }
        else
        {
            File.CreateSymbolicLink(path, target);
        }
    }

    private void AssertRefusedWithNothingWritten(params string[] expected)
    {
        var outcome = _site.Build();

        Assert.Equal(expected, _site.Headers(outcome));
        Assert.False(Directory.Exists(_site.Output));
        Assert.All(outcome.Diagnostics, d => Assert.DoesNotContain(_outside, d.Message + d.Hint, StringComparison.Ordinal));
    }

    [Fact]
    public void Given_an_asset_linked_to_a_file_outside_When_built_Then_TW0210_names_the_link_and_not_its_target()
    {
        Link("input/environ.txt", Path.Combine(_outside, "secret.txt"));

        AssertRefusedWithNothingWritten("input/environ.txt:1:1: error TW0210: symbolic link points outside the site folder; it is not read");
    }

    [Fact]
    public void Given_a_page_linked_to_markdown_outside_When_built_Then_TW0210()
    {
        Link("input/guide/page.md", Path.Combine(_outside, "page.md"));

        AssertRefusedWithNothingWritten("input/guide/page.md:1:1: error TW0210: symbolic link points outside the site folder; it is not read");
    }

    [Fact]
    public void Given_a_folder_linked_to_a_folder_outside_When_built_Then_TW0210_once_for_the_folder()
    {
        Link("input/shared", _outside);

        AssertRefusedWithNothingWritten("input/shared:1:1: error TW0210: symbolic link points outside the site folder; it is not read");
    }

    [Fact]
    public void Given_settings_data_and_layouts_linked_outside_When_built_Then_each_is_refused()
    {
        Link("input/_site.yml", Path.Combine(_outside, "_site.yml"));
        Link("input/_data/people.yml", Path.Combine(_outside, "_site.yml"));
        Link("input/layouts/page.liquid", Path.Combine(_outside, "page.liquid"));

        AssertRefusedWithNothingWritten(
            "input/_data/people.yml:1:1: error TW0210: symbolic link points outside the site folder; it is not read",
            "input/_site.yml:1:1: error TW0210: symbolic link points outside the site folder; it is not read",
            "input/layouts/page.liquid:1:1: error TW0210: symbolic link points outside the site folder; it is not read");
    }

    [Fact]
    public void Given_a_link_chain_that_ends_outside_When_built_Then_it_is_refused()
    {
        Link("input/hop.txt", Path.Combine(_site.Root, "input", "hop2.txt"));
        Link("input/hop2.txt", Path.Combine(_outside, "secret.txt"));

        AssertRefusedWithNothingWritten(
            "input/hop.txt:1:1: error TW0210: symbolic link points outside the site folder; it is not read",
            "input/hop2.txt:1:1: error TW0210: symbolic link points outside the site folder; it is not read");
    }

    [Fact]
    public void Given_a_folder_link_back_to_its_parent_When_built_Then_TW0211_and_no_endless_walk()
    {
        Link("input/docs/again", Path.Combine(_site.Root, "input"));

        AssertRefusedWithNothingWritten("input/docs/again:1:1: error TW0211: symbolic link loop: following it leads back to where it started; it is not read");
    }

    [Fact]
    public void Given_two_links_pointing_at_each_other_When_built_Then_TW0211()
    {
        Link("input/a.md", Path.Combine(_site.Root, "input", "b.md"));
        Link("input/b.md", Path.Combine(_site.Root, "input", "a.md"));

        AssertRefusedWithNothingWritten(
            "input/a.md:1:1: error TW0211: symbolic link loop: following it leads back to where it started; it is not read",
            "input/b.md:1:1: error TW0211: symbolic link loop: following it leads back to where it started; it is not read");
    }

    [Fact]
    public void Given_a_link_to_nothing_When_built_Then_TW0212()
    {
        Link("input/logo.png", Path.Combine(_outside, "missing.png"));

        AssertRefusedWithNothingWritten("input/logo.png:1:1: error TW0212: symbolic link points to nothing; it is not read");
    }

    [Fact]
    public void Given_links_that_stay_inside_the_site_When_built_Then_they_are_read_like_files()
    {
        _site.Write("input/shared/note.md", "---\ntitle: Shared note\n---\nInside.\n");
        Link("input/alias.md", Path.Combine(_site.Root, "input", "shared", "note.md"));
        Link("input/mirror", Path.Combine(_site.Root, "input", "shared"));

        var outcome = _site.Build();

        Assert.Empty(_site.Headers(outcome));
        Assert.Contains("Inside.", _site.ReadOutput("alias/index.html"), StringComparison.Ordinal);
        Assert.Contains("Inside.", _site.ReadOutput("mirror/note/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_output_path_that_links_into_the_input_When_run_Then_usage_error_and_nothing_written_there()
    {
        Link("out", _site.Input);
        var before = Directory.EnumerateFileSystemEntries(_site.Input, "*", SearchOption.AllDirectories).Count();

        var run = _site.RunCli("build", "-o", "out", "-t", RepoPaths.Theme);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("must not be, contain or lie inside the input folder", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(_site.Input, "*", SearchOption.AllDirectories).Count());
    }
}
