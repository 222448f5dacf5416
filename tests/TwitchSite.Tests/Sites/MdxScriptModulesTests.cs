using AngleSharp.Html.Parser;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Sites;

/// <summary>
/// A Docusaurus page that takes a markdown file through a small JavaScript file of the docs (as
/// react-native-website's tabs take <c>turbo-native-modules-android.md</c> through
/// <c>_turbo-native-modules-components.jsx</c>) shows that file's text where the component stands,
/// without the imported page's front matter; a module that does more is left alone, as before.
/// </summary>
public sealed class MdxScriptModulesTests
{
    private static readonly HtmlParser Parser = new();

    private const string Pages = """
        -- docusaurus.config.js --
        module.exports = { title: 'Widget' };
        -- input/android.md --
        ---
        id: android
        title: 'Modules: Android'
        ---

        import Tabs from '@theme/Tabs'; import TabItem from '@theme/TabItem';

        Android steps, see [the iOS part](ios.md).
        -- input/ios.md --
        ---
        title: 'Modules: iOS'
        ---

        iOS steps.
        -- input/other.md --
        Other text.
        -- input/parts/_reexport.js --
        export {default} from '../other.md';
        """;

    [Fact]
    public void Given_markdown_imported_through_a_jsx_file_When_built_Then_the_tabs_show_its_text()
    {
        using var site = FixtureSite.Create(Pages + "\n" + """
            -- input/_components.jsx --
            import IOSContent from './ios.md';
            import AndroidContent from './android.md';

            export function ModulesIOS() {
              return <IOSContent />;
            }

            export const ModulesAndroid = () => <AndroidContent />;
            -- input/modules.md --
            # Modules

            import Tabs from '@theme/Tabs'; import TabItem from '@theme/TabItem';
            import {ModulesAndroid, ModulesIOS} from './\_components';
            import Other from './parts/_reexport';

            """ + string.Concat(Enumerable.Repeat("Text before the tabs.\n\n", 25)) + """
            <Tabs groupId="platforms">
                <TabItem value="android" label="Android">
                    <ModulesAndroid />
                </TabItem>
                <TabItem value="ios" label="iOS">
                    <ModulesIOS/>
                </TabItem>
            </Tabs>

            <Other />
            """);

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        var main = Parser.ParseDocument(site.ReadOutput("modules/index.html")).QuerySelector("main .content")!;
        var text = main.TextContent;
        Assert.Contains("Android steps", text, StringComparison.Ordinal);
        Assert.Contains("iOS steps.", text, StringComparison.Ordinal);
        Assert.Contains("Other text.", text, StringComparison.Ordinal);
        // The imported pages' front matter is their data, not text.
        Assert.DoesNotContain("id: android", text, StringComparison.Ordinal);
        Assert.DoesNotContain("title:", text, StringComparison.Ordinal);
        // Their own imports too, further down the page than a page's imports are looked for.
        Assert.DoesNotContain("import", text, StringComparison.Ordinal);
        Assert.Equal("/ios/", main.QuerySelector("a")!.GetAttribute("href"));
        // Only the @theme imports were removed: nothing of the followed ones is warned about.
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "TW0250" && d.Message.Contains("_components", StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Given_a_jsx_file_whose_component_does_more_than_return_markdown_When_built_Then_it_is_removed_with_the_warning_as_before()
    {
        using var site = FixtureSite.Create(Pages + "\n" + """
            -- input/_components.jsx --
            import AndroidContent from './android.md';

            export function ModulesAndroid({note}) {
              return <div className="note">{note}<AndroidContent /></div>;
            }
            -- input/modules.md --
            # Modules

            import {ModulesAndroid} from './_components';

            <ModulesAndroid />
            """);

        var outcome = site.BuildWithDefaultTheme();

        Assert.True(outcome.Succeeded, string.Join("\n", site.Headers(outcome)));
        Assert.DoesNotContain("Android steps", site.ReadOutput("modules/index.html"), StringComparison.Ordinal);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "TW0250" && d.Location!.FullPath.EndsWith("modules.md", StringComparison.Ordinal));
    }
}
