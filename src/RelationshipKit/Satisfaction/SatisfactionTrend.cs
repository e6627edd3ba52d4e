using System.Globalization;
using NodaTime;

namespace RelationshipKit.Satisfaction;

/// <summary>
/// Represents the satisfaction trend of one customer: the least-squares slope of the scores over time, in scale points
/// per 90 days, or "unknown" when there are fewer than three ratings.
/// </summary>
/// <remarks>
/// <para><b>Definition</b> (the one every RelationshipKit package uses): with the customer's ratings (tᵢ, yᵢ), tᵢ in
/// days and yᵢ the score, the slope is <c>b = Σ (tᵢ − t̄)(yᵢ − ȳ) / Σ (tᵢ − t̄)²</c> (ordinary least squares), and
/// the trend is <c>90 · b</c>: how many scale points the score moves in 90 days. It needs at least
/// <see cref="MinimumRatings"/> (3) ratings, because a line through two points always fits exactly and says nothing
/// about noise, and at least two different instants; otherwise <see cref="Status"/> says why and
/// <see cref="SlopePer90Days"/> is <see langword="null"/>.</para>
/// <para>A customer's ratings must share one scale: a slope in points is meaningless across 1–5 and 0–10.</para>
/// <para>Equality compares all properties. The <c>default</c> value is an unset customer with no ratings (status
/// <see cref="SatisfactionTrendStatus.Known"/> is never paired with a null slope by the factory methods). This type is
/// immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct SatisfactionTrend : IEquatable<SatisfactionTrend>
{
    /// <summary>The fewest ratings a trend is computed from.</summary>
    public const int MinimumRatings = 3;

    /// <summary>The number of days the slope is expressed per.</summary>
    public const int PeriodDays = 90;

    private SatisfactionTrend(CustomerId customer, SatisfactionScale scale, int ratingCount, SatisfactionTrendStatus status, double? slope)
    {
        Customer = customer;
        Scale = scale;
        RatingCount = ratingCount;
        Status = status;
        SlopePer90Days = slope;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the scale of the customer's ratings.</summary>
    public SatisfactionScale Scale { get; }

    /// <summary>Gets the number of ratings the trend was computed from.</summary>
    public int RatingCount { get; }

    /// <summary>Gets whether the trend is known, and if not, why.</summary>
    public SatisfactionTrendStatus Status { get; }

    /// <summary>Gets a value indicating whether the trend is known.</summary>
    public bool IsKnown => SlopePer90Days.HasValue;

    /// <summary>Gets the least-squares slope of the scores, in scale points per 90 days (positive: improving); <see langword="null"/> when unknown.</summary>
    public double? SlopePer90Days { get; }

    /// <summary>Determines whether two trends are equal.</summary>
    /// <param name="left">The first trend.</param>
    /// <param name="right">The second trend.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(SatisfactionTrend left, SatisfactionTrend right) => left.Equals(right);

    /// <summary>Determines whether two trends differ.</summary>
    /// <param name="left">The first trend.</param>
    /// <param name="right">The second trend.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(SatisfactionTrend left, SatisfactionTrend right) => !left.Equals(right);

    /// <summary>Computes the trend of one customer's ratings.</summary>
    /// <param name="ratings">The ratings of one customer, in any order, on one scale; at least one.</param>
    /// <returns>The trend; unknown (with the reason in <see cref="Status"/>) when there are fewer than three ratings or they share one instant.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="ratings"/> is empty, contains null, mixes customers or mixes scales.</exception>
    public static SatisfactionTrend Of(IEnumerable<SatisfactionRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var list = new List<SatisfactionRating>();
        foreach (var rating in RatingChecks.OneScale(ratings, nameof(ratings)))
        {
            if (list.Count > 0 && rating.Customer != list[0].Customer)
            {
                throw new ArgumentException(
                    $"ratings must all be of one customer; ratings[{list.Count}] is of \"{rating.Customer}\", ratings[0] of \"{list[0].Customer}\". Use ByCustomer for many customers.",
                    nameof(ratings));
            }

            list.Add(rating);
        }

        if (list.Count == 0)
        {
            throw new ArgumentException("ratings must hold at least one rating; was empty.", nameof(ratings));
        }

        return Compute(list);
    }

    /// <summary>Computes the trend of every customer in <paramref name="ratings"/>.</summary>
    /// <param name="ratings">The ratings of any number of customers; each customer's ratings must share one scale.</param>
    /// <returns>One trend per customer, in ordinal customer-id order.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="ratings"/> contains null, or one customer's ratings mix scales.</exception>
    public static IReadOnlyList<SatisfactionTrend> ByCustomer(IEnumerable<SatisfactionRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var byCustomer = new SortedDictionary<CustomerId, List<SatisfactionRating>>();
        var index = 0;
        foreach (var rating in ratings)
        {
            RatingChecks.NotNull(rating, index, nameof(ratings));
            if (!byCustomer.TryGetValue(rating.Customer, out var list))
            {
                byCustomer.Add(rating.Customer, list = []);
            }
            else if (list[0].Scale != rating.Scale)
            {
                throw new ArgumentException(
                    $"ratings must use one scale per customer; ratings[{index}] rates \"{rating.Customer}\" on {rating.Scale}, an earlier rating on {list[0].Scale}.",
                    nameof(ratings));
            }

            list.Add(rating);
            index++;
        }

        return [.. byCustomer.Values.Select(Compute)];
    }

    /// <inheritdoc />
    public bool Equals(SatisfactionTrend other) =>
        Customer == other.Customer && Scale == other.Scale && RatingCount == other.RatingCount && Status == other.Status
        && Nullable.Equals(SlopePer90Days, other.SlopePer90Days);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SatisfactionTrend other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Customer, Scale, RatingCount, Status, SlopePer90Days);

    /// <summary>Returns the trend, for example <c>c01: +0.5 points per 90 days (4 ratings on 1-5)</c> or <c>c02: unknown, too few ratings (2)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Status switch
    {
        SatisfactionTrendStatus.TooFewRatings => string.Create(CultureInfo.InvariantCulture, $"{Customer}: unknown, too few ratings ({RatingCount})"),
        SatisfactionTrendStatus.NoTimeSpread => string.Create(CultureInfo.InvariantCulture, $"{Customer}: unknown, all {RatingCount} ratings at one instant"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Customer}: {SlopePer90Days:+0.###;-0.###;0} points per {PeriodDays} days ({RatingCount} ratings on {Scale})"),
    };

    private static SatisfactionTrend Compute(List<SatisfactionRating> ratings)
    {
        var first = ratings[0];
        if (ratings.Count < MinimumRatings)
        {
            return new SatisfactionTrend(first.Customer, first.Scale, ratings.Count, SatisfactionTrendStatus.TooFewRatings, null);
        }

        // Days from the earliest rating keep the sums small; the slope does not depend on the origin.
        var origin = ratings.Min(r => r.RatedAt);
        double meanT = 0, meanY = 0;
        foreach (var rating in ratings)
        {
            meanT += Days(rating.RatedAt - origin);
            meanY += rating.Score;
        }

        meanT /= ratings.Count;
        meanY /= ratings.Count;
        double sxy = 0, sxx = 0;
        foreach (var rating in ratings)
        {
            var dt = Days(rating.RatedAt - origin) - meanT;
            sxy += dt * (rating.Score - meanY);
            sxx += dt * dt;
        }

        return sxx > 0
            ? new SatisfactionTrend(first.Customer, first.Scale, ratings.Count, SatisfactionTrendStatus.Known, PeriodDays * sxy / sxx)
            : new SatisfactionTrend(first.Customer, first.Scale, ratings.Count, SatisfactionTrendStatus.NoTimeSpread, null);
    }

    private static double Days(Duration duration) => duration.TotalDays;
}
