using System.Globalization;

namespace RelationshipKit.Value.Formulas;

/// <summary>
/// Represents the customer referral value (CRV) of one referrer: the discounted value its referrals bring, with its
/// parts.
/// </summary>
/// <remarks>
/// <para>Created by <see cref="CustomerReferralValue.Compute(IEnumerable{Referral}, DiscountRate)"/>:
/// <see cref="Value"/> = <see cref="NewCustomerValue"/> + <see cref="AcquisitionCostSaved"/> − <see cref="Rewards"/>,
/// every part discounted to now. Amounts are not rounded.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ReferralValue
{
    internal ReferralValue(CustomerId referrer, int referrals, int newCustomers, Money newCustomerValue, Money acquisitionCostSaved, Money rewards)
    {
        Referrer = referrer;
        Referrals = referrals;
        NewCustomers = newCustomers;
        NewCustomerValue = newCustomerValue;
        AcquisitionCostSaved = acquisitionCostSaved;
        Rewards = rewards;
        Value = newCustomerValue + acquisitionCostSaved - rewards;
    }

    /// <summary>Gets the referrer.</summary>
    public CustomerId Referrer { get; }

    /// <summary>Gets the number of customers the referrer brought.</summary>
    public int Referrals { get; }

    /// <summary>Gets how many of them would not have joined without the referral.</summary>
    public int NewCustomers { get; }

    /// <summary>Gets the discounted lifetime value of the referred customers who would not have joined otherwise.</summary>
    public Money NewCustomerValue { get; }

    /// <summary>Gets the discounted acquisition cost saved on the referred customers who would have joined anyway.</summary>
    public Money AcquisitionCostSaved { get; }

    /// <summary>Gets the discounted rewards paid for the referrals.</summary>
    public Money Rewards { get; }

    /// <summary>Gets the customer referral value: new-customer value + acquisition cost saved − rewards (negative when the rewards cost more than the referrals bring).</summary>
    public Money Value { get; }

    /// <summary>Returns the referrer and its value.</summary>
    /// <returns>For example <c>anna: CRV 1318.18 PLN from 3 referrals (2 new)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Referrer}: CRV {Value.Round(2)} from {Referrals} referrals ({NewCustomers} new)");
}
