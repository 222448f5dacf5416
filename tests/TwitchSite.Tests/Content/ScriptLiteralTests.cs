using TwitchSite.Content;

namespace TwitchSite.Tests.Content;

/// <summary>Configuration files written as JavaScript data are read as data, and never run.</summary>
public sealed class ScriptLiteralTests
{
    [Theory]
    [InlineData("module.exports = { docs: ['intro', 'setup'] };")]
    [InlineData("// @ts-check\n/** @type {import('@docusaurus/plugin-content-docs').SidebarsConfig} */\nconst sidebars = {\n  docs: [\n    'intro', // first\n    \"setup\",\n  ],\n};\nmodule.exports = sidebars;\n")]
    [InlineData("import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';\nconst sidebars: SidebarsConfig = { docs: [`intro`, 'setup'] };\nexport default sidebars;\n")]
    [InlineData("export default {\n  /* block comment */ 'docs': ['intro', 'setup',],\n}")]
    public void Given_sidebars_written_as_data_When_read_Then_the_exported_object_is_returned(string script)
    {
        var value = ScriptLiteral.Read(script, out var problem);

        Assert.Null(problem);
        Assert.Equal(["intro", "setup"], value!["docs"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Given_nested_categories_numbers_and_booleans_When_read_Then_each_value_keeps_its_type()
    {
        var value = ScriptLiteral.Read("module.exports = { s: [{ type: 'category', label: 'Guides', collapsed: false, position: 2.5, items: ['a'], link: null }] };", out var problem);

        Assert.Null(problem);
        var category = value!["s"]![0]!;
        Assert.Equal("Guides", category["label"]!.GetValue<string>());
        Assert.False(category["collapsed"]!.GetValue<bool>());
        Assert.Equal(2.5, category["position"]!.GetValue<double>());
        Assert.Null(category["link"]);
    }

    [Theory]
    [InlineData("module.exports = { docs: require('./generated.json') };", "'require' is computed")]
    [InlineData("module.exports = { docs: [...common, 'intro'] };", "unexpected '.'")]
    [InlineData("module.exports = { docs: [`${prefix}/intro`] };", "${…} is computed")]
    [InlineData("module.exports = { docs };", "'docs' has no value")]
    [InlineData("module.exports = makeSidebars();", "no `module.exports")]
    [InlineData("module.exports = { docs: ['intro'", "ends inside")]
    public void Given_sidebars_made_by_code_When_read_Then_null_with_the_reason(string script, string reason)
    {
        Assert.Null(ScriptLiteral.Read(script, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
