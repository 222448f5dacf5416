using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace TwitchSite.Layouts;

/// <summary>
/// Bounds Liquid ranges such as <c>(1..1000000000)</c>. Fluid makes every number of a range
/// before the loop starts, so its step limit never gets a chance: a billion-long range took
/// minutes and gigabytes. Rewrites a parsed layout so each range checks its length when it is
/// evaluated and stops with <see cref="LiquidLimitException"/> past <see cref="MaxLength"/>.
/// </summary>
public static class LiquidRanges
{
    /// <summary>Most numbers one range may hold.</summary>
    public const int MaxLength = 100_000;

    /// <summary>The same template with every range bounded.</summary>
    public static IFluidTemplate Bound(IFluidTemplate template) => new Bounder().VisitTemplate(template);

    private sealed class Bounder : AstRewriter
    {
        protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
            new RangeExpression(rangeExpression.From, new CheckedEnd(rangeExpression.From, rangeExpression.To));
    }

    /// <summary>The end of a range, evaluated only after checking how far it is from the start.</summary>
    private sealed class CheckedEnd(Expression from, Expression to) : Expression
    {
        public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            var start = (await from.EvaluateAsync(context)).ToNumberValue();
            var end = await to.EvaluateAsync(context);
            if (end.ToNumberValue() - start >= MaxLength)
            {
                throw new LiquidLimitException($"a range of {end.ToNumberValue() - start + 1:N0} numbers; at most {MaxLength:N0}");
            }

            return end;
        }
    }
}

/// <summary>A layout asked Liquid for more than <see cref="LiquidRanges"/> allows.</summary>
public sealed class LiquidLimitException(string message) : InvalidOperationException(message);
