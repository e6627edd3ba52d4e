namespace RelationshipKit.Value.Formulas;

/// <summary>
/// Represents the result of comparing an acquisition cost with the lifetime value it buys: profit or loss, the net
/// value, the break-even acquisition cost and, when a value per period is known, the payback period.
/// </summary>
/// <remarks>
/// <para>Created by <see cref="CustomerLifetimeValue.CheckAcquisition(Money, Money)"/>. A loss is an expected
/// outcome, not an error: the result says so in <see cref="Outcome"/>.</para>
/// <para>Equality compares the lifetime value, the acquisition cost and the value per period. The <c>default</c>
/// value is a break-even of zero against zero in <see cref="Currency.None"/>, with no payback period.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct AcquisitionResult : IEquatable<AcquisitionResult>
{
    private readonly Money? _valuePerPeriod;

    internal AcquisitionResult(Money lifetimeValue, Money acquisitionCost, Money? valuePerPeriod)
    {
        LifetimeValue = lifetimeValue;
        AcquisitionCost = acquisitionCost;
        _valuePerPeriod = valuePerPeriod;
    }

    /// <summary>Gets the lifetime value of the customer acquired.</summary>
    public Money LifetimeValue { get; }

    /// <summary>Gets the acquisition cost.</summary>
    public Money AcquisitionCost { get; }

    /// <summary>Gets the net value of the acquisition: lifetime value − acquisition cost (negative for a loss).</summary>
    public Money Net => LifetimeValue - AcquisitionCost;

    /// <summary>Gets the verdict: profit, break-even or loss.</summary>
    public AcquisitionOutcome Outcome => Net.Amount switch
    {
        > 0 => AcquisitionOutcome.Profit,
        < 0 => AcquisitionOutcome.Loss,
        _ => AcquisitionOutcome.BreakEven,
    };

    /// <summary>Gets a value indicating whether the acquisition creates value (the net value is positive).</summary>
    public bool IsProfitable => Net.Amount > 0;

    /// <summary>Gets the highest acquisition cost that does not destroy value: the lifetime value itself (negative when no spend can break even).</summary>
    public Money BreakEvenAcquisitionCost => LifetimeValue;

    /// <summary>Gets the value per period the payback was computed with, or <see langword="null"/> when none was given.</summary>
    public Money? ValuePerPeriod => _valuePerPeriod;

    /// <summary>
    /// Gets the simple payback period: acquisition cost / value per period, in periods; <see langword="null"/> when no
    /// value per period was given or the cost is never recovered within the lifetime (a loss).
    /// </summary>
    public decimal? PaybackPeriods =>
        _valuePerPeriod is { } perPeriod && perPeriod.Amount > 0 && Net.Amount >= 0 ? AcquisitionCost.Amount / perPeriod.Amount : null;

    /// <summary>
    /// Gets how long the customer must stay for the acquisition to break even: acquisition cost / value per period, in
    /// periods, whether or not the lifetime reaches it; <see langword="null"/> when no value per period was given.
    /// </summary>
    /// <remarks>Source: <c>shared/domain.md</c> §7 (seed 002): spending 40 000 on a customer who brings 6 000 a year
    /// breaks even after 40 000 / 6 000 ≈ 6.67 years; the source's remedy for a loss is to keep the customer that long.</remarks>
    public decimal? BreakEvenPeriods =>
        _valuePerPeriod is { } perPeriod && perPeriod.Amount > 0 ? AcquisitionCost.Amount / perPeriod.Amount : null;

    /// <summary>
    /// Gets how many periods beyond the current lifetime the customer must stay for a loss to break even:
    /// (acquisition cost − lifetime value) / value per period; 0 when the acquisition already breaks even or makes a
    /// profit; <see langword="null"/> when no value per period was given.
    /// </summary>
    /// <remarks>Seed 002's example: a lifetime value of 30 000 (5 years at 6 000) against a spend of 40 000 needs
    /// 10 000 / 6 000 ≈ 1.67 more years.</remarks>
    public decimal? AdditionalPeriodsToBreakEven =>
        _valuePerPeriod is { } perPeriod && perPeriod.Amount > 0 ? Math.Max(0m, -Net.Amount / perPeriod.Amount) : null;

    /// <summary>Determines whether two results are equal.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AcquisitionResult left, AcquisitionResult right) => left.Equals(right);

    /// <summary>Determines whether two results differ.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(AcquisitionResult left, AcquisitionResult right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(AcquisitionResult other) =>
        LifetimeValue == other.LifetimeValue && AcquisitionCost == other.AcquisitionCost && Nullable.Equals(_valuePerPeriod, other._valuePerPeriod);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AcquisitionResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LifetimeValue, AcquisitionCost, _valuePerPeriod);

    /// <summary>Returns a sentence such as <c>Loss of 10000 XXX: acquisition cost 40000 XXX exceeds lifetime value 30000 XXX.</c></summary>
    /// <returns>The text.</returns>
    public override string ToString() => Outcome switch
    {
        AcquisitionOutcome.Profit => $"Profit of {Net}: lifetime value {LifetimeValue} exceeds acquisition cost {AcquisitionCost}.",
        AcquisitionOutcome.Loss => $"Loss of {-Net}: acquisition cost {AcquisitionCost} exceeds lifetime value {LifetimeValue}.",
        _ => $"Break-even: acquisition cost {AcquisitionCost} equals lifetime value {LifetimeValue}.",
    };
}
