namespace RelationshipKit;

/// <summary>
/// Represents the value tier one customer was placed in, with the figures it was placed on and the rule that decided.
/// </summary>
/// <remarks>
/// <para>Created by <see cref="ValueTiers"/>. Equality compares the valuation, the tier and the reason. This type is
/// immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class CustomerTier : IEquatable<CustomerTier>
{
    internal CustomerTier(CustomerValuation valuation, ValueTier tier, string reason)
    {
        Valuation = valuation;
        Tier = tier;
        Reason = reason;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer => Valuation.Customer;

    /// <summary>Gets the figures the customer was placed on.</summary>
    public CustomerValuation Valuation { get; }

    /// <summary>Gets the tier.</summary>
    public ValueTier Tier { get; }

    /// <summary>Gets the rule that decided, as a sentence, for example <c>cost to serve 500 PLN exceeds actual value 300 PLN (net value -200 PLN).</c></summary>
    public string Reason { get; }

    /// <summary>Determines whether two placements are equal.</summary>
    /// <param name="left">The first placement.</param>
    /// <param name="right">The second placement.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(CustomerTier? left, CustomerTier? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two placements differ.</summary>
    /// <param name="left">The first placement.</param>
    /// <param name="right">The second placement.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CustomerTier? left, CustomerTier? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(CustomerTier? other) =>
        other is not null && Valuation == other.Valuation && Tier == other.Tier && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CustomerTier);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Valuation, Tier, Reason);

    /// <summary>Returns the customer, the tier and the reason.</summary>
    /// <returns>For example <c>c01 MostValuable: net value 1200 PLN is at or above the most-valuable cut 900 PLN.</c></returns>
    public override string ToString() => $"{Customer} {Tier}: {Reason}";
}
