namespace RelationshipKit;

/// <summary>
/// Represents one customer whose value tier changed between two assignments, or who is in only one of them.
/// </summary>
/// <remarks>
/// <para>Created by <see cref="ValueTiers.Migrations(ValueTierAssignment, ValueTierAssignment)"/>.
/// <see cref="From"/> is <see langword="null"/> for a customer new in the later assignment and <see cref="To"/> is
/// <see langword="null"/> for one that is no longer in it.</para>
/// <para>Equality compares the customer and both tiers. The <c>default</c> value has an unset customer and no tiers;
/// the factory never produces it. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct ValueTierMigration : IEquatable<ValueTierMigration>
{
    /// <summary>Initializes a new <see cref="ValueTierMigration"/>.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="from">The earlier tier, or <see langword="null"/> when the customer is new.</param>
    /// <param name="to">The later tier, or <see langword="null"/> when the customer is gone.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customer"/> is the unset <c>default</c> id, or <paramref name="from"/> equals <paramref name="to"/> (no migration).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a tier is not a defined value.</exception>
    public ValueTierMigration(CustomerId customer, ValueTier? from, ValueTier? to)
    {
        if (customer.IsDefault)
        {
            throw new ArgumentException("customer must be set; was the default CustomerId.", nameof(customer));
        }

        if (from is { } f)
        {
            Preconditions.Defined(f, nameof(from));
        }

        if (to is { } t)
        {
            Preconditions.Defined(t, nameof(to));
        }

        if (from == to)
        {
            throw new ArgumentException($"to must differ from from for a migration; both were {Text(from)}.", nameof(to));
        }

        Customer = customer;
        From = from;
        To = to;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the tier in the earlier assignment, or <see langword="null"/> when the customer was not in it.</summary>
    public ValueTier? From { get; }

    /// <summary>Gets the tier in the later assignment, or <see langword="null"/> when the customer is not in it.</summary>
    public ValueTier? To { get; }

    /// <summary>Gets a value indicating whether the customer is new: absent from the earlier assignment.</summary>
    public bool IsNew => From is null;

    /// <summary>Gets a value indicating whether the customer is gone: absent from the later assignment.</summary>
    public bool IsGone => To is null;

    /// <summary>Determines whether two migrations are equal.</summary>
    /// <param name="left">The first migration.</param>
    /// <param name="right">The second migration.</param>
    /// <returns><see langword="true"/> when the customer and both tiers are equal.</returns>
    public static bool operator ==(ValueTierMigration left, ValueTierMigration right) => left.Equals(right);

    /// <summary>Determines whether two migrations differ.</summary>
    /// <param name="left">The first migration.</param>
    /// <param name="right">The second migration.</param>
    /// <returns><see langword="true"/> when the customer or a tier differs.</returns>
    public static bool operator !=(ValueTierMigration left, ValueTierMigration right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ValueTierMigration other) => Customer == other.Customer && From == other.From && To == other.To;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueTierMigration other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Customer, From, To);

    /// <summary>Returns the migration, for example <c>c01: MostGrowable -> MostValuable</c> or <c>c09: (none) -> Standard</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Customer}: {Text(From)} -> {Text(To)}";

    private static string Text(ValueTier? tier) => tier?.ToString() ?? "(none)";
}
