using System.Globalization;

namespace RelationshipKit.Lifecycle.Signals;

/// <summary>
/// Represents what is known about a relationship right now, as plain values from elsewhere (a purchase model's P(alive),
/// the complaints desk, a satisfaction trend): the input of signal rules. The lifecycle package does not compute them.
/// </summary>
/// <remarks>
/// <para>Every member is optional; a rule whose input is missing does not fire. The <c>default</c> value observes nothing.</para>
/// <para>Equality compares every member. Immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct RelationshipObservations : IEquatable<RelationshipObservations>
{
    /// <summary>Initializes a new <see cref="RelationshipObservations"/>.</summary>
    /// <param name="probabilityAlive">The probability that the customer is still active, in [0, 1] (for example from a BG/NBD fit).</param>
    /// <param name="complaintReceived">Whether a complaint was received since the last look.</param>
    /// <param name="satisfactionTrend">The satisfaction trend: the least-squares slope of the customer's normalised ratings per 90 days (finite; the core's <c>SatisfactionTrend.SlopePer90Days</c>).</param>
    /// <param name="strength">The relationship strength (the core's scalar, for example <see cref="RelationshipStrength.From(Bonds.BondProfile)"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a value is out of its range or not finite.</exception>
    public RelationshipObservations(double? probabilityAlive = null, bool complaintReceived = false, double? satisfactionTrend = null, RelationshipStrength? strength = null)
    {
        if (probabilityAlive is { } p && !(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probabilityAlive), p, $"probabilityAlive must be in [0, 1]; was {F(p)}.");
        }

        if (satisfactionTrend is { } t && !double.IsFinite(t))
        {
            throw new ArgumentOutOfRangeException(nameof(satisfactionTrend), t, $"satisfactionTrend must be a finite number; was {F(t)}.");
        }

        ProbabilityAlive = probabilityAlive;
        ComplaintReceived = complaintReceived;
        SatisfactionTrend = satisfactionTrend;
        Strength = strength;
    }

    /// <summary>Gets the probability that the customer is still active, or null when unknown.</summary>
    public double? ProbabilityAlive { get; }

    /// <summary>Gets a value indicating whether a complaint was received.</summary>
    public bool ComplaintReceived { get; }

    /// <summary>Gets the satisfaction trend (slope per 90 days), or null when unknown (fewer than three ratings).</summary>
    public double? SatisfactionTrend { get; }

    /// <summary>Gets the relationship strength, or null when unknown.</summary>
    public RelationshipStrength? Strength { get; }

    /// <summary>Determines whether two observations are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(RelationshipObservations left, RelationshipObservations right) => left.Equals(right);

    /// <summary>Determines whether two observations differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(RelationshipObservations left, RelationshipObservations right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RelationshipObservations other) =>
        ProbabilityAlive == other.ProbabilityAlive && ComplaintReceived == other.ComplaintReceived
        && SatisfactionTrend == other.SatisfactionTrend && Strength == other.Strength;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RelationshipObservations other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ProbabilityAlive, ComplaintReceived, SatisfactionTrend, Strength);

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
