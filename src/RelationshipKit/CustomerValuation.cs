namespace RelationshipKit;

/// <summary>
/// Represents what one customer is worth for the differentiate step of IDIC: the value the customer brings now
/// (actual value), the value the customer could bring (potential value) and what serving the customer costs.
/// </summary>
/// <remarks>
/// <para>All three amounts cover the same horizon (a year, or the customer's lifetime) and share one currency. The
/// actual value is gross of the cost to serve, so <see cref="NetValue"/> = actual − cost to serve is what the customer
/// contributes; <see cref="UnrealisedPotential"/> = potential − actual is the room to grow (Peppers &amp; Rogers'
/// unrealised "strategic" value). <see cref="ValueTiers.Assign(IEnumerable{CustomerValuation}, ValueTierThresholds)"/>
/// places customers in value tiers from these figures.</para>
/// <para>Equality compares the customer and the three amounts. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class CustomerValuation : IEquatable<CustomerValuation>
{
    /// <summary>Initializes a new <see cref="CustomerValuation"/>.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="actualValue">The value the customer brings now, gross of the cost to serve; may be negative (returns exceed purchases).</param>
    /// <param name="potentialValue">The value the customer could bring, at least <paramref name="actualValue"/> (same currency).</param>
    /// <param name="costToServe">The cost of serving the customer over the same horizon (≥ 0, same currency).</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customer"/> is the unset <c>default</c> id, or the amounts differ in currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="costToServe"/> is negative or <paramref name="potentialValue"/> is below <paramref name="actualValue"/>.</exception>
    public CustomerValuation(CustomerId customer, Money actualValue, Money potentialValue, Money costToServe)
    {
        if (customer.IsDefault)
        {
            throw new ArgumentException("customer must be set; was the default CustomerId.", nameof(customer));
        }

        SameCurrency(potentialValue, actualValue, nameof(potentialValue));
        SameCurrency(costToServe, actualValue, nameof(costToServe));
        if (costToServe.Amount < 0)
        {
            throw Preconditions.OutOfRange(nameof(costToServe), costToServe, "be >= 0");
        }

        if (potentialValue.Amount < actualValue.Amount)
        {
            throw Preconditions.OutOfRange(
                nameof(potentialValue), potentialValue, $"be >= actualValue ({actualValue}), since the potential includes what the customer brings now");
        }

        Customer = customer;
        ActualValue = actualValue;
        PotentialValue = potentialValue;
        CostToServe = costToServe;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the value the customer brings now, gross of the cost to serve.</summary>
    public Money ActualValue { get; }

    /// <summary>Gets the value the customer could bring.</summary>
    public Money PotentialValue { get; }

    /// <summary>Gets the cost of serving the customer.</summary>
    public Money CostToServe { get; }

    /// <summary>Gets the currency of the amounts.</summary>
    public Currency Currency => ActualValue.Currency;

    /// <summary>Gets what the customer contributes: <see cref="ActualValue"/> − <see cref="CostToServe"/> (negative for a below-zero customer).</summary>
    public Money NetValue => ActualValue - CostToServe;

    /// <summary>Gets the room to grow: <see cref="PotentialValue"/> − <see cref="ActualValue"/> (≥ 0).</summary>
    public Money UnrealisedPotential => PotentialValue - ActualValue;

    /// <summary>Determines whether two valuations are equal.</summary>
    /// <param name="left">The first valuation.</param>
    /// <param name="right">The second valuation.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(CustomerValuation? left, CustomerValuation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two valuations differ.</summary>
    /// <param name="left">The first valuation.</param>
    /// <param name="right">The second valuation.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CustomerValuation? left, CustomerValuation? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(CustomerValuation? other) =>
        other is not null
        && Customer == other.Customer
        && ActualValue == other.ActualValue
        && PotentialValue == other.PotentialValue
        && CostToServe == other.CostToServe;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CustomerValuation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Customer, ActualValue, PotentialValue, CostToServe);

    /// <summary>Returns the valuation, for example <c>c01: actual 1200 PLN, potential 2000 PLN, cost to serve 300 PLN</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Customer}: actual {ActualValue}, potential {PotentialValue}, cost to serve {CostToServe}";

    private static void SameCurrency(Money value, Money reference, string paramName)
    {
        if (value.Currency != reference.Currency)
        {
            throw new ArgumentException(
                $"{paramName} must be in the currency of actualValue ({reference.Currency.Code}); was {value.Currency.Code}.", paramName);
        }
    }
}
