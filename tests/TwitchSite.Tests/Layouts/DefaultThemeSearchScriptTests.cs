using System.Diagnostics;
using System.Text.Json;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Layouts;

/// <summary>
/// The default theme's search box (<c>DefaultTheme/assets/js/docs.js</c>) run in Node against a small
/// stand-in for the page's DOM and for Pagefind, so what it builds from a result can be read
/// without a browser. The stand-in's <c>innerHTML</c> throws: an excerpt must become DOM nodes.
/// </summary>
public sealed class DefaultThemeSearchScriptTests
{
    // A stand-in DOM just large enough for docs.js, Pagefind answering one result, then the list the
    // script built, as JSON (text nodes as strings, elements as { tag, children }).
    private const string Harness = """
        const fs = require("fs");
        function text(value) { return { nodeType: 3, text: String(value), get textContent() { return this.text; } }; }
        function element(tag) {
          return {
            nodeType: 1, tagName: tag.toUpperCase(), children: [], attributes: {}, listeners: {}, hidden: true,
            appendChild(child) { this.children.push(child); return child; },
            removeChild(child) { this.children.splice(this.children.indexOf(child), 1); return child; },
            replaceChildren(...nodes) { this.children = nodes; },
            get firstChild() { return this.children[0] || null; },
            setAttribute(name, value) { this.attributes[name] = value; },
            addEventListener(type, handler) { this.listeners[type] = handler; },
            querySelector(selector) { return selector === "input" ? input : list; },
            get textContent() { return this.children.map(c => c.textContent).join(""); },
            set textContent(value) { this.children = [text(value)]; },
            set innerHTML(value) { throw new Error("innerHTML was set: " + value); },
          };
        }
        const form = element("form"), input = element("input"), list = element("ul");
        const document = { querySelector: () => form, createElement: element, createTextNode: text };
        const excerpt = process.argv[3];
        const fakePagefind = { search: () => Promise.resolve({ results: [{ data: () => Promise.resolve({ url: "/rc/", meta: { title: "Rc<T>" }, excerpt }) }] }) };
        const source = fs.readFileSync(process.argv[2], "utf8").replace('import("/pagefind/pagefind.js")', "Promise.resolve(fakePagefind)");
        new Function("document", "window", "fakePagefind", source)(document, globalThis, fakePagefind);
        function dump(node) { return node.nodeType === 3 ? node.text : { tag: node.tagName, children: node.children.map(dump) }; }
        setTimeout(() => {
          input.value = "rc";
          input.listeners.input();
          setTimeout(() => console.log(JSON.stringify(dump(list))), 50);
        }, 10);
        """;

    [Fact]
    public void Given_an_excerpt_with_entities_and_marks_When_shown_Then_its_text_is_decoded_once_and_the_marks_are_elements()
    {
        var list = Run("The <mark>Rc&lt;T&gt;</mark> type &amp; &quot;counts&quot; &#39;refs&#39; &#x2014; &amp;lt;b&amp;gt;");

        var item = list.GetProperty("children")[0];
        Assert.Equal("Rc<T>", item.GetProperty("children")[0].GetProperty("children")[0].GetString());
        var excerpt = item.GetProperty("children")[1];
        Assert.Equal("P", excerpt.GetProperty("tag").GetString());
        var parts = excerpt.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal("The ", parts[0].GetString());
        Assert.Equal("MARK", parts[1].GetProperty("tag").GetString());
        Assert.Equal("Rc<T>", parts[1].GetProperty("children")[0].GetString());
        // Decoded once: "&amp;lt;b&amp;gt;" was the text "&lt;b&gt;" on the page, and stays that.
        Assert.Equal(" type & \"counts\" 'refs' \u2014 &lt;b&gt;", parts[2].GetString());
    }

    private static JsonElement Run(string excerpt)
    {
        var harness = Path.Combine(Path.GetTempPath(), $"docs-search-harness-{Environment.ProcessId}.js");
        File.WriteAllText(harness, Harness);
        try
        {
            var script = Path.Combine(RepoPaths.Root, "src", "TwitchSite", "DefaultTheme", "assets", "js", "docs.js");
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { harness, script, excerpt })
            {
                start.ArgumentList.Add(arg);
            }

            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEnd();
            Assert.True(node.WaitForExit(30_000), "node did not finish");
            Assert.True(node.ExitCode == 0 && errors.Length == 0, "node failed: " + errors);
            return JsonDocument.Parse(output.Result).RootElement;
        }
        finally
        {
            File.Delete(harness);
        }
    }
}
