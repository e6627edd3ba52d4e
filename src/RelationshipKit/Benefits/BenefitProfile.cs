using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace RelationshipKit.Benefits;

/// <summary>
/// Represents which benefits a customer or a segment values and how well each is delivered: the survey answers of one
/// or more respondents aggregated per benefit into counts, mean importance, mean performance and the gap.
/// </summary>
/// <remarks>
/// <para>Create it with <see cref="FromRatings(IEnumerable{BenefitRating}, LikertScale)"/>. One respondent gives a
/// single customer's profile; several give a segment's. Each respondent rates each benefit at most once, and a
/// respondent may skip benefits, so <see cref="BenefitScore.RespondentCount"/> can differ between benefits.</para>
/// <para>The gap between importance and delivery is where to act; rank it with
/// <see cref="ImportancePerformanceAnalysis.Analyze(BenefitProfile)"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BenefitProfile
{
    private readonly Dictionary<Benefit, BenefitScore> _byBenefit;

    private BenefitProfile(LikertScale scale, int respondentCount, int ratingCount, BenefitScore[] scores)
    {
        Scale = scale;
        RespondentCount = respondentCount;
        RatingCount = ratingCount;
        Scores = Array.AsReadOnly(scores);
        _byBenefit = scores.ToDictionary(s => s.Benefit);
    }

    /// <summary>Gets the Likert scale of the answers.</summary>
    public LikertScale Scale { get; }

    /// <summary>Gets the number of distinct respondents.</summary>
    public int RespondentCount { get; }

    /// <summary>Gets the number of ratings aggregated.</summary>
    public int RatingCount { get; }

    /// <summary>Gets one score per benefit rated, ordered by category and then by name.</summary>
    public IReadOnlyList<BenefitScore> Scores { get; }

    /// <summary>Aggregates survey answers into a profile.</summary>
    /// <param name="ratings">The answers: at least one, at most one per respondent and benefit, with scores on <paramref name="scale"/>.</param>
    /// <param name="scale">The Likert scale the answers were given on.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="ratings"/> is empty, contains null, rates a benefit twice by the same respondent, or uses one name for two different benefits.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a score is above <paramref name="scale"/>'s maximum.</exception>
    public static BenefitProfile FromRatings(IEnumerable<BenefitRating> ratings, LikertScale scale)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var sums = new Dictionary<Benefit, Accumulator>();
        var byName = new Dictionary<string, Benefit>(StringComparer.Ordinal);
        var seen = new HashSet<(CustomerId, Benefit)>();
        var respondents = new HashSet<CustomerId>();
        var index = 0;
        foreach (var rating in ratings)
        {
            if (rating is null)
            {
                throw new ArgumentException($"ratings must not contain null; ratings[{index}] is null.", nameof(ratings));
            }

            CheckScore(rating.Importance, scale, index, "Importance", nameof(ratings));
            CheckScore(rating.Performance, scale, index, "Performance", nameof(ratings));
            if (byName.TryGetValue(rating.Benefit.Name, out var known) && known != rating.Benefit)
            {
                throw new ArgumentException(
                    $"ratings must use each benefit name for one benefit; ratings[{index}] names \"{rating.Benefit.Name}\" with category {rating.Benefit.Category}, nature {rating.Benefit.Nature} and recipient {rating.Benefit.Recipient}, but an earlier rating used category {known.Category}, nature {known.Nature} and recipient {known.Recipient}.",
                    nameof(ratings));
            }

            if (!seen.Add((rating.Respondent, rating.Benefit)))
            {
                throw new ArgumentException(
                    $"ratings must hold at most one rating per respondent and benefit; ratings[{index}] rates \"{rating.Benefit.Name}\" by respondent \"{rating.Respondent}\" again.",
                    nameof(ratings));
            }

            byName[rating.Benefit.Name] = rating.Benefit;
            respondents.Add(rating.Respondent);
            ref var sum = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, rating.Benefit, out _);
            sum.Count++;
            sum.Importance += rating.Importance;
            sum.Performance += rating.Performance;
            index++;
        }

        if (index == 0)
        {
            throw new ArgumentException("ratings must not be empty.", nameof(ratings));
        }

        var scores = sums
            .Select(pair => pair.Value.ToScore(pair.Key))
            .ToArray();
        Array.Sort(scores, (left, right) => Benefit.CompareForReport(left.Benefit, right.Benefit));
        return new BenefitProfile(scale, respondents.Count, index, scores);
    }

    /// <summary>Looks up the score of <paramref name="benefit"/>.</summary>
    /// <param name="benefit">The benefit.</param>
    /// <param name="score">The score when found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when some respondent rated <paramref name="benefit"/>.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="benefit"/> is null.</exception>
    public bool TryGetScore(Benefit benefit, [NotNullWhen(true)] out BenefitScore? score)
    {
        ArgumentNullException.ThrowIfNull(benefit);
        return _byBenefit.TryGetValue(benefit, out score);
    }

    /// <summary>Returns a short summary.</summary>
    /// <returns>The text, for example <c>4 respondents, 5 benefits, scale 1-5</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{RespondentCount} respondents, {Scores.Count} benefits, scale {Scale}");

    private static void CheckScore(int score, LikertScale scale, int index, string property, string paramName)
    {
        if (!scale.Contains(score))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                score,
                $"ratings[{index}].{property} must be in [{scale.Min}, {scale.Max}] on the {scale.Points}-point scale; was {score}.");
        }
    }

    private struct Accumulator
    {
        public int Count;
        public decimal Importance;
        public decimal Performance;

        public readonly BenefitScore ToScore(Benefit benefit) => new(benefit, Count, Importance, Performance);
    }
}
