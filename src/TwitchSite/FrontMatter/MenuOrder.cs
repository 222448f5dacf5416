using System.Globalization;

namespace TwitchSite.FrontMatter;

/// <summary>
/// Turns a user's order number (<c>order</c>, <c>weight</c>, <c>nav_order</c>,
/// <c>sidebar_position</c>, a <c>_category_</c> file's <c>position</c>) into the value pages are
/// ordered by, without throwing. Every place that reads one goes through here, so a number no menu
/// order can use is turned away once, where it is written, instead of overflowing later when a
/// layout hands it to Liquid (whose numbers are <see cref="decimal"/>).
/// </summary>
public static class MenuOrder
{
    /// <summary>
    /// The largest magnitude an order may have. Liquid keeps numbers as <see cref="decimal"/>, which
    /// stops just short of 7.93e28; a round limit below that fits it whatever the double rounds to.
    /// </summary>
    public const double Limit = 1e28;

    /// <summary>What the hint says a reader should write instead.</summary>
    public static readonly string Range = $"between -{Limit.ToString("0e0", CultureInfo.InvariantCulture)} and {Limit.ToString("0e0", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// <paramref name="value"/> (an int, long, double or decimal as a parser gives it) as an order:
    /// an int when it is whole and fits one, else a finite double within <see cref="Limit"/>.
    /// False, with <paramref name="order"/> null, for anything else (not a number, NaN, infinite, too large).
    /// </summary>
    public static bool TryFrom(object? value, out object? order)
    {
        order = null;
        double number;
        switch (value)
        {
            case int whole:
                order = whole;
                return true;
            case long whole when whole is >= int.MinValue and <= int.MaxValue:
                order = (int)whole;
                return true;
            case long whole:
                number = whole;
                break;
            case double fraction:
                number = fraction;
                break;
            case float fraction:
                number = fraction;
                break;
            case decimal exact:
                number = (double)exact;
                break;
            default:
                return false;
        }

        if (!double.IsFinite(number) || Math.Abs(number) > Limit)
        {
            return false; // NaN, infinite, or beyond what Liquid's decimal can hold
        }

        order = number;
        return true;
    }

    /// <summary>True when <paramref name="value"/> is a number, but one too large (or infinite) for an order.</summary>
    public static bool IsTooLarge(object? value) => value switch
    {
        long or int => !TryFrom(value, out _),
        double fraction => !double.IsNaN(fraction) && !TryFrom(value, out _),
        float fraction => !float.IsNaN(fraction) && !TryFrom(value, out _),
        _ => false,
    };
}
