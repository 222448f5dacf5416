using TwitchSite.Yaml;

namespace TwitchSite.Tests.Yaml;

/// <summary>
/// YamlReader reads simple front matter without YamlDotNet. Whatever the shortcut accepts must
/// read exactly as YamlDotNet reads it (values, types and positions); whatever it is unsure of
/// must go to YamlDotNet, so errors and unusual YAML keep their full handling.
/// </summary>
public sealed class SimpleMappingTests
{
    [Fact]
    public void Given_typical_front_matter_When_read_Then_the_shortcut_takes_it_and_agrees_with_YamlDotNet()
    {
        const string yaml = "title: Caffeine and twitching\r\ndescription: Coffee, tea and energy drinks (and why they matter).\norder: 3\nweight: 2.5\ndraft: false\nreviewed: 2026-01-15\ntags: [stress, sleep, 12]\nempty_list: []\nnav-title: It's \"fine\" - 100% @home | a>b\nurl: https://example.org/a:b\n";

        var fast = SimpleMapping.TryRead(yaml, "/site/page.md", firstLine: 2);

        Assert.NotNull(fast);
        AssertSame(YamlReader.ReadWithParser(yaml, "/site/page.md", firstLine: 2), fast);
        var values = (Dictionary<string, object?>)fast.Value!;
        Assert.Equal(3L, values["order"]);
        Assert.Equal(2.5, values["weight"]);
        Assert.Equal(false, values["draft"]);
        Assert.Equal(new List<object?> { "stress", "sleep", 12L }, values["tags"]);
        Assert.Equal((8, 7), (fast.Locations["tags"].Value.Line, fast.Locations["tags"].Value.Column));
    }

    [Theory]
    [InlineData("title: A\ntitle: B\n")] // duplicate key: YamlDotNet's error
    [InlineData("title: a: b\n")]
    [InlineData("title: [unclosed\n")]
    [InlineData("title: A # comment\n")]
    [InlineData("title: 'quoted'\n")]
    [InlineData("title: \"quoted\"\n")]
    [InlineData("title: -5\n")]
    [InlineData("title: ~\n")]
    [InlineData("title:\n  nested: x\n")]
    [InlineData("title: A\n  continued\n")]
    [InlineData("title: A\n\ndescription: B\n")]
    [InlineData("tags: [a, [b]]\n")]
    [InlineData("tags: [a, 'b']\n")]
    [InlineData("tags: [a,, b]\n")]
    [InlineData("tags: [a, b] x\n")]
    [InlineData("title:\tA\n")]
    [InlineData("title: A\u2028B\n")]
    [InlineData("title: \ud83d\ude00 smile\n")]
    [InlineData("title: ends with colon:\n")]
    [InlineData("<<: *base\n")]
    [InlineData("? complex\n: key\n")]
    [InlineData("")]
    public void Given_yaml_the_shortcut_is_unsure_of_When_read_Then_YamlDotNet_reads_it(string yaml)
    {
        Assert.Null(SimpleMapping.TryRead(yaml, "/site/page.md", firstLine: 2));
    }

    [Fact]
    public void Given_many_generated_mappings_When_the_shortcut_takes_one_Then_YamlDotNet_reads_it_the_same()
    {
        // Values built from pieces chosen to sit on YAML's edges: indicators, colons, quotes,
        // numbers, booleans, nulls, brackets, spaces.
        string[] pieces = ["a", "Word", "7", "-", ":", ": ", "#", " #", "'", "\"", ",", "[", "]", "{", "}", "&x", "*x", "!t", "|", ">", "%", "@", "`", "?", " ", "  ", ".", "1e3", "0x1F", "true", "NULL", "~", "2.5", "é", "\\", "/", "(", ")"];
        var random = new Random(20261125);
        var taken = 0;
        for (var round = 0; round < 20_000; round++)
        {
            var lines = new List<string>();
            for (var entry = 0; entry < random.Next(1, 4); entry++)
            {
                var value = string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => pieces[random.Next(pieces.Length)]));
                if (random.Next(4) == 0)
                {
                    value = "[" + string.Join(",", Enumerable.Range(0, random.Next(0, 4)).Select(_ => pieces[random.Next(pieces.Length)] + pieces[random.Next(pieces.Length)])) + "]";
                }

                lines.Add($"k{entry}: {value}");
            }

            var yaml = string.Join("\n", lines) + "\n";
            if (SimpleMapping.TryRead(yaml, "/p.md", 2) is { } fast)
            {
                taken++;
                var full = YamlReader.ReadWithParser(yaml, "/p.md", 2);
                Assert.True(full.Succeeded, $"YamlDotNet refused what the shortcut read: {yaml}");
                AssertSame(full, fast, yaml);
            }
        }

        Assert.InRange(taken, 1_000, 19_000); // the comparison ran on many inputs of both kinds
    }

    [Fact]
    public void Given_a_key_longer_than_YAML_allows_When_read_Then_YamlDotNet_reports_it()
    {
        var yaml = "title: A\n" + new string('k', 1025) + ": v\n";

        Assert.Null(SimpleMapping.TryRead(yaml, "/site/page.md", firstLine: 2));
        Assert.False(YamlReader.Read(yaml, "/site/page.md", firstLine: 2).Succeeded);
    }

    private static void AssertSame(YamlReadResult expected, YamlReadResult actual, string? yaml = null)
    {
        Assert.True(expected.Succeeded, yaml);
        Assert.Equal(Describe(expected.Value), Describe(actual.Value));
        Assert.Equal(expected.Locations.OrderBy(l => l.Key), actual.Locations.OrderBy(l => l.Key));
        Assert.Equal(expected.ItemLocations, actual.ItemLocations);
    }

    // Values with their types, in order: "1" and 1 must not compare equal.
    private static string Describe(object? value) => value switch
    {
        null => "null",
        Dictionary<string, object?> map => "{" + string.Join(", ", map.Select(e => e.Key + ": " + Describe(e.Value))) + "}",
        List<object?> list => "[" + string.Join(", ", list.Select(Describe)) + "]",
        string text => "\"" + text + "\"",
        _ => value.GetType().Name + " " + Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
