using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;
using TwitchSite.Engine.IO;

namespace TwitchSite.Layouts;

/// <summary>
/// The <c>content</c> a layout receives from the layout inside it, kept as the UTF-8 bytes it was
/// rendered to: written to a <see cref="Utf8BufferWriter"/> as they are, without becoming a string
/// and being encoded again. Anywhere else (filters, comparisons, <c>content.size</c>) it behaves
/// exactly as the unescaped string value it stands for.
/// </summary>
/// <param name="utf8">The rendered HTML.</param>
internal sealed class Utf8HtmlValue(ReadOnlyMemory<byte> utf8) : FluidValue
{
    private StringValue? _text;

    private StringValue Text => _text ??= new StringValue(Encoding.UTF8.GetString(utf8.Span), encode: false);

    /// <inheritdoc />
    public override FluidValues Type => FluidValues.String;

    /// <inheritdoc />
    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        if (writer is Utf8BufferWriter bytes)
        {
            bytes.WriteUtf8(utf8.Span);
            return default;
        }

        return Text.WriteToAsync(writer, encoder, cultureInfo);
    }

    /// <inheritdoc />
    public override bool Equals(FluidValue other) => Text.Equals(other);

    /// <inheritdoc />
    public override bool ToBooleanValue() => Text.ToBooleanValue();

    /// <inheritdoc />
    public override decimal ToNumberValue() => Text.ToNumberValue();

    /// <inheritdoc />
    public override string ToStringValue() => Text.ToStringValue();

    /// <inheritdoc />
    public override object ToObjectValue() => Text.ToObjectValue();

    /// <inheritdoc />
    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => Text.GetValueAsync(name, context);

    /// <inheritdoc />
    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => Text.GetIndexAsync(index, context);

    /// <inheritdoc />
    public override bool Contains(FluidValue value) => Text.Contains(value);

    /// <inheritdoc />
    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) => Text.Enumerate(context);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Text.GetHashCode();
}
