using System.Runtime.CompilerServices;

namespace RelationshipKit.Value.Formulas;

/// <summary>Guards for money and decimal arguments of the lifetime-value formulas (same message shape as <see cref="Guard"/>).</summary>
internal static class MoneyGuard
{
    /// <summary>Throws when <paramref name="value"/> is negative.</summary>
    internal static void NonNegative(Money value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value.Amount < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be >= 0; was {value}.");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is zero or negative.</summary>
    internal static void Positive(Money value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value.Amount <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be > 0; was {value}.");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is negative.</summary>
    internal static void NonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < 0)
        {
            throw Guard.OutOfRange(paramName, value, "be >= 0");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is not in the currency of <paramref name="reference"/>.</summary>
    internal static void SameCurrency(Money value, Money reference, string referenceName, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value.Currency != reference.Currency)
        {
            throw new ArgumentException($"{paramName} must be in the currency of {referenceName} ({reference.Currency.Code}); was {value}.", paramName);
        }
    }

    /// <summary>Throws unless the discount rate is per the retention rate's period (a zero discount rate matches any period).</summary>
    internal static void SamePeriod(DiscountRate discountRate, RetentionRate retentionRate, string paramName, string retentionName)
    {
        if (discountRate.Value != 0 && !RatePeriod.SameLength(discountRate.Period, retentionRate.Period))
        {
            throw new ArgumentException(
                $"{paramName} must be per the period of {retentionName} ({RatePeriod.Format(retentionRate.Period)}); was per {RatePeriod.Format(discountRate.Period)}. Convert it with DiscountRate.ToPeriod.",
                paramName);
        }
    }
}
