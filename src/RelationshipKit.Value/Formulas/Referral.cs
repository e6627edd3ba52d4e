using System.Globalization;

namespace RelationshipKit.Value.Formulas;

/// <summary>
/// Represents one customer brought by another customer's referral: who referred whom, when the referred customer
/// joins, whether it would have joined anyway, what it is worth and what the referral cost.
/// </summary>
/// <remarks>
/// <para>The input of <see cref="CustomerReferralValue.Compute(IEnumerable{Referral}, DiscountRate)"/>. Following
/// Kumar, Petersen &amp; Leone (2007), a referred customer who would <i>not</i> have joined without the referral counts
/// with its own lifetime value; one who would have joined anyway counts only with the acquisition cost the company
/// saved. The reward is subtracted for every referral, because it is paid for every one.</para>
/// <para>Amounts share one currency. Equality compares every property. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class Referral : IEquatable<Referral>
{
    /// <summary>Initializes a new <see cref="Referral"/>.</summary>
    /// <param name="referrer">The customer who made the referral.</param>
    /// <param name="referred">The customer the referral brought.</param>
    /// <param name="joinsInPeriod">The period, counted from now, in which the referred customer joins (≥ 0; 0 is now, undiscounted), in the period of the discount rate.</param>
    /// <param name="wouldHaveJoinedAnyway">Whether the referred customer would have joined without the referral.</param>
    /// <param name="lifetimeValue">The referred customer's own lifetime value when it joins (its margins less the cost of keeping it); may be negative. Counted only when it would not have joined anyway.</param>
    /// <param name="reward">The reward paid for the referral (≥ 0, same currency).</param>
    /// <param name="acquisitionCostSaved">What winning the referred customer otherwise would have cost (≥ 0, same currency). Counted only when it would have joined anyway.</param>
    /// <exception cref="ArgumentException">Thrown when a customer id is the unset <c>default</c>, the referrer refers itself, or the amounts differ in currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="joinsInPeriod"/>, <paramref name="reward"/> or <paramref name="acquisitionCostSaved"/> is negative.</exception>
    public Referral(
        CustomerId referrer,
        CustomerId referred,
        int joinsInPeriod,
        bool wouldHaveJoinedAnyway,
        Money lifetimeValue,
        Money reward,
        Money acquisitionCostSaved)
    {
        if (referrer.IsDefault)
        {
            throw new ArgumentException("referrer must be set; was the default CustomerId.", nameof(referrer));
        }

        if (referred.IsDefault)
        {
            throw new ArgumentException("referred must be set; was the default CustomerId.", nameof(referred));
        }

        if (referrer == referred)
        {
            throw new ArgumentException($"referred must differ from referrer; both were \"{referrer}\".", nameof(referred));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(joinsInPeriod);
        MoneyGuard.NonNegative(reward);
        MoneyGuard.NonNegative(acquisitionCostSaved);
        MoneyGuard.SameCurrency(reward, lifetimeValue, nameof(lifetimeValue));
        MoneyGuard.SameCurrency(acquisitionCostSaved, lifetimeValue, nameof(lifetimeValue));
        Referrer = referrer;
        Referred = referred;
        JoinsInPeriod = joinsInPeriod;
        WouldHaveJoinedAnyway = wouldHaveJoinedAnyway;
        LifetimeValue = lifetimeValue;
        Reward = reward;
        AcquisitionCostSaved = acquisitionCostSaved;
    }

    /// <summary>Gets the customer who made the referral.</summary>
    public CustomerId Referrer { get; }

    /// <summary>Gets the customer the referral brought.</summary>
    public CustomerId Referred { get; }

    /// <summary>Gets the period, counted from now, in which the referred customer joins (0 is now).</summary>
    public int JoinsInPeriod { get; }

    /// <summary>Gets a value indicating whether the referred customer would have joined without the referral.</summary>
    public bool WouldHaveJoinedAnyway { get; }

    /// <summary>Gets the referred customer's own lifetime value when it joins.</summary>
    public Money LifetimeValue { get; }

    /// <summary>Gets the reward paid for the referral.</summary>
    public Money Reward { get; }

    /// <summary>Gets what winning the referred customer otherwise would have cost.</summary>
    public Money AcquisitionCostSaved { get; }

    /// <summary>Gets the currency of the amounts.</summary>
    public Currency Currency => LifetimeValue.Currency;

    /// <summary>Determines whether two referrals are equal.</summary>
    /// <param name="left">The first referral.</param>
    /// <param name="right">The second referral.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(Referral? left, Referral? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two referrals differ.</summary>
    /// <param name="left">The first referral.</param>
    /// <param name="right">The second referral.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Referral? left, Referral? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(Referral? other) =>
        other is not null
        && Referrer == other.Referrer
        && Referred == other.Referred
        && JoinsInPeriod == other.JoinsInPeriod
        && WouldHaveJoinedAnyway == other.WouldHaveJoinedAnyway
        && LifetimeValue == other.LifetimeValue
        && Reward == other.Reward
        && AcquisitionCostSaved == other.AcquisitionCostSaved;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Referral);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Referrer, Referred, JoinsInPeriod, WouldHaveJoinedAnyway, LifetimeValue, Reward, AcquisitionCostSaved);

    /// <summary>Returns the referral, for example <c>anna -> b1 in period 1 (new, worth 900 PLN, reward 50 PLN)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => WouldHaveJoinedAnyway
        ? string.Create(CultureInfo.InvariantCulture, $"{Referrer} -> {Referred} in period {JoinsInPeriod} (would have joined anyway, saved {AcquisitionCostSaved}, reward {Reward})")
        : string.Create(CultureInfo.InvariantCulture, $"{Referrer} -> {Referred} in period {JoinsInPeriod} (new, worth {LifetimeValue}, reward {Reward})");
}
