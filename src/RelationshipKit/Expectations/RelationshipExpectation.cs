using RelationshipKit.Bonds;
using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Expectations;

/// <summary>
/// Represents a relationship as one side expects it (or offers it): the relationship type and the bond, each optional
/// but not both missing. Compare the customer's with the company's by <see cref="ExpectationComparison.Compare"/>.
/// </summary>
/// <remarks>
/// <para>A bond dimension the profile does not score is not compared; <see langword="null"/> for the type means "no
/// expectation about how the relationship is served". An archetype's <see cref="BondArchetype.SignatureProfile"/> is
/// a ready-made bond ("the customer expects a committed partnership").</para>
/// <para>Equality compares the type and the bond profile. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class RelationshipExpectation : IEquatable<RelationshipExpectation>
{
    /// <summary>Initializes a new <see cref="RelationshipExpectation"/>.</summary>
    /// <param name="type">The relationship type, or <see langword="null"/> when none is expected.</param>
    /// <param name="bonds">The bond profile; may be <see cref="BondProfile.Empty"/> when a type is given.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="bonds"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="type"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="type"/> is null and <paramref name="bonds"/> is empty.</exception>
    public RelationshipExpectation(RelationshipType? type, BondProfile bonds)
    {
        ArgumentNullException.ThrowIfNull(bonds);
        if (type is { } t)
        {
            Preconditions.Defined(t, nameof(type));
        }
        else if (bonds.IsEmpty)
        {
            throw new ArgumentException("bonds must score at least one dimension when type is null; an expectation of nothing cannot be compared.", nameof(bonds));
        }

        Type = type;
        Bonds = bonds;
    }

    /// <summary>Gets the relationship type, or <see langword="null"/> when none is expected.</summary>
    public RelationshipType? Type { get; }

    /// <summary>Gets the bond profile.</summary>
    public BondProfile Bonds { get; }

    /// <summary>Determines whether two expectations are equal.</summary>
    /// <param name="left">The first expectation.</param>
    /// <param name="right">The second expectation.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(RelationshipExpectation? left, RelationshipExpectation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two expectations differ.</summary>
    /// <param name="left">The first expectation.</param>
    /// <param name="right">The second expectation.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RelationshipExpectation? left, RelationshipExpectation? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(RelationshipExpectation? other) => other is not null && Type == other.Type && Bonds == other.Bonds;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RelationshipExpectation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Bonds);

    /// <summary>Returns the type and the bond, for example <c>dedicated-personal-assistance; basis=0.8,affect=0.6</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (Type is { } t ? RelationshipTypeInfo.For(t).Name : "(any type)") + (Bonds.IsEmpty ? string.Empty : "; " + Bonds);
}
