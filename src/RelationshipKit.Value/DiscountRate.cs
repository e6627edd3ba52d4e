using NodaTime;

namespace RelationshipKit.Value;

/// <summary>
/// Represents a discount rate: the return per period that money could earn elsewhere, a finite number ≥ 0, together
/// with the period it applies to. An amount due one period from now is worth amount / (1 + d) today.
/// </summary>
/// <remarks>
/// <para>The period is a NodaTime <see cref="NodaTime.Period"/> of whole years, months, weeks and days, or
/// <see langword="null"/> for an abstract (model) period; see <see cref="Formulas.RetentionRate"/>. A retention formula needs
/// the discount rate per the retention rate's period: convert an annual cost of capital with
/// <see cref="ToPeriod(NodaTime.Period)"/> ((1 + d)^k − 1), never by dividing by 12.</para>
/// <para>Equality compares the value exactly and the period by length. Rates are not ordered. The <c>default</c>
/// value is 0 per abstract period (no discounting).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct DiscountRate : IEquatable<DiscountRate>
{
    /// <summary>Initializes a new <see cref="DiscountRate"/>.</summary>
    /// <param name="rate">The rate, a finite number ≥ 0.</param>
    /// <param name="period">The period the rate applies to, or <see langword="null"/> for an abstract (model) period.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="rate"/> is NaN, infinite or negative, or <paramref name="period"/> is not a positive period of years, months, weeks and days.</exception>
    public DiscountRate(double rate, Period? period)
    {
        if (!double.IsFinite(rate) || rate < 0)
        {
            throw Guard.OutOfRange(nameof(rate), rate, "be a finite number >= 0");
        }

        RatePeriod.Validate(period, nameof(period));
        Value = rate;
        Period = period;
    }

    /// <summary>Gets the rate, a finite number ≥ 0.</summary>
    public double Value { get; }

    /// <summary>Gets the period the rate applies to, or <see langword="null"/> for an abstract (model) period.</summary>
    public Period? Period { get; }

    /// <summary>Creates a discount rate per year.</summary>
    /// <param name="rate">The rate, a finite number ≥ 0.</param>
    /// <returns>The rate per <c>P1Y</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="rate"/> is NaN, infinite or negative.</exception>
    public static DiscountRate PerYear(double rate) => new(rate, NodaTime.Period.FromYears(1));

    /// <summary>Creates a discount rate per month.</summary>
    /// <param name="rate">The rate, a finite number ≥ 0.</param>
    /// <returns>The rate per <c>P1M</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="rate"/> is NaN, infinite or negative.</exception>
    public static DiscountRate PerMonth(double rate) => new(rate, NodaTime.Period.FromMonths(1));

    /// <summary>Creates a discount rate per abstract period (the period a model counts in).</summary>
    /// <param name="rate">The rate, a finite number ≥ 0.</param>
    /// <returns>The rate per abstract period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="rate"/> is NaN, infinite or negative.</exception>
    public static DiscountRate PerPeriod(double rate) => new(rate, null);

    /// <summary>Determines whether two rates are equal (value and period length).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DiscountRate left, DiscountRate right) => left.Equals(right);

    /// <summary>Determines whether two rates differ (value or period length).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(DiscountRate left, DiscountRate right) => !left.Equals(right);

    /// <summary>Converts this rate to the equivalent compound rate per <paramref name="period"/>: (1 + d)^(length of period / length of this rate's period) − 1.</summary>
    /// <param name="period">The target calendar period.</param>
    /// <returns>The rate per <paramref name="period"/> (10 % per year is about 0.797 % per month).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="period"/> is not a positive period of years, months, weeks and days.</exception>
    /// <exception cref="InvalidOperationException">Thrown when this rate is per abstract period, which has no calendar length.</exception>
    public DiscountRate ToPeriod(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        RatePeriod.Validate(period, nameof(period));
        var ratio = RatePeriod.Ratio(Period, period);
        var converted = RateMath.ExpM1(ratio * RateMath.Log1P(Value));
        if (!double.IsFinite(converted))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, $"period is too long for a rate of {Guard.Format(Value)} per {RatePeriod.Format(Period)}: the compound rate overflows.");
        }

        return new DiscountRate(converted, period);
    }

    /// <inheritdoc />
    public bool Equals(DiscountRate other) => Value.Equals(other.Value) && RatePeriod.SameLength(Period, other.Period);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DiscountRate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, RatePeriod.Hash(Period));

    /// <summary>Returns the rate and its period, for example <c>0.1 per P1Y</c> or <c>0.1 per period</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Guard.Format(Value)} per {RatePeriod.Format(Period)}";
}
