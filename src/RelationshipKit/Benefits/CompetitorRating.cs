using System.Globalization;

namespace RelationshipKit.Benefits;

/// <summary>
/// Represents one respondent's rating of how well a named competitor delivers one benefit: the competitor column of a
/// competitive importance–performance survey.
/// </summary>
/// <remarks>
/// <para>The score is checked against the survey's <see cref="LikertScale"/> by
/// <see cref="CompetitiveImportancePerformanceAnalysis.Analyze(BenefitProfile, IEnumerable{CompetitorRating})"/>; the
/// constructor checks only that it is at least 1. Competitor names are compared ordinally after trimming.</para>
/// <para>Equality compares all four properties. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class CompetitorRating : IEquatable<CompetitorRating>
{
    /// <summary>The longest competitor name accepted, in characters.</summary>
    public const int MaxCompetitorLength = 64;

    /// <summary>Initializes a new <see cref="CompetitorRating"/>.</summary>
    /// <param name="respondent">Who answered.</param>
    /// <param name="competitor">The competitor's name, for example <c>bikehub</c>; trimmed, 1 to <see cref="MaxCompetitorLength"/> characters.</param>
    /// <param name="benefit">The benefit rated.</param>
    /// <param name="performance">How well the competitor delivers the benefit, a Likert score from 1.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="respondent"/> is the unset <c>default</c> id, or <paramref name="competitor"/> is empty, white space or too long.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="competitor"/> or <paramref name="benefit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="performance"/> is less than 1.</exception>
    public CompetitorRating(CustomerId respondent, string competitor, Benefit benefit, int performance)
    {
        if (respondent.IsDefault)
        {
            throw new ArgumentException("respondent must be set; was the default CustomerId.", nameof(respondent));
        }

        ArgumentNullException.ThrowIfNull(competitor);
        ArgumentNullException.ThrowIfNull(benefit);
        var name = competitor.Trim();
        if (name.Length == 0 || name.Length > MaxCompetitorLength)
        {
            throw new ArgumentException(
                $"competitor must be 1 to {MaxCompetitorLength} characters after trimming; was {Preconditions.Format(competitor)}.", nameof(competitor));
        }

        if (performance < 1)
        {
            throw Preconditions.OutOfRange(nameof(performance), performance, "be a Likert score >= 1");
        }

        Respondent = respondent;
        Competitor = name;
        Benefit = benefit;
        Performance = performance;
    }

    /// <summary>Gets who answered.</summary>
    public CustomerId Respondent { get; }

    /// <summary>Gets the competitor's name.</summary>
    public string Competitor { get; }

    /// <summary>Gets the benefit rated.</summary>
    public Benefit Benefit { get; }

    /// <summary>Gets how well the competitor delivers the benefit, in the respondent's view (Likert score).</summary>
    public int Performance { get; }

    /// <summary>Determines whether two ratings are equal.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(CompetitorRating? left, CompetitorRating? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two ratings differ.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CompetitorRating? left, CompetitorRating? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(CompetitorRating? other) =>
        other is not null
        && Respondent == other.Respondent
        && string.Equals(Competitor, other.Competitor, StringComparison.Ordinal)
        && Benefit == other.Benefit
        && Performance == other.Performance;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CompetitorRating);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Respondent, StringComparer.Ordinal.GetHashCode(Competitor), Benefit, Performance);

    /// <summary>Returns the rating as <c>respondent competitor benefit: performance P</c>.</summary>
    /// <returns>The text, for example <c>r1 bikehub confidence: performance 3</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Respondent} {Competitor} {Benefit}: performance {Performance}");
}
