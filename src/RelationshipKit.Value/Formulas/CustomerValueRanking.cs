using System.Globalization;

namespace RelationshipKit.Value.Formulas;

/// <summary>
/// Represents one customer ranked by lifetime value (CLV) and by referral value (CRV), with the group the two ranks
/// put it in.
/// </summary>
/// <remarks>
/// <para>Created by <see cref="CustomerReferralValue.Rank(IEnumerable{KeyValuePair{CustomerId, Money}}, IEnumerable{ReferralValue})"/>.
/// Ranks run from 1 (the highest value); equal values share a rank (1, 2, 2, 4).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class CustomerValueRanking
{
    internal CustomerValueRanking(CustomerId customer, Money lifetimeValue, Money referralValue, int lifetimeValueRank, int referralValueRank, ReferralValueGroup group)
    {
        Customer = customer;
        LifetimeValue = lifetimeValue;
        ReferralValue = referralValue;
        LifetimeValueRank = lifetimeValueRank;
        ReferralValueRank = referralValueRank;
        Group = group;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the customer's lifetime value (CLV), as given.</summary>
    public Money LifetimeValue { get; }

    /// <summary>Gets the customer's referral value (CRV); zero for a customer without referrals.</summary>
    public Money ReferralValue { get; }

    /// <summary>Gets the rank by lifetime value (1 = highest).</summary>
    public int LifetimeValueRank { get; }

    /// <summary>Gets the rank by referral value (1 = highest).</summary>
    public int ReferralValueRank { get; }

    /// <summary>Gets the group: champion, affluent, advocate or miser.</summary>
    public ReferralValueGroup Group { get; }

    /// <summary>Returns the customer, both values and ranks and the group.</summary>
    /// <returns>For example <c>ola: CLV 400 PLN (#3), CRV 1431.82 PLN (#1), Advocate</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Customer}: CLV {LifetimeValue.Round(2)} (#{LifetimeValueRank}), CRV {ReferralValue.Round(2)} (#{ReferralValueRank}), {Group}");
}
