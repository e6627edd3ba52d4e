namespace RelationshipKit.Benefits;

/// <summary>
/// Compares the importance customers state with the importance derived from what they do: per benefit, Spearman's rank
/// correlation between its performance score and an outcome the caller supplies (repeat purchases, spend, P(alive),
/// satisfaction), and the benefits whose stated and derived ranks differ by two places or more.
/// </summary>
/// <remarks>
/// <para><b>Why.</b> Seed 001 asks for the customers' "rzeczywistych (nie mylić z deklarowanymi!) potrzeb" — real
/// needs, not to be confused with declared ones. What customers say matters is the stated importance; how strongly the
/// delivery of a benefit goes with what they do is the derived (implicit) importance. The two often disagree, and the
/// benefits where they do are the findings.</para>
/// <para><b>Method.</b> Only respondents with an outcome count. Per benefit, over the n respondents who rated it,
/// ρ = the Pearson correlation of the mid-ranks of the performance scores and of the outcomes (Spearman 1904, the
/// tie-corrected form). Below <see cref="MinimumRespondents"/> (30) respondents in the survey, or for a benefit, no
/// number is given (<see cref="DerivedImportanceStatus.TooFewRespondents"/>): with n &lt; 30 the standard error of ρ,
/// about 1/√(n − 1), is near 0.2 and a ranking of correlations is noise. A constant performance score or outcome gives
/// <see cref="DerivedImportanceStatus.NoVariation"/>. Among the benefits with a known ρ, the stated rank orders the
/// mean importance and the derived rank orders ρ, both descending, ties sharing mid-ranks; a benefit whose ranks
/// differ by <see cref="DivergentRankDifference"/> (2) or more is listed in <see cref="DerivedImportanceResult.Divergent"/>.</para>
/// <para>Derived importance from a correlation of attribute performance with an overall outcome is the standard
/// implicit-importance technique of importance–performance analysis (see Bacon, D. R. (2003), "A Comparison of
/// Approaches to Importance–Performance Analysis", <i>International Journal of Market Research</i> 45(1), 55–71).
/// A correlation is not a cause: a benefit that goes with repeat purchases may stand for something else customers value.</para>
/// <para>The methods are pure and thread-safe.</para>
/// </remarks>
public static class DerivedImportance
{
    /// <summary>The fewest respondents with an outcome for which a correlation is reported.</summary>
    public const int MinimumRespondents = 30;

    /// <summary>The smallest difference between the stated and the derived rank that marks a benefit as divergent.</summary>
    public const double DivergentRankDifference = 2.0;

    /// <summary>Computes the stated and derived importance of every benefit in <paramref name="ratings"/>.</summary>
    /// <param name="ratings">The survey answers: at most one per respondent and benefit, scores on <paramref name="scale"/>.</param>
    /// <param name="scale">The Likert scale of the answers.</param>
    /// <param name="outcomes">The outcome of each respondent (repeat purchases, spend, P(alive), satisfaction…), a finite number; respondents without one are left out.</param>
    /// <returns>The result; "too few respondents" (an expected outcome) below <see cref="MinimumRespondents"/>.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ratings"/> or <paramref name="outcomes"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="ratings"/> breaks a rule of <see cref="BenefitProfile.FromRatings(IEnumerable{BenefitRating}, LikertScale)"/>, no respondent has an outcome, or an outcome is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a score is above <paramref name="scale"/>'s maximum.</exception>
    public static DerivedImportanceResult Analyze(IEnumerable<BenefitRating> ratings, LikertScale scale, IReadOnlyDictionary<CustomerId, double> outcomes)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(outcomes);
        foreach (var (customer, outcome) in outcomes)
        {
            if (!double.IsFinite(outcome))
            {
                throw new ArgumentException(
                    $"outcomes must hold finite numbers; the outcome of \"{customer}\" was {Preconditions.Format(outcome)}.", nameof(outcomes));
            }
        }

        var all = ratings.ToList();
        var kept = all.Where(r => r is not null && outcomes.ContainsKey(r.Respondent)).ToList();
        var without = all.Where(r => r is not null && !outcomes.ContainsKey(r.Respondent)).Select(r => r.Respondent).Distinct().Count();

        // The profile validates the answers (scale, duplicates, nulls) and gives the stated importance.
        BenefitProfile.FromRatings(all, scale);
        if (kept.Count == 0)
        {
            throw new ArgumentException(
                $"outcomes must name at least one respondent of ratings; none of the {without} respondents has an outcome.", nameof(outcomes));
        }

        var profile = BenefitProfile.FromRatings(kept, scale);
        var tooFew = profile.RespondentCount < MinimumRespondents;
        var measured = new List<(BenefitScore Score, DerivedImportanceStatus Status, double? Rho)>();
        foreach (var score in profile.Scores)
        {
            var answers = kept.Where(r => r.Benefit == score.Benefit).ToList();
            if (tooFew || answers.Count < MinimumRespondents)
            {
                measured.Add((score, DerivedImportanceStatus.TooFewRespondents, null));
                continue;
            }

            var rho = RankCorrelation.Spearman(
                answers.Select(r => (double)r.Performance).ToArray(),
                answers.Select(r => outcomes[r.Respondent]).ToArray());
            measured.Add((score, rho is null ? DerivedImportanceStatus.NoVariation : DerivedImportanceStatus.Known, rho));
        }

        var known = measured.Where(m => m.Rho is not null).ToList();
        var statedRanks = RankCorrelation.MidRanks(known.Select(m => -m.Score.MeanImportance).ToArray());
        var derivedRanks = RankCorrelation.MidRanks(known.Select(m => -m.Rho.GetValueOrDefault()).ToArray());
        var items = new List<DerivedImportanceItem>();
        for (var i = 0; i < known.Count; i++)
        {
            var (score, status, rho) = known[i];
            items.Add(new DerivedImportanceItem(score.Benefit, score.RespondentCount, score.MeanImportance, status, rho, statedRanks[i], derivedRanks[i]));
        }

        items = [.. items.OrderBy(item => item.DerivedRank)];
        items.AddRange(measured
            .Where(m => m.Rho is null)
            .Select(m => new DerivedImportanceItem(m.Score.Benefit, m.Score.RespondentCount, m.Score.MeanImportance, m.Status, null, null, null)));
        return new DerivedImportanceResult(scale, profile.RespondentCount, without, [.. items]);
    }

}
