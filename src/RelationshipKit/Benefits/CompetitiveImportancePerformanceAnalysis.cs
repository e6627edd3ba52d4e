using System.Runtime.InteropServices;

namespace RelationshipKit.Benefits;

/// <summary>
/// Compares the company's delivery of each benefit with one or more named competitors' (competitive
/// importance–performance analysis): the gap to the best competitor and the quadrant read against it.
/// </summary>
/// <remarks>
/// <para><b>Why.</b> Seed 001: customers judge the solutions of "their" company against those of the competition,
/// "podpatrywania działań konkurencji (nie tylko bezpośredniej)" — watching what competitors do, not only direct
/// ones. A benefit delivered at 4.25 of 5 is a strength only if nobody else delivers it at 4.5.</para>
/// <para><b>Method</b> (Taplin, R. H. (2012), "Competitive importance-performance analysis of an Australian wildlife
/// park", <i>Tourism Management</i> 33(1), 29–37): the performance axis is read against a competitor instead of
/// against the company's own mean, so the benchmark places the performance crosshair. Per benefit b, with the
/// company's mean performance P̄_b and each competitor c's mean performance P̄_cb over the respondents who rated c on
/// b, the gap to c is P̄_b − P̄_cb and the gap to the best competitor is P̄_b − max_c P̄_cb. The quadrant is
/// Martilla &amp; James' (<see cref="IpaQuadrant"/>) with importance against the importance crosshair (the data mean,
/// as in <see cref="ImportancePerformanceAnalysis"/>) and performance against the best competitor (gap 0): important
/// and behind is <see cref="IpaQuadrant.ConcentrateHere"/>, important and at parity or ahead
/// <see cref="IpaQuadrant.KeepUpTheGoodWork"/>, unimportant and behind <see cref="IpaQuadrant.LowPriority"/>,
/// unimportant and at parity or ahead <see cref="IpaQuadrant.PossibleOverkill"/>. Comparing with the best rather than
/// the average competitor is this project's choice: the customer can switch to the best. No significance test is
/// made; read small gaps with the respondent counts.</para>
/// <para>The methods are pure and thread-safe.</para>
/// </remarks>
public static class CompetitiveImportancePerformanceAnalysis
{
    /// <summary>Compares the benefits of <paramref name="profile"/> with the competitors rated in <paramref name="competitorRatings"/>.</summary>
    /// <param name="profile">The company's benefit profile (importance and own performance).</param>
    /// <param name="competitorRatings">The competitor ratings: at least one, at most one per respondent, competitor and benefit, each on a benefit of the profile and on its scale.</param>
    /// <returns>The benefits ranked by the gap to the best competitor, with their quadrants.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="profile"/> or <paramref name="competitorRatings"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="competitorRatings"/> is empty, contains null, repeats a respondent's rating of a competitor on a benefit, or rates a benefit the profile does not have.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a score is above the profile's scale maximum.</exception>
    public static CompetitiveImportancePerformanceResult Analyze(BenefitProfile profile, IEnumerable<CompetitorRating> competitorRatings)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(competitorRatings);
        var scale = profile.Scale;
        var sums = new Dictionary<(Benefit Benefit, string Competitor), (int Count, decimal Sum)>();
        var seen = new HashSet<(CustomerId, string, Benefit)>();
        var index = 0;
        foreach (var rating in competitorRatings)
        {
            if (rating is null)
            {
                throw new ArgumentException($"competitorRatings must not contain null; competitorRatings[{index}] is null.", nameof(competitorRatings));
            }

            if (!scale.Contains(rating.Performance))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(competitorRatings),
                    rating.Performance,
                    $"competitorRatings[{index}].Performance must be in [{scale.Min}, {scale.Max}] on the {scale.Points}-point scale; was {rating.Performance}.");
            }

            if (!profile.TryGetScore(rating.Benefit, out _))
            {
                throw new ArgumentException(
                    $"competitorRatings must rate benefits of the profile; competitorRatings[{index}] rates \"{rating.Benefit.Name}\", which the profile does not have.",
                    nameof(competitorRatings));
            }

            if (!seen.Add((rating.Respondent, rating.Competitor, rating.Benefit)))
            {
                throw new ArgumentException(
                    $"competitorRatings must hold at most one rating per respondent, competitor and benefit; competitorRatings[{index}] rates \"{rating.Competitor}\" on \"{rating.Benefit.Name}\" by respondent \"{rating.Respondent}\" again.",
                    nameof(competitorRatings));
            }

            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, (rating.Benefit, rating.Competitor), out _);
            sum.Count++;
            sum.Sum += rating.Performance;
            index++;
        }

        if (index == 0)
        {
            throw new ArgumentException("competitorRatings must not be empty.", nameof(competitorRatings));
        }

        var crosshair = ImportancePerformanceAnalysis.Resolve(profile, IpaCrosshair.DataMeans).Importance;
        var compared = new List<(BenefitScore Score, CompetitorScore[] Competitors, CompetitorScore Best)>();
        var notCompared = new List<Benefit>();
        foreach (var score in profile.Scores)
        {
            var competitors = sums
                .Where(pair => pair.Key.Benefit == score.Benefit)
                .OrderBy(pair => pair.Key.Competitor, StringComparer.Ordinal)
                .Select(pair => new CompetitorScore(pair.Key.Competitor, pair.Value.Count, pair.Value.Sum / pair.Value.Count, score.ExactMeanPerformance))
                .ToArray();
            if (competitors.Length == 0)
            {
                notCompared.Add(score.Benefit);
                continue;
            }

            var best = competitors[0];
            foreach (var competitor in competitors)
            {
                if (competitor.ExactMeanPerformance > best.ExactMeanPerformance)
                {
                    best = competitor;
                }
            }

            compared.Add((score, competitors, best));
        }

        // Stable ordering: the largest deficit first, then higher importance, then report order (profile.Scores).
        var items = compared
            .OrderBy(c => c.Best.ExactGap)
            .ThenByDescending(c => c.Score.ExactMeanImportance)
            .Select((c, i) => new CompetitiveImportancePerformanceItem(
                i + 1,
                c.Score,
                c.Competitors,
                c.Best,
                ImportancePerformanceAnalysis.Classify(c.Score.MeanImportance, c.Best.Gap, crosshair, 0.0),
                ImportancePerformanceAnalysis.IsOnLine(c.Score.MeanImportance, crosshair) || c.Best.ExactGap == 0))
            .ToArray();
        var names = sums.Keys.Select(k => k.Competitor).Distinct().Order(StringComparer.Ordinal).ToArray();
        return new CompetitiveImportancePerformanceResult(profile, names, crosshair, items, [.. notCompared]);
    }
}
