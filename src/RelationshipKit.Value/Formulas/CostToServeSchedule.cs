using System.Collections.Immutable;
using System.Globalization;

namespace RelationshipKit.Value.Formulas;

/// <summary>
/// Represents how the cost of serving a customer changes with tenure: constant, falling by a rate each period, or
/// a schedule of amounts for the first periods (the last amount continues).
/// </summary>
/// <remarks>
/// <para>Seed 002: "со временем затраты на одного клиента снижаются, потому что привлечение обходится дороже, чем
/// поддержание отношений с клиентами" — over time the cost per customer falls, because winning a customer costs
/// more than keeping the relationship. A segment valued with a falling cost to serve
/// (<see cref="CustomerSegment(string, long, Money, decimal, RetentionRate, CostToServeSchedule, Money)"/>) is worth
/// more than one valued at its first-year cost.</para>
/// <para>Periods are counted from 1 (the first period of the relationship) and have the length of the segment's
/// retention period. Equality compares the kind, the amounts and the rate. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class CostToServeSchedule : IEquatable<CostToServeSchedule>
{
    private readonly ImmutableArray<Money> _amounts;

    private CostToServeSchedule(ImmutableArray<Money> amounts, double fallRate)
    {
        _amounts = amounts;
        FallRate = fallRate;
    }

    /// <summary>Gets the cost in the first period.</summary>
    public Money FirstPeriod => _amounts[0];

    /// <summary>Gets the currency of the amounts.</summary>
    public Currency Currency => _amounts[0].Currency;

    /// <summary>Gets the scheduled amounts for periods 1, 2, …; the last continues for every later period (one amount for a constant or falling cost).</summary>
    public IReadOnlyList<Money> Amounts => _amounts;

    /// <summary>Gets the fraction by which the cost falls each period (0 for a constant cost or a schedule).</summary>
    public double FallRate { get; }

    /// <summary>Gets a value indicating whether the cost is the same in every period.</summary>
    public bool IsConstant => _amounts.Length == 1 && FallRate == 0;

    /// <summary>Determines whether two schedules are equal.</summary>
    /// <param name="left">The first schedule.</param>
    /// <param name="right">The second schedule.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(CostToServeSchedule? left, CostToServeSchedule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two schedules differ.</summary>
    /// <param name="left">The first schedule.</param>
    /// <param name="right">The second schedule.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CostToServeSchedule? left, CostToServeSchedule? right) => !(left == right);

    /// <summary>Creates a cost that is the same in every period.</summary>
    /// <param name="perPeriod">The cost per period (≥ 0).</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="perPeriod"/> is negative.</exception>
    public static CostToServeSchedule Constant(Money perPeriod)
    {
        MoneyGuard.NonNegative(perPeriod);
        return new CostToServeSchedule([perPeriod], 0);
    }

    /// <summary>Creates a cost that falls by a fixed fraction each period: c_t = c_1 (1 − g)^(t − 1).</summary>
    /// <param name="firstPeriod">The cost in the first period (≥ 0).</param>
    /// <param name="fallRate">The fraction g by which the cost falls each period, in [0, 1).</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="firstPeriod"/> is negative or <paramref name="fallRate"/> is NaN or outside [0, 1).</exception>
    public static CostToServeSchedule Falling(Money firstPeriod, double fallRate)
    {
        MoneyGuard.NonNegative(firstPeriod);
        if (!(fallRate >= 0 && fallRate < 1))
        {
            throw Guard.OutOfRange(nameof(fallRate), fallRate, "be in [0, 1)");
        }

        return new CostToServeSchedule([firstPeriod], fallRate);
    }

    /// <summary>Creates a schedule of amounts for the first periods; the last amount continues for every later period.</summary>
    /// <param name="amounts">The costs of periods 1, 2, …: at least one, each ≥ 0, one currency.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="amounts"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="amounts"/> is empty or mixes currencies.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an amount is negative.</exception>
    public static CostToServeSchedule FromPeriods(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var list = amounts.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("amounts must hold at least one period's cost; was empty.", nameof(amounts));
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Amount < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(amounts), list[i], $"amounts[{i}] must be >= 0; was {list[i]}.");
            }

            if (list[i].Currency != list[0].Currency)
            {
                throw new ArgumentException(
                    $"amounts must share one currency; amounts[{i}] is in {list[i].Currency.Code}, amounts[0] in {list[0].Currency.Code}.", nameof(amounts));
            }
        }

        return new CostToServeSchedule(list, 0);
    }

    /// <summary>Gets the cost in period <paramref name="period"/> (1-based).</summary>
    /// <param name="period">The period, from 1.</param>
    /// <returns>The cost of serving the customer in that period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="period"/> is less than 1.</exception>
    public Money CostInPeriod(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        return new Money(AmountInPeriod(period), Currency);
    }

    /// <inheritdoc />
    public bool Equals(CostToServeSchedule? other) =>
        other is not null && FallRate.Equals(other.FallRate) && _amounts.SequenceEqual(other._amounts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CostToServeSchedule);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(FallRate);
        foreach (var amount in _amounts)
        {
            hash.Add(amount);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the schedule, for example <c>300 PLN a period</c>, <c>3000 PLN falling 50% a period</c> or <c>3000 PLN, 1500 PLN, then 750 PLN</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FallRate > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{FirstPeriod} falling {FallRate * 100:0.##}% a period")
        : _amounts.Length == 1
            ? $"{FirstPeriod} a period"
            : string.Join(", ", _amounts.Take(_amounts.Length - 1)) + ", then " + _amounts[^1];

    /// <summary>The cost of period <paramref name="period"/> (1-based) as a decimal amount.</summary>
    internal decimal AmountInPeriod(int period)
    {
        if (FallRate > 0)
        {
            return _amounts[0].Amount * CustomerLifetimeValue.Power(1 - RateMath.ToDecimal(FallRate), period - 1);
        }

        return _amounts[Math.Min(period, _amounts.Length) - 1].Amount;
    }

    /// <summary>
    /// The expected discounted cost over the lifetime of a customer paid at the start of each active period:
    /// Σ_{t≥1} c_t s^(t−1) with s = r / (1 + d).
    /// </summary>
    internal decimal ExpectedDiscountedTotal(decimal retention, decimal discount)
    {
        var s = retention / (1 + discount);
        if (FallRate > 0)
        {
            // c_1 Σ ((1 − g) s)^(t−1) = c_1 / (1 − (1 − g) s)
            return _amounts[0].Amount / (1 - ((1 - RateMath.ToDecimal(FallRate)) * s));
        }

        // The scheduled periods, then the last amount forever: c_k s^k / (1 − s).
        var total = 0m;
        var weight = 1m;
        for (var t = 0; t < _amounts.Length; t++)
        {
            total += _amounts[t].Amount * weight;
            if (t < _amounts.Length - 1)
            {
                weight *= s;
            }
        }

        return total + (_amounts[^1].Amount * weight * s / (1 - s));
    }

}
