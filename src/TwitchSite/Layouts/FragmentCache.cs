using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using TwitchSite.Engine.IO;

namespace TwitchSite.Layouts;

/// <summary>
/// The <c>{% cache key %}…{% endcache %}</c> block of layouts: its body is rendered once for each
/// value of <c>key</c>, and every later page with the same key gets the same bytes
/// without running the body again (like Hugo's <c>partialCached</c>). The layout author promises
/// that the body's output depends only on the key; the site's menu uses it for the entries off
/// the page's own branch, which are the same on every page and are most of a large site's menu.
/// A cache lives as long as its <see cref="PageModel"/>: one build, or in a live preview the
/// rebuilds that change none of the settings, data, navigation, layouts or assets
/// (<see cref="RenderLayout"/> keeps the model only then), so a preview never sees fragments of
/// an older theme or menu. Without a cache in the context, or with a nil or empty key, the body
/// simply renders.
/// </summary>
public sealed class FragmentCache
{
    /// <summary>Name of the tag in layouts.</summary>
    public const string TagName = "cache";

    private const string AmbientKey = "twitchsite.fragments";

    // Keyed by the block's statements too, so two blocks that share a key never share output.
    private readonly ConcurrentDictionary<(IReadOnlyList<Statement> Block, string Key), byte[]> _fragments = new();

    /// <summary>How many fragments the cache holds (one per block and key).</summary>
    public int Rendered => _fragments.Count;

    /// <summary>Adds the <c>cache</c> block to <paramref name="parser"/>.</summary>
    public static void Register(FluidParser parser) =>
        parser.RegisterExpressionBlock(TagName, static (key, body, writer, encoder, context) => RenderAsync(key, body, writer, encoder, context));

    /// <summary>Makes <paramref name="context"/>'s <c>cache</c> blocks use this cache.</summary>
    public void AttachTo(TemplateContext context) => context.AmbientValues[AmbientKey] = this;

    private static async ValueTask<Completion> RenderAsync(Expression keyExpression, IReadOnlyList<Statement> body, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        if (!context.AmbientValues.TryGetValue(AmbientKey, out var attached) || attached is not FragmentCache cache)
        {
            await RenderBodyAsync(body, writer, encoder, context);
            return Completion.Normal;
        }

        var keyValue = await keyExpression.EvaluateAsync(context);
        var key = keyValue.ToStringValue();
        if (keyValue.IsNil() || key.Length == 0)
        {
            // A key that is nil or empty is almost always a misspelt variable: caching under it
            // would put the first page's fragment on every page, so the body renders as usual.
            await RenderBodyAsync(body, writer, encoder, context);
            return Completion.Normal;
        }

        if (!cache._fragments.TryGetValue((body, key), out var fragment))
        {
            // Fragments are small (a menu entry is under 200 bytes); the writer grows if one is not.
            var buffer = new Utf8BufferWriter(capacity: 512);
            await RenderBodyAsync(body, buffer, encoder, context);
            buffer.Flush();
            fragment = cache._fragments.GetOrAdd((body, key), buffer.WrittenSpan.ToArray());
        }

        if (writer is Utf8BufferWriter bytes)
        {
            bytes.WriteUtf8(fragment);
        }
        else
        {
            await writer.WriteAsync(Encoding.UTF8.GetString(fragment));
        }

        return Completion.Normal;
    }

    private static async ValueTask RenderBodyAsync(IReadOnlyList<Statement> body, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        foreach (var statement in body)
        {
            // A break or continue inside the body ends the body only: a cached fragment cannot
            // carry control flow to the loop around it.
            if (await statement.WriteToAsync(writer, encoder, context) != Completion.Normal)
            {
                return;
            }
        }
    }
}
