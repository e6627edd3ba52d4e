using NodaTime;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Models;

/// <summary>Turns a <see cref="DiscountRate"/> into the rate per time unit that the models discount with.</summary>
internal static class DiscountRates
{
    /// <summary>
    /// Gets the rate per <paramref name="unit"/>: a rate per abstract period is taken as per unit (the model's period);
    /// a rate per calendar period is converted exactly, (1 + d)^(days per unit / days per period) − 1.
    /// </summary>
    /// <exception cref="ArgumentException">Thrown when the rate is per calendar period and <paramref name="unit"/> is an abstract period, which has no calendar length.</exception>
    internal static double PerUnit(DiscountRate rate, TimeUnit unit, string paramName)
    {
        if (rate.Period is null)
        {
            return rate.Value;
        }

        if (unit.LengthInDays is not { } days)
        {
            throw new ArgumentException(
                $"{paramName} must be a rate per model period (DiscountRate.PerPeriod) for a model in abstract periods, which have no calendar length; was {rate}.",
                paramName);
        }

        return rate.ToPeriod(Period.FromDays(days)).Value;
    }

    /// <summary>Gets the continuously compounded rate per <paramref name="unit"/>, δ = ln(1 + d_unit).</summary>
    /// <exception cref="ArgumentException">Thrown when the rate is per calendar period and <paramref name="unit"/> is an abstract period.</exception>
    internal static double ContinuousPerUnit(DiscountRate rate, TimeUnit unit, string paramName) =>
        LogSpace.Log1P(PerUnit(rate, unit, paramName));
}
