using NodaTime;
using NodaTime.Text;

namespace RelationshipKit.Satisfaction;

/// <summary>
/// Represents one satisfaction rating of one customer: a score on a <see cref="SatisfactionScale"/>, when it was
/// given and in which <see cref="PurchaseCyclePhase"/>.
/// </summary>
/// <remarks>
/// <para>Source: seed 002 ("Отношение измеряется степенью удовлетворенности клиентов в течение цикла закупок и после
/// получения продуктов или услуг": the relationship is measured by the customer's satisfaction during the purchase
/// cycle and after receiving the products or services). Aggregate ratings with
/// <see cref="CustomerSatisfactionScore"/>, <see cref="NetPromoterScore"/> and <see cref="SatisfactionTrend"/>.</para>
/// <para>Equality compares all five properties. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class SatisfactionRating : IEquatable<SatisfactionRating>
{
    /// <summary>Initializes a new <see cref="SatisfactionRating"/>.</summary>
    /// <param name="customer">Who gave the rating.</param>
    /// <param name="score">The score, on <paramref name="scale"/>.</param>
    /// <param name="scale">The scale of the question.</param>
    /// <param name="ratedAt">When the rating was given.</param>
    /// <param name="phase">When in the purchase cycle the rating was given.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customer"/> is the unset <c>default</c> id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="score"/> is not on <paramref name="scale"/> or <paramref name="phase"/> is not a defined value.</exception>
    public SatisfactionRating(CustomerId customer, int score, SatisfactionScale scale, Instant ratedAt, PurchaseCyclePhase phase)
    {
        if (customer.IsDefault)
        {
            throw new ArgumentException("customer must be set; was the default CustomerId.", nameof(customer));
        }

        scale.CheckScore(score, nameof(score));
        Preconditions.Defined(phase);
        Customer = customer;
        Score = score;
        Scale = scale;
        RatedAt = ratedAt;
        Phase = phase;
    }

    /// <summary>Gets who gave the rating.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the score, on <see cref="Scale"/>.</summary>
    public int Score { get; }

    /// <summary>Gets the scale of the question.</summary>
    public SatisfactionScale Scale { get; }

    /// <summary>Gets when the rating was given.</summary>
    public Instant RatedAt { get; }

    /// <summary>Gets when in the purchase cycle the rating was given.</summary>
    public PurchaseCyclePhase Phase { get; }

    /// <summary>Gets the score mapped onto [0, 1] (see <see cref="SatisfactionScale.Normalize(int)"/>), for comparing ratings given on different scales.</summary>
    public double NormalizedScore => Scale.Normalize(Score);

    /// <summary>Determines whether two ratings are equal.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(SatisfactionRating? left, SatisfactionRating? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two ratings differ.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SatisfactionRating? left, SatisfactionRating? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(SatisfactionRating? other) =>
        other is not null
        && Customer == other.Customer
        && Score == other.Score
        && Scale == other.Scale
        && RatedAt == other.RatedAt
        && Phase == other.Phase;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SatisfactionRating);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Customer, Score, Scale, RatedAt, Phase);

    /// <summary>Returns the rating as <c>customer score/scale phase at instant</c>.</summary>
    /// <returns>The text, for example <c>c01 4 on 1-5 After at 2026-01-15T10:00:00Z</c>.</returns>
    public override string ToString() => $"{Customer} {Score} on {Scale} {Phase} at {InstantPattern.ExtendedIso.Format(RatedAt)}";
}
