using System.Globalization;

namespace RelationshipKit.Benefits;

/// <summary>
/// Represents one respondent's answer about one benefit: how important it is and how well it is delivered,
/// each a Likert score.
/// </summary>
/// <remarks>
/// <para>The scores are checked against the survey's <see cref="LikertScale"/> when the ratings are aggregated by
/// <see cref="BenefitProfile.FromRatings(IEnumerable{BenefitRating}, LikertScale)"/>; the constructor checks only
/// that they are at least 1.</para>
/// <para>Equality compares all four properties. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BenefitRating : IEquatable<BenefitRating>
{
    /// <summary>Initializes a new <see cref="BenefitRating"/>.</summary>
    /// <param name="respondent">Who answered.</param>
    /// <param name="benefit">The benefit rated.</param>
    /// <param name="importance">How important the benefit is to the respondent, a Likert score from 1.</param>
    /// <param name="performance">How well the benefit is delivered, a Likert score from 1.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="respondent"/> is the unset <c>default</c> id.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="benefit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="importance"/> or <paramref name="performance"/> is less than 1.</exception>
    public BenefitRating(CustomerId respondent, Benefit benefit, int importance, int performance)
    {
        if (respondent.IsDefault)
        {
            throw new ArgumentException("respondent must be set; was the default CustomerId.", nameof(respondent));
        }

        ArgumentNullException.ThrowIfNull(benefit);
        if (importance < 1)
        {
            throw Preconditions.OutOfRange(nameof(importance), importance, "be a Likert score >= 1");
        }

        if (performance < 1)
        {
            throw Preconditions.OutOfRange(nameof(performance), performance, "be a Likert score >= 1");
        }

        Respondent = respondent;
        Benefit = benefit;
        Importance = importance;
        Performance = performance;
    }

    /// <summary>Gets who answered.</summary>
    public CustomerId Respondent { get; }

    /// <summary>Gets the benefit rated.</summary>
    public Benefit Benefit { get; }

    /// <summary>Gets how important the benefit is to the respondent (Likert score).</summary>
    public int Importance { get; }

    /// <summary>Gets how well the benefit is delivered, in the respondent's view (Likert score).</summary>
    public int Performance { get; }

    /// <summary>Determines whether two ratings are equal.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(BenefitRating? left, BenefitRating? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two ratings differ.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(BenefitRating? left, BenefitRating? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(BenefitRating? other) =>
        other is not null
        && Respondent == other.Respondent
        && Benefit == other.Benefit
        && Importance == other.Importance
        && Performance == other.Performance;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BenefitRating);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Respondent, Benefit, Importance, Performance);

    /// <summary>Returns the rating as <c>respondent benefit: importance I, performance P</c>.</summary>
    /// <returns>The text, for example <c>r01 confidence: importance 5, performance 3</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Respondent} {Benefit}: importance {Importance}, performance {Performance}");
}
