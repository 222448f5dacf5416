using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using TwitchSite.Diagnostics;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Diagnostics;

/// <summary>
/// The diagnostic catalogue (<see cref="Codes"/>) is the one list of codes: README's table is
/// made from it, every descriptor is well formed, and every code is produced by some test.
/// </summary>
public sealed partial class CatalogueTests
{
    /// <summary>Every descriptor of the catalogue, the engine's included.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        .. typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!),
        .. Codes.EngineDescriptors.All,
    ];

    [Fact]
    public void Given_the_catalogue_When_read_Then_every_code_is_a_descriptor_not_a_bare_constant()
    {
        // A code added the old way (a string constant, its message written at the call site)
        // must become a descriptor: see CONTRIBUTING.md, "Adding a diagnostic code".
        var bare = typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(string))
            .Select(f => $"{f.Name} = {f.GetValue(null)}");

        Assert.Empty(bare);
    }

    [Fact]
    public void Given_the_catalogue_When_read_Then_each_code_has_one_severity_and_one_title()
    {
        Assert.All(All, d => Assert.Matches("^TW[0-9]{4}$", d.Code));
        var conflicting = All.GroupBy(d => d.Code)
            .Where(g => g.Select(d => (d.DefaultSeverity, d.Title)).Distinct().Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(conflicting);
    }

    [Fact]
    public void Given_every_descriptor_When_its_message_and_hint_are_formatted_Then_none_is_a_broken_format()
    {
        // A literal brace in a message with arguments must be doubled; a mistake would
        // otherwise surface as a crash the first time the problem is met.
        var args = Enumerable.Range(0, 8).Select(i => (object)i).ToArray();
        foreach (var descriptor in All)
        {
            var diagnostic = descriptor.Create(null, args);
            Assert.Equal(descriptor.Code, diagnostic.Code);
            Assert.Equal(descriptor.DefaultSeverity, diagnostic.Severity);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), descriptor.Code);
        }
    }

    [Fact]
    public void Given_a_descriptor_with_placeholders_When_created_Then_message_and_hint_carry_the_arguments()
    {
        var diagnostic = Codes.UncitedSource.Create(new SourceLocation("/site/input/a.md", 3, 5), "nhs");

        Assert.Equal(Diagnostic.Error("TW0121", "source 'nhs' is never cited", new SourceLocation("/site/input/a.md", 3, 5), "cite it as [@nhs] after the claim it supports, or remove it from `sources`"), diagnostic);
    }

    [Fact]
    public void Given_a_descriptor_without_arguments_When_created_Then_braces_are_shown_as_written()
    {
        var descriptor = DiagnosticDescriptor.Warning("TW9999", "t", "a {{ b", "c {0}");

        Assert.Equal("a {{ b", descriptor.Create(null).Message);
        Assert.Equal("c {0}", descriptor.Create(null).Hint);
    }

    [Fact]
    public void Given_README_When_its_table_of_codes_is_read_Then_it_is_the_catalogue()
    {
        var path = Path.Combine(RepoPaths.Root, "README.md");
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = readme.IndexOf(TableHeader, readme.IndexOf("### Diagnostics", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(start >= 0, "README's Diagnostics section has no table of codes");
        var end = readme.IndexOf("\n\n", start, StringComparison.Ordinal);
        var table = readme[start..(end < 0 ? readme.Length : end + 1)];

        // TWITCHSITE_WRITE_README=1 writes the table into README (see CONTRIBUTING.md); the
        // test then checks what it wrote, so a normal run only ever checks.
        if (Environment.GetEnvironmentVariable("TWITCHSITE_WRITE_README") == "1" && table != Table())
        {
            File.WriteAllText(path, readme[..start] + Table() + readme[(start + table.Length)..]);
            table = Table();
        }

        Assert.Equal(Table(), table);
    }

    [Fact]
    public void Given_the_test_sources_When_searched_Then_every_code_of_the_catalogue_is_asserted_by_some_test()
    {
        // A code counts as tested when a test's string literal holds it ("error TW0301: ...",
        // "TW0301"): that is how tests here assert what a user sees. Code in method names
        // (Then_TW0301_...) and comments does not count, nor does this file.
        var sources = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != "CatalogueTests.cs");
        var asserted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in sources)
        {
            foreach (Match literal in StringLiteral().Matches(File.ReadAllText(file)))
            {
                foreach (Match code in CodeInText().Matches(literal.Value))
                {
                    asserted.Add(code.Value);
                }
            }
        }

        var untested = All.Select(d => d.Code).Distinct().Where(c => !asserted.Contains(c)).Order(StringComparer.Ordinal);

        Assert.Empty(untested);
    }

    private const string TableHeader = "| code | problem |\n|---|---|\n";

    /// <summary>README's table: one row per code, in code order, with the code's title.</summary>
    private static string Table()
    {
        var text = new StringBuilder(TableHeader);
        foreach (var code in All.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {code.Key} | {code.First().Title} |\n");
        }

        return text.ToString();
    }

    // A C# string literal on one line (regular, verbatim or interpolated); comments hold none.
    [GeneratedRegex(@"(?<!//[^\n]*)\$?""{3}[\s\S]*?""{3}|(?<!//[^\n]*)\$?@?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("(?<![A-Za-z0-9_])TW[0-9]{4}(?![0-9])")]
    private static partial Regex CodeInText();
}
