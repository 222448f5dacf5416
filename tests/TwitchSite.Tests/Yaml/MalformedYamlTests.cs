using TwitchSite.Yaml;

namespace TwitchSite.Tests.Yaml;

/// <summary>
/// Whatever a contributor types into front matter or a data file, reading it ends in a value or
/// in an error with a position inside the file: never in an exception (which a build reports as
/// a bug, TW0001).
/// </summary>
public sealed class MalformedYamlTests
{
    public static TheoryData<string, string> Malformed => new()
    {
        { "unclosed flow sequence", "title: [unclosed\n" },
        { "unclosed flow sequence before more keys", "title: [unclosed\ndescription: A page.\norder: 2\n" },
        { "unclosed flow mapping before more keys", "title: {unclosed\ndescription: A page.\n" },
        { "unclosed flow mapping", "title: {a: 1\ndescription: x\n" },
        { "unclosed sequence over lines", "tags: [a,\n  b,\n" },
        { "closing bracket only", "title: ]\n" },
        { "unterminated double quote", "title: \"open\n" },
        { "unterminated single quote", "title: 'open\n" },
        { "tab indentation", "title: A\n\tdescription: B\n" },
        { "duplicate key", "title: A\ntitle: B\n" },
        { "undefined alias", "title: *nowhere\n" },
        { "anchor without node", "title: &a\n" },
        { "recursive alias", "a: &x [*x]\n" },
        { "key with two colons", "title: a: b\n" },
        { "complex key", "? [a, b]\n: value\n" },
        { "unknown tag", "title: !custom value\n" },
        { "binary tag", "title: !!binary notbase64%%\n" },
        { "directive", "%YAML 1.2\n%TAG ! tag:x,2000:\ntitle: A\n" },
        { "two documents", "title: A\n---\ntitle: B\n" },
        { "document end marker", "title: A\n...\ntitle: B\n" },
        { "block scalar with bad indent", "description: |\n  line one\n line two\n" },
        { "null character", "title: a\u0000b\n" },
        { "byte order mark inside", "title: a\ufeffb\n" },
        { "only a colon", ":\n" },
        { "deep nesting", new string('[', 2000) + new string(']', 2000) + "\n" },
        { "very deep nesting", "a: " + new string('[', 100_000) + new string(']', 100_000) + "\n" },
        { "deep block nesting", string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i) + "k:\n")) },
        { "very deep block nesting", string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', i) + "k:\n")) },
        { "very deep block sequence", string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + "-\n")) },
        { "very deep compact sequence on one line", string.Concat(Enumerable.Repeat("- ", 40_000)) + "x\n" },
        { "very deep compact mapping on one line", "a: " + string.Concat(Enumerable.Repeat("- k: ", 20_000)) + "x\n" },
        { "alias inside its own mapping", "a: &x {b: *x}\n" },
        { "aliases of aliases (a billion values)", "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n" },
        { "merge key", "base: &b {a: 1}\nchild:\n  <<: *b\n" },
        { "merge of a scalar", "child:\n  <<: notamap\n" },
        { "very long number", "order: " + new string('9', 400) + "\n" },
        { "lone surrogate", "title: \ud800\n" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Given_malformed_yaml_When_read_Then_a_value_or_a_located_error_and_never_an_exception(string kind, string yaml)
    {
        var result = YamlReader.Read(yaml, "/site/input/page.md", firstLine: 2);

        if (!result.Succeeded)
        {
            Assert.False(string.IsNullOrWhiteSpace(result.ErrorMessage), kind);
            Assert.Equal("/site/input/page.md", result.ErrorLocation!.FullPath);
            var lines = yaml.Split('\n').Length;
            Assert.InRange(result.ErrorLocation.Line, 2, lines + 1); // inside the front matter
            Assert.True(result.ErrorLocation.Column >= 1, kind);
        }
    }

    [Fact]
    public void Given_an_unclosed_bracket_When_read_Then_the_error_points_at_the_bracket_and_says_what_is_missing()
    {
        var result = YamlReader.Read("description: fine\ntitle: [unclosed\n", "/site/input/page.md", firstLine: 2);

        Assert.False(result.Succeeded);
        Assert.Equal((3, 8), (result.ErrorLocation!.Line, result.ErrorLocation.Column));
        Assert.Contains("'[' is never closed", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: Rate [approx\n")]
    [InlineData("title: \"[quoted\"\n")]
    [InlineData("title: A # [comment\n")]
    [InlineData("tags: [a, [b, c], {d: e}]\n")]
    public void Given_brackets_that_are_text_or_closed_When_looked_at_Then_none_is_reported_open(string yaml)
    {
        Assert.Null(FlowCollections.Scan(yaml, YamlReader.MaxDepth).FirstUnclosed);
    }

    [Fact]
    public void Given_an_alias_inside_the_value_it_names_When_read_Then_an_error_at_that_value_not_a_stack_overflow()
    {
        var result = YamlReader.Read("title: A\nloop: &x [1, *x]\n", "/site/input/page.md", firstLine: 2);

        Assert.False(result.Succeeded);
        Assert.Equal(3, result.ErrorLocation!.Line);
        Assert.Contains("never end", result.ErrorMessage, StringComparison.Ordinal);
    }
}
