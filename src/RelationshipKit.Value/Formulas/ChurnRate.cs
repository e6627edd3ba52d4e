using NodaTime;

namespace RelationshipKit.Value.Formulas;

/// <summary>
/// Represents a churn rate: the share of customers active at the start of a period who leave during it, a number
/// in (0, 1], together with the period it applies to.
/// </summary>
/// <remarks>
/// <para>The period is a NodaTime <see cref="NodaTime.Period"/> of whole years, months, weeks and days, or
/// <see langword="null"/> for an abstract (model) period; see <see cref="RetentionRate"/>.</para>
/// <para>A churn rate of 0 is excluded: nobody would ever leave and the expected lifetime 1 / churn would be infinite.</para>
/// <para>Equality compares the value exactly and the period by length. Rates are not ordered. The <c>default</c>
/// value is 1 per abstract period (everybody leaves in their first period), the complement of the default
/// <see cref="RetentionRate"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct ChurnRate : IEquatable<ChurnRate>
{
    // The default struct has _isSet false and stands for churn 1 (0 is not a valid churn rate).
    private readonly double _value;
    private readonly bool _isSet;

    /// <summary>Initializes a new <see cref="ChurnRate"/>.</summary>
    /// <param name="rate">The rate, a number in (0, 1].</param>
    /// <param name="period">The period the rate applies to, or <see langword="null"/> for an abstract (model) period.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="rate"/> is NaN, infinite or outside (0, 1], or <paramref name="period"/> is not a positive period of years, months, weeks and days.</exception>
    public ChurnRate(double rate, Period? period)
    {
        if (!(rate > 0 && rate <= 1))
        {
            throw Guard.OutOfRange(nameof(rate), rate, "be in (0, 1]");
        }

        RatePeriod.Validate(period, nameof(period));
        _value = rate;
        _isSet = true;
        Period = period;
    }

    /// <summary>Gets the rate, in (0, 1].</summary>
    public double Value => _isSet ? _value : 1.0;

    /// <summary>Gets the period the rate applies to, or <see langword="null"/> for an abstract (model) period.</summary>
    public Period? Period { get; }

    /// <summary>Creates a churn rate per year.</summary>
    /// <param name="rate">The rate, in (0, 1].</param>
    /// <returns>The rate per <c>P1Y</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="rate"/> is NaN, infinite or outside (0, 1].</exception>
    public static ChurnRate PerYear(double rate) => new(rate, NodaTime.Period.FromYears(1));

    /// <summary>Creates a churn rate per month.</summary>
    /// <param name="rate">The rate, in (0, 1].</param>
    /// <returns>The rate per <c>P1M</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="rate"/> is NaN, infinite or outside (0, 1].</exception>
    public static ChurnRate PerMonth(double rate) => new(rate, NodaTime.Period.FromMonths(1));

    /// <summary>Creates a churn rate per abstract period (the period a model counts in).</summary>
    /// <param name="rate">The rate, in (0, 1].</param>
    /// <returns>The rate per abstract period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="rate"/> is NaN, infinite or outside (0, 1].</exception>
    public static ChurnRate PerPeriod(double rate) => new(rate, null);

    /// <summary>Determines whether two rates are equal (value and period length).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ChurnRate left, ChurnRate right) => left.Equals(right);

    /// <summary>Determines whether two rates differ (value or period length).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ChurnRate left, ChurnRate right) => !left.Equals(right);

    /// <summary>Converts this rate to the retention rate 1 − c of the same period.</summary>
    /// <returns>The retention rate.</returns>
    /// <remarks>The complement is taken in decimal arithmetic on the rate rounded to 15 significant digits (a churn of 0.2 gives a retention of exactly 0.8);
    /// a churn rate so small that the complement rounds to 1 gives the largest retention rate below 1.</remarks>
    public RetentionRate ToRetentionRate() => new(RateMath.BelowOne(RateMath.Complement(Value)), Period);

    /// <summary>Converts this rate to the equivalent rate per <paramref name="period"/>, assuming a constant hazard: 1 − (1 − c)^(length of period / length of this rate's period).</summary>
    /// <param name="period">The target calendar period.</param>
    /// <returns>The rate per <paramref name="period"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="period"/> is not a positive period of years, months, weeks and days.</exception>
    /// <exception cref="InvalidOperationException">Thrown when this rate is per abstract period, which has no calendar length.</exception>
    public ChurnRate ToPeriod(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        RatePeriod.Validate(period, nameof(period));
        var ratio = RatePeriod.Ratio(Period, period);

        // 1 − (1 − c)^k = −expm1(k · log1p(−c)), accurate for small churn rates.
        var churn = Value >= 1 ? 1.0 : -RateMath.ExpM1(ratio * RateMath.Log1P(-Value));
        return new ChurnRate(Math.Clamp(churn, double.Epsilon, 1.0), period);
    }

    /// <inheritdoc />
    public bool Equals(ChurnRate other) => Value.Equals(other.Value) && RatePeriod.SameLength(Period, other.Period);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ChurnRate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, RatePeriod.Hash(Period));

    /// <summary>Returns the rate and its period, for example <c>0.2 per P1Y</c> or <c>0.2 per period</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Guard.Format(Value)} per {RatePeriod.Format(Period)}";
}
