using NodaTime;

namespace RelationshipKit.Value.Formulas;

/// <summary>
/// Represents a retention rate: the share of customers active at the start of a period who are still customers
/// at its end, a number in [0, 1), together with the period it applies to.
/// </summary>
/// <remarks>
/// <para>The period is a NodaTime <see cref="NodaTime.Period"/> of whole years, months, weeks and days (a calendar
/// period such as <c>P1Y</c> or <c>P1M</c>), or <see langword="null"/> for an abstract period: the period a model
/// counts in (a contract period, a billing cycle) when it has no calendar length. Formulas that combine rates
/// require them to share the period; <see cref="ToPeriod(NodaTime.Period)"/> converts between calendar periods.</para>
/// <para>A retention rate of 1 is excluded: nobody would ever leave and every lifetime formula would be infinite.</para>
/// <para>Equality compares the value exactly and the period by length (<c>P1Y</c> equals <c>P12M</c>). Rates are not
/// ordered: compare <see cref="Value"/> of rates of the same period. The <c>default</c> value is 0 per abstract
/// period (nobody is retained).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct RetentionRate : IEquatable<RetentionRate>
{
    /// <summary>Initializes a new <see cref="RetentionRate"/>.</summary>
    /// <param name="rate">The rate, a number in [0, 1).</param>
    /// <param name="period">The period the rate applies to, or <see langword="null"/> for an abstract (model) period.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="rate"/> is NaN, infinite or outside [0, 1), or <paramref name="period"/> is not a positive period of years, months, weeks and days.</exception>
    public RetentionRate(double rate, Period? period)
    {
        if (!(rate >= 0 && rate < 1))
        {
            throw Guard.OutOfRange(nameof(rate), rate, "be in [0, 1)");
        }

        RatePeriod.Validate(period, nameof(period));
        Value = rate;
        Period = period;
    }

    /// <summary>Gets the rate, in [0, 1).</summary>
    public double Value { get; }

    /// <summary>Gets the period the rate applies to, or <see langword="null"/> for an abstract (model) period.</summary>
    public Period? Period { get; }

    /// <summary>Creates a retention rate per year.</summary>
    /// <param name="rate">The rate, in [0, 1).</param>
    /// <returns>The rate per <c>P1Y</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="rate"/> is NaN, infinite or outside [0, 1).</exception>
    public static RetentionRate PerYear(double rate) => new(rate, NodaTime.Period.FromYears(1));

    /// <summary>Creates a retention rate per month.</summary>
    /// <param name="rate">The rate, in [0, 1).</param>
    /// <returns>The rate per <c>P1M</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="rate"/> is NaN, infinite or outside [0, 1).</exception>
    public static RetentionRate PerMonth(double rate) => new(rate, NodaTime.Period.FromMonths(1));

    /// <summary>Creates a retention rate per abstract period (the period a model counts in).</summary>
    /// <param name="rate">The rate, in [0, 1).</param>
    /// <returns>The rate per abstract period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="rate"/> is NaN, infinite or outside [0, 1).</exception>
    public static RetentionRate PerPeriod(double rate) => new(rate, null);

    /// <summary>Determines whether two rates are equal (value and period length).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RetentionRate left, RetentionRate right) => left.Equals(right);

    /// <summary>Determines whether two rates differ (value or period length).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RetentionRate left, RetentionRate right) => !left.Equals(right);

    /// <summary>Converts this rate to the churn rate 1 − r of the same period.</summary>
    /// <returns>The churn rate.</returns>
    /// <remarks>The complement is taken in decimal arithmetic on the rate rounded to 15 significant digits, so a retention of 0.8 gives a churn of exactly 0.2.</remarks>
    public ChurnRate ToChurnRate() => new(RateMath.Complement(Value), Period);

    /// <summary>Converts this rate to the equivalent rate per <paramref name="period"/>, assuming a constant hazard: r^(length of period / length of this rate's period).</summary>
    /// <param name="period">The target calendar period.</param>
    /// <returns>The rate per <paramref name="period"/> (a retention of 0.8 per year is 0.8^(1/12) ≈ 0.9816 per month).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="period"/> is not a positive period of years, months, weeks and days.</exception>
    /// <exception cref="InvalidOperationException">Thrown when this rate is per abstract period, which has no calendar length.</exception>
    public RetentionRate ToPeriod(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        RatePeriod.Validate(period, nameof(period));
        var ratio = RatePeriod.Ratio(Period, period);
        return new RetentionRate(RateMath.BelowOne(Math.Pow(Value, ratio)), period);
    }

    /// <inheritdoc />
    public bool Equals(RetentionRate other) => Value.Equals(other.Value) && RatePeriod.SameLength(Period, other.Period);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RetentionRate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, RatePeriod.Hash(Period));

    /// <summary>Returns the rate and its period, for example <c>0.8 per P1Y</c> or <c>0.8 per period</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Guard.Format(Value)} per {RatePeriod.Format(Period)}";
}
