using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using TwitchSite.Urls;

namespace TwitchSite.Layouts;

/// <summary>
/// The one place Liquid is configured: the parser, the shared template options with the
/// site's filters, and the HTML encoder that escapes every <c>{{ }}</c> output.
/// </summary>
public static class TemplateSetup
{
    /// <summary>The parser, shared (parsing is thread-safe), with the site's own tags (<see cref="FragmentCache"/>).</summary>
    public static FluidParser Parser { get; } = CreateParser();

    /// <summary>Escapes output for HTML; leaves non-ASCII letters readable.</summary>
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// Builds <see cref="Parser"/> on a pool thread while the build reads and converts its
    /// files, instead of when the first layout is needed: making Fluid's parser takes about
    /// 70 ms, a fifth of a small site's cold build, and the other core is mostly idle then.
    /// </summary>
    public static void PrepareInBackground() => ThreadPool.UnsafeQueueUserWorkItem(static _ => _ = Parser, null);

    private static FluidParser CreateParser()
    {
        var parser = new FluidParser();
        FragmentCache.Register(parser);
        return parser;
    }

    /// <summary>Creates template options with the site's filters registered.</summary>
    /// <param name="assetUrl">Maps an asset path to its published URL (fingerprinting hooks in here).</param>
    public static TemplateOptions CreateOptions(Func<string, string> assetUrl)
    {
        var options = new TemplateOptions();
        options.Filters.AddFilter("asset_url", (input, _, _) => new ValueTask<FluidValue>(new StringValue(assetUrl(input.ToStringValue()))));
        options.Filters.AddFilter("slugify", (input, _, _) => new ValueTask<FluidValue>(new StringValue(Slug.From(input.ToStringValue()))));
        return options;
    }
}
