using System.Diagnostics.CodeAnalysis;

namespace RelationshipKit;

/// <summary>
/// Represents the value tiers of a customer base: every customer's tier with the rule that decided, and the cuts the
/// thresholds resolved to.
/// </summary>
/// <remarks>
/// <para>Created by <see cref="ValueTiers.Assign(IEnumerable{CustomerValuation}, ValueTierThresholds)"/>; compare two
/// assignments with <see cref="ValueTiers.Migrations(ValueTierAssignment, ValueTierAssignment)"/>.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ValueTierAssignment
{
    private readonly Dictionary<CustomerId, CustomerTier> _byCustomer;
    private readonly int[] _counts;

    internal ValueTierAssignment(ValueTierThresholds thresholds, Money mostValuableCut, Money mostGrowableCut, CustomerTier[] customers)
    {
        Thresholds = thresholds;
        MostValuableCut = mostValuableCut;
        MostGrowableCut = mostGrowableCut;
        Customers = Array.AsReadOnly(customers);
        _byCustomer = customers.ToDictionary(c => c.Customer);
        _counts = new int[Enum.GetValues<ValueTier>().Length];
        foreach (var customer in customers)
        {
            _counts[(int)customer.Tier]++;
        }
    }

    /// <summary>Gets the thresholds the assignment was made with.</summary>
    public ValueTierThresholds Thresholds { get; }

    /// <summary>Gets the net value at or above which a customer with a positive net value is most valuable (the resolved quantile, or the amount).</summary>
    public Money MostValuableCut { get; }

    /// <summary>Gets the unrealised potential at or above which a customer with room to grow is most growable (the resolved quantile, or the amount).</summary>
    public Money MostGrowableCut { get; }

    /// <summary>Gets every customer's tier, in the order the valuations were given.</summary>
    public IReadOnlyList<CustomerTier> Customers { get; }

    /// <summary>Gets the currency of the assignment.</summary>
    public Currency Currency => MostValuableCut.Currency;

    /// <summary>Gets the tier of <paramref name="customer"/>.</summary>
    /// <param name="customer">A customer in the assignment.</param>
    /// <returns>The customer's placement.</returns>
    /// <exception cref="KeyNotFoundException">Thrown when <paramref name="customer"/> is not in the assignment; use <see cref="TryGet"/> to test first.</exception>
    public CustomerTier this[CustomerId customer] => TryGet(customer, out var tier)
        ? tier
        : throw new KeyNotFoundException($"The assignment has no customer \"{customer}\"; call TryGet to test whether a customer is in it.");

    /// <summary>Counts the customers in <paramref name="tier"/>.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The number of customers placed in it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="tier"/> is not a defined value.</exception>
    public int CountOf(ValueTier tier)
    {
        Preconditions.Defined(tier);
        return _counts[(int)tier];
    }

    /// <summary>Tries to get the tier of <paramref name="customer"/>.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="tier">The customer's placement, or <see langword="null"/> when absent.</param>
    /// <returns><see langword="true"/> when the customer is in the assignment.</returns>
    public bool TryGet(CustomerId customer, [NotNullWhen(true)] out CustomerTier? tier) => _byCustomer.TryGetValue(customer, out tier);

    /// <summary>Returns the counts per tier.</summary>
    /// <returns>For example <c>10 customers: 2 MVC, 2 MGC, 1 BZ, 5 standard</c>.</returns>
    public override string ToString() =>
        $"{Customers.Count} customers: {CountOf(ValueTier.MostValuable)} MVC, {CountOf(ValueTier.MostGrowable)} MGC, {CountOf(ValueTier.BelowZero)} BZ, {CountOf(ValueTier.Standard)} standard";
}
