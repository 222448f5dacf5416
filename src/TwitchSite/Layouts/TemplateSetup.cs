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

    /// <summary>
    /// Most Liquid statements one page's layouts may run. The real theme needs a few thousand
    /// per page (tens of thousands on a 10,000-page site); a million takes well under a second,
    /// so an endless <c>{% for %}</c> stops with TW0410 instead of running for ever.
    /// </summary>
    public const int MaxSteps = 1_000_000;

    /// <summary>Most levels of <c>{% include %}</c> and <c>{% render %}</c> inside each other.</summary>
    public const int MaxRecursion = 50;

    /// <summary>Longest text <c>append</c> or <c>prepend</c> may make, in characters (a quarter of the largest page).</summary>
    public const int MaxTextLength = 16 * 1024 * 1024;

    private static string Joined(string first, string second) =>
        (long)first.Length + second.Length <= MaxTextLength
            ? first + second
            : throw new LiquidLimitException($"a text of {(long)first.Length + second.Length:N0} characters made with append or prepend; at most {MaxTextLength:N0}");

    /// <summary>Creates template options with the site's filters registered and Liquid's work bounded.</summary>
    /// <param name="assetUrl">Maps an asset path to its published URL (fingerprinting hooks in here).</param>
    public static TemplateOptions CreateOptions(Func<string, string> assetUrl)
    {
        var options = new TemplateOptions { MaxSteps = MaxSteps, MaxRecursion = MaxRecursion };
        options.Filters.AddFilter("asset_url", (input, _, _) => new ValueTask<FluidValue>(new StringValue(assetUrl(input.ToStringValue()))));
        // Liquid's own append and prepend, with a bound: a value appended to itself in a loop doubles every time.
        options.Filters.AddFilter("append", (input, arguments, _) => new ValueTask<FluidValue>(new StringValue(Joined(input.ToStringValue(), arguments.At(0).ToStringValue()))));
        options.Filters.AddFilter("prepend", (input, arguments, _) => new ValueTask<FluidValue>(new StringValue(Joined(arguments.At(0).ToStringValue(), input.ToStringValue()))));
        options.Filters.AddFilter("slugify", (input, _, _) => new ValueTask<FluidValue>(new StringValue(Slug.From(input.ToStringValue()))));
        return options;
    }
}
