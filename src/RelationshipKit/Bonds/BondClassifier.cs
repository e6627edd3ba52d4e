using System.Globalization;
using System.Numerics;
using System.Text;

namespace RelationshipKit.Bonds;

/// <summary>
/// Represents a classifier that matches bond profiles to the archetypes of a <see cref="BondArchetypeCatalog"/>,
/// with a confidence and a per-dimension explanation, and advises what would move a profile to a target archetype.
/// </summary>
/// <remarks>
/// <para><b>Distance.</b> A profile <i>p</i> is compared with an archetype <i>a</i> on the set <i>O</i> of dimensions
/// that both the profile and the signature score; missing dimensions are left out, never treated as 0. With target
/// scores <i>t</i> and weights <i>w</i>:
/// <c>D(a) = ½ · √( Σ_{d∈O} w_d (p_d − t_d)² / Σ_{d∈O} w_d )</c>, a weighted root-mean-square difference scaled to
/// [0, 1] (0 identical, 1 every compared dimension on the opposite pole). An archetype with <i>O</i> empty is not
/// compared. Coverage is <c>Σ_{d∈O} w_d / Σ_{d∈signature} w_d</c>.</para>
/// <para><b>Ranking.</b> Ascending distance; ties go to the higher coverage, then to the earlier archetype in the
/// catalogue.</para>
/// <para><b>Confidence.</b> A softmax of the negative distances over the archetypes compared, with temperature τ
/// (<see cref="DefaultTemperature"/> = 0.1): <c>C(a) = exp(−D(a)/τ) / Σ_b exp(−D(b)/τ)</c>. Confidences sum to 1; an
/// archetype 0.1 further away than another gets e⁻¹ ≈ 0.37 times its confidence. The confidence is relative to the
/// catalogue: it says how clearly one archetype beats the others, not how close the profile is in absolute terms
/// (that is <see cref="BondMatch.Distance"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BondClassifier
{
    /// <summary>The default softmax temperature τ of the confidence.</summary>
    public const double DefaultTemperature = 0.1;

    /// <summary>The largest difference between profile and target scores that an explanation calls close.</summary>
    internal const double CloseDifference = 0.5;

    /// <summary>The number of equal steps, from the current score to the target score, that advice tries on each dimension.</summary>
    internal const int AdviceSteps = 20;

    private readonly CompiledArchetype[] _compiled;

    /// <summary>Initializes a new <see cref="BondClassifier"/> over <paramref name="catalog"/> with the <see cref="DefaultTemperature"/>.</summary>
    /// <param name="catalog">The archetypes to match against.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="catalog"/> is null.</exception>
    public BondClassifier(BondArchetypeCatalog catalog)
        : this(catalog, DefaultTemperature)
    {
    }

    /// <summary>Initializes a new <see cref="BondClassifier"/> over <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The archetypes to match against.</param>
    /// <param name="temperature">The softmax temperature τ of the confidence, a finite number &gt; 0; smaller values make the confidence sharper.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="temperature"/> is NaN, infinite, zero or negative.</exception>
    public BondClassifier(BondArchetypeCatalog catalog, double temperature)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Preconditions.PositiveFinite(temperature);
        Catalog = catalog;
        Temperature = temperature;
        _compiled = catalog.Archetypes.Select((a, i) => new CompiledArchetype(a, i)).ToArray();
    }

    /// <summary>Gets the classifier over Fournier's fifteen archetypes (<see cref="BondArchetypeCatalog.Fournier"/>) with the default temperature.</summary>
    public static BondClassifier Default { get; } = new(BondArchetypeCatalog.Fournier);

    /// <summary>Gets the archetypes matched against.</summary>
    public BondArchetypeCatalog Catalog { get; }

    /// <summary>Gets the softmax temperature τ of the confidence.</summary>
    /// <value>The default is <see cref="DefaultTemperature"/> (0.1).</value>
    public double Temperature { get; }

    /// <summary>Classifies <paramref name="profile"/>: ranks the archetypes it can be compared with, best match first.</summary>
    /// <param name="profile">The profile; it may miss any dimensions.</param>
    /// <returns>The ranked matches; no match (an expected outcome) when the profile shares no dimension with any archetype.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="profile"/> is null.</exception>
    public BondClassification Classify(BondProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Span<double> values = stackalloc double[BondDimensions.Count];
        Fill(profile, values);

        var scored = new List<(CompiledArchetype Archetype, double Distance, double Coverage)>(_compiled.Length);
        var notCompared = new List<BondArchetype>();
        foreach (var compiled in _compiled)
        {
            if (compiled.TryMeasure(values, out var distance, out var coverage))
            {
                scored.Add((compiled, distance, coverage));
            }
            else
            {
                notCompared.Add(compiled.Archetype);
            }
        }

        scored.Sort((x, y) => Compare(x.Distance, x.Coverage, x.Archetype.Index, y.Distance, y.Coverage, y.Archetype.Index));
        var matches = new BondMatch[scored.Count];
        if (scored.Count > 0)
        {
            var best = scored[0].Distance;
            var weights = scored.Select(s => Math.Exp(-(s.Distance - best) / Temperature)).ToArray();
            var total = weights.Sum(); // >= 1: the best match contributes exp(0).
            for (var i = 0; i < scored.Count; i++)
            {
                var (compiled, distance, coverage) = scored[i];
                matches[i] = CreateMatch(compiled, values, i + 1, distance, weights[i] / total, coverage);
            }
        }

        return new BondClassification(profile, matches, [.. notCompared]);
    }

    /// <summary>
    /// Advises what would move <paramref name="profile"/> so that the archetype <paramref name="targetArchetypeId"/>
    /// becomes its best match: the fewest dimensions to change and, among those, the smallest total change.
    /// </summary>
    /// <param name="profile">The profile as it is.</param>
    /// <param name="targetArchetypeId">The identifier of an archetype in <see cref="Catalog"/>, for example <c>committed-partnership</c>.</param>
    /// <returns>The advice: already the best match, reachable with the listed changes, or unreachable with the reason.</returns>
    /// <remarks>Every scored dimension may move; to hold structural facts fixed use
    /// <see cref="Advise(BondProfile, string, IEnumerable{BondDimension})"/>, which describes the search.</remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="profile"/> or <paramref name="targetArchetypeId"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when no archetype in <see cref="Catalog"/> has the identifier <paramref name="targetArchetypeId"/>.</exception>
    public BondAdvice Advise(BondProfile profile, string targetArchetypeId) => Advise(profile, targetArchetypeId, []);

    /// <summary>
    /// Advises what would move <paramref name="profile"/> so that the archetype <paramref name="targetArchetypeId"/>
    /// becomes its best match, never moving the <paramref name="pinned"/> dimensions; when only a pinned dimension stands
    /// in the way, says which.
    /// </summary>
    /// <param name="profile">The profile as it is.</param>
    /// <param name="targetArchetypeId">The identifier of an archetype in <see cref="Catalog"/>, for example <c>committed-partnership</c>.</param>
    /// <param name="pinned">The dimensions to hold fixed: structural facts the company cannot change (no choice of tax office, a low-involvement category). <see cref="BondDimensions.InRole(BondDimensionRole)"/> lists the structural influences and factors.</param>
    /// <returns>The advice: already the best match, reachable with the listed changes, blocked by pinned dimensions (named in <see cref="BondAdvice.ReleaseToReach"/>), or unreachable with the reason.</returns>
    /// <remarks>
    /// Only dimensions that both the profile and the target's signature score, and that are not pinned, are moved,
    /// each toward the target's score. The search tries every set of such dimensions, smallest sets first; for each set
    /// it moves every dimension the same fraction of the way to the target (in steps of 1/20, scores rounded to two
    /// decimals) and keeps the first fraction at which the target ranks first. Among the sets of the smallest size that
    /// succeed it picks the one with the least total absolute change (ties: the set whose dimensions come first).
    /// Unscored dimensions are never invented. When no move of the free dimensions succeeds, the search is repeated
    /// with each pinned dimension released in turn (and then with all of them released): if that succeeds the outcome
    /// is <see cref="BondAdviceOutcome.BlockedByPinned"/> and <see cref="BondAdvice.ReleaseToReach"/> names the pinned
    /// dimensions whose release would make the target reachable; otherwise it is <see cref="BondAdviceOutcome.Unreachable"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="profile"/>, <paramref name="targetArchetypeId"/> or <paramref name="pinned"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when no archetype in <see cref="Catalog"/> has the identifier <paramref name="targetArchetypeId"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="pinned"/> holds an undefined dimension.</exception>
    public BondAdvice Advise(BondProfile profile, string targetArchetypeId, IEnumerable<BondDimension> pinned)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(targetArchetypeId);
        ArgumentNullException.ThrowIfNull(pinned);
        var pins = new SortedSet<BondDimension>();
        foreach (var dimension in pinned)
        {
            BondDimensions.ThrowIfUndefined(dimension, nameof(pinned));
            pins.Add(dimension);
        }

        if (!Catalog.TryGet(targetArchetypeId, out var target))
        {
            throw new ArgumentException(
                $"targetArchetypeId must be one of {Catalog.KnownIds}; was {Preconditions.Format(targetArchetypeId)}.", nameof(targetArchetypeId));
        }

        BondDimension[] pinList = [.. pins];
        var current = Classify(profile);
        var compiledTarget = _compiled[Catalog.IndexOf(target)];
        if (!current.TryGetMatch(target.Id, out var targetMatch))
        {
            var dims = string.Join(", ", target.Signature.Select(t => BondDimensions.Get(t.Dimension).KebabName));
            return Unreachable(target, current, pinList, $"The profile scores none of the dimensions in the signature of {target.Id} ({dims}); score at least one of them to compare it.");
        }

        if (targetMatch.Rank == 1)
        {
            return new BondAdvice(target, BondAdviceOutcome.AlreadyBestMatch, [], current, current, pinList, [], string.Create(
                CultureInfo.InvariantCulture,
                $"{target.DisplayName} is already the best match (confidence {targetMatch.Confidence:0.00}); no change is needed."));
        }

        var values = new double[BondDimensions.Count];
        Fill(profile, values);
        var free = new List<(int Dimension, double Target)>();
        var held = new List<(int Dimension, double Target)>();
        for (var i = 0; i < compiledTarget.Dimensions.Length; i++)
        {
            var d = compiledTarget.Dimensions[i];
            if (!double.IsNaN(values[d]) && values[d] != compiledTarget.Scores[i])
            {
                (pins.Contains((BondDimension)d) ? held : free).Add((d, compiledTarget.Scores[i]));
            }
        }

        var bestValues = Search(values, free, compiledTarget);
        if (bestValues is null)
        {
            var (release, together) = FindRelease(values, free, held, compiledTarget);
            return release.Length > 0
                ? BlockedByPinned(target, current, pinList, release, together)
                : UnreachableBecauseOutranked(profile, target, current, pinList, [.. free, .. held], values);
        }

        var changes = new List<BondChange>();
        var advisedProfile = profile;
        for (var d = 0; d < values.Length; d++)
        {
            if (!double.IsNaN(values[d]) && bestValues[d] != values[d])
            {
                changes.Add(new BondChange((BondDimension)d, values[d], bestValues[d]));
                advisedProfile = advisedProfile.WithScore((BondDimension)d, bestValues[d]);
            }
        }

        var advised = Classify(advisedProfile);
        advised.TryGetMatch(target.Id, out var advisedMatch);
        var text = new StringBuilder();
        text.Append("To make ").Append(target.DisplayName).Append(" the best match, ");
        text.Append(JoinWithAnd(changes.Select(c => c.ToString()).ToList())).Append('.');
        text.Append(CultureInfo.InvariantCulture, $" It is ranked {targetMatch.Rank} now (confidence {targetMatch.Confidence:0.00}) and would be ranked 1 (confidence {advisedMatch?.Confidence ?? 0:0.00}).");
        if (pinList.Length > 0)
        {
            text.Append(" Held fixed: ").Append(Names(pinList)).Append('.');
        }

        return new BondAdvice(target, BondAdviceOutcome.Reachable, [.. changes], current, advised, pinList, [], text.ToString());
    }

    /// <summary>Orders two measured archetypes: ascending distance, then descending coverage, then catalogue order.</summary>
    private static int Compare(double distanceX, double coverageX, int indexX, double distanceY, double coverageY, int indexY)
    {
        var byDistance = distanceX.CompareTo(distanceY);
        if (byDistance != 0)
        {
            return byDistance;
        }

        var byCoverage = coverageY.CompareTo(coverageX);
        return byCoverage != 0 ? byCoverage : indexX.CompareTo(indexY);
    }

    private static void Fill(BondProfile profile, Span<double> values)
    {
        for (var d = 0; d < values.Length; d++)
        {
            values[d] = profile.ValueOrNaN((BondDimension)d);
        }
    }

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string JoinWithAnd(List<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static BondAdvice Unreachable(BondArchetype target, BondClassification current, BondDimension[] pinned, string explanation) =>
        new(target, BondAdviceOutcome.Unreachable, [], current, current, pinned, [], explanation);

    private static BondAdvice BlockedByPinned(BondArchetype target, BondClassification current, BondDimension[] pinned, BondDimension[] release, bool together)
    {
        var how = together
            ? $"Releasing {Names(release)} together"
            : "Releasing " + string.Join(" or ", release.Select(d => BondDimensions.Get(d).Name));
        return new BondAdvice(target, BondAdviceOutcome.BlockedByPinned, [], current, current, pinned, release,
            $"No move of the free dimensions makes {target.Id} the best match while {Names(pinned)} {(pinned.Length == 1 ? "is" : "are")} held fixed. {how} would make it reachable.",
            together);
    }

    private static string Names(IEnumerable<BondDimension> dimensions) =>
        JoinWithAnd(dimensions.Select(d => BondDimensions.Get(d).Name).ToList());

    private static BondMatch CreateMatch(CompiledArchetype compiled, ReadOnlySpan<double> values, int rank, double distance, double confidence, double coverage)
    {
        var contributions = new List<BondDimensionContribution>();
        var missing = new List<BondDimension>();
        var total = 0.0;
        for (var i = 0; i < compiled.Dimensions.Length; i++)
        {
            var p = values[compiled.Dimensions[i]];
            if (!double.IsNaN(p))
            {
                var diff = p - compiled.Scores[i];
                total += compiled.Weights[i] * diff * diff;
            }
        }

        for (var i = 0; i < compiled.Dimensions.Length; i++)
        {
            var dimension = (BondDimension)compiled.Dimensions[i];
            var p = values[compiled.Dimensions[i]];
            if (double.IsNaN(p))
            {
                missing.Add(dimension);
                continue;
            }

            var diff = p - compiled.Scores[i];
            var share = total > 0 ? compiled.Weights[i] * diff * diff / total : 0.0;
            contributions.Add(new BondDimensionContribution(dimension, p, compiled.Scores[i], compiled.Weights[i], share));
        }

        return new BondMatch(compiled.Archetype, rank, distance, confidence, coverage, [.. contributions], [.. missing], Explain(contributions, missing));
    }

    private static string Explain(List<BondDimensionContribution> contributions, List<BondDimension> missing)
    {
        static string Item(BondDimensionContribution c) =>
            $"{BondDimensions.Get(c.Dimension).Name} ({F(c.ProfileScore)} vs {F(c.TargetScore)})";

        var sentences = new List<string>();
        var close = contributions.Where(c => Math.Abs(c.Difference) <= CloseDifference).ToList();
        var far = contributions.Where(c => Math.Abs(c.Difference) > CloseDifference).OrderByDescending(c => c.Share).ThenBy(c => c.Dimension).ToList();
        if (close.Count > 0)
        {
            sentences.Add("Close on " + string.Join(", ", close.Select(Item)) + ".");
        }

        if (far.Count > 0)
        {
            sentences.Add("Far on " + string.Join(", ", far.Select(Item)) + ".");
        }

        if (missing.Count > 0)
        {
            sentences.Add("Not scored: " + string.Join(", ", missing.Select(d => BondDimensions.Get(d).Name)) + ".");
        }

        return string.Join(" ", sentences);
    }

    /// <summary>Finds the fewest candidate moves (least total change) that make the target rank first; null when none does.</summary>
    private double[]? Search(double[] values, List<(int Dimension, double Target)> candidates, CompiledArchetype target)
    {
        var trial = new double[values.Length];
        double[]? bestValues = null;
        var bestCost = double.PositiveInfinity;
        for (var size = 1; size <= candidates.Count && bestValues is null; size++)
        {
            for (var mask = 1; mask < 1 << candidates.Count; mask++)
            {
                if (BitOperations.PopCount((uint)mask) == size
                    && TryMove(values, candidates, mask, target, trial, out var cost)
                    && cost < bestCost)
                {
                    bestCost = cost;
                    bestValues = (double[])trial.Clone();
                }
            }
        }

        return bestValues;
    }

    /// <summary>The pinned candidates each of whose release alone makes the target reachable; else all of them if released together; else none.</summary>
    private (BondDimension[] Release, bool Together) FindRelease(
        double[] values, List<(int Dimension, double Target)> free, List<(int Dimension, double Target)> held, CompiledArchetype target)
    {
        var single = held.Where(h => Search(values, [.. free, h], target) is not null).Select(h => (BondDimension)h.Dimension).ToArray();
        if (single.Length > 0)
        {
            return (single, false);
        }

        return held.Count > 1 && Search(values, [.. free, .. held], target) is not null
            ? ([.. held.Select(h => (BondDimension)h.Dimension)], true)
            : ([], false);
    }

    private bool TryMove(double[] values, List<(int Dimension, double Target)> candidates, int mask, CompiledArchetype target, double[] trial, out double cost)
    {
        for (var step = 1; step <= AdviceSteps; step++)
        {
            Array.Copy(values, trial, values.Length);
            var fraction = (double)step / AdviceSteps;
            var moved = true;
            cost = 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                if ((mask & (1 << i)) == 0)
                {
                    continue;
                }

                var (d, goal) = candidates[i];
                var to = step == AdviceSteps ? goal : Math.Round(values[d] + (fraction * (goal - values[d])), 2, MidpointRounding.AwayFromZero);
                to = Math.Clamp(to, -1.0, 1.0);
                if (to == values[d])
                {
                    moved = false;
                    break;
                }

                trial[d] = to;
                cost += Math.Abs(to - values[d]);
            }

            if (moved && RanksFirst(trial, target))
            {
                return true;
            }
        }

        cost = 0;
        return false;
    }

    private bool RanksFirst(ReadOnlySpan<double> values, CompiledArchetype target)
    {
        if (!target.TryMeasure(values, out var targetDistance, out var targetCoverage))
        {
            return false;
        }

        foreach (var other in _compiled)
        {
            if (other.Index != target.Index
                && other.TryMeasure(values, out var distance, out var coverage)
                && Compare(distance, coverage, other.Index, targetDistance, targetCoverage, target.Index) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private BondAdvice UnreachableBecauseOutranked(BondProfile profile, BondArchetype target, BondClassification current, BondDimension[] pinned, List<(int Dimension, double Target)> candidates, double[] values)
    {
        var full = profile;
        foreach (var (d, goal) in candidates)
        {
            full = full.WithScore((BondDimension)d, goal);
        }

        var blocker = Classify(full).Best?.Archetype.Id ?? "another archetype";
        var unscored = target.Signature.Where(t => double.IsNaN(values[(int)t.Dimension])).Select(t => BondDimensions.Get(t.Dimension).KebabName).ToList();
        var hint = unscored.Count > 0
            ? $" Score more of its signature's dimensions ({string.Join(", ", unscored)}) to tell them apart."
            : string.Empty;
        var pins = pinned.Length > 0 ? $" Releasing the held dimensions ({Names(pinned)}) would not change that." : string.Empty;
        return Unreachable(target, current, pinned,
            $"No move of the dimensions the profile scores makes {target.Id} the best match: even at its signature, {blocker} ranks first on those dimensions.{pins}{hint}");
    }

    /// <summary>An archetype's signature as parallel arrays, for the inner loops.</summary>
    private sealed class CompiledArchetype
    {
        public CompiledArchetype(BondArchetype archetype, int index)
        {
            Archetype = archetype;
            Index = index;
            Dimensions = archetype.Signature.Select(t => (int)t.Dimension).ToArray();
            Scores = archetype.Signature.Select(t => t.Score).ToArray();
            Weights = archetype.Signature.Select(t => t.Weight).ToArray();
            TotalWeight = Weights.Sum();
        }

        public BondArchetype Archetype { get; }

        public int Index { get; }

        public int[] Dimensions { get; }

        public double[] Scores { get; }

        public double[] Weights { get; }

        public double TotalWeight { get; }

        /// <summary>Measures the distance and coverage; false when the profile scores none of the signature's dimensions.</summary>
        public bool TryMeasure(ReadOnlySpan<double> values, out double distance, out double coverage)
        {
            var weight = 0.0;
            var sum = 0.0;
            for (var i = 0; i < Dimensions.Length; i++)
            {
                var p = values[Dimensions[i]];
                if (!double.IsNaN(p))
                {
                    var diff = p - Scores[i];
                    sum += Weights[i] * diff * diff;
                    weight += Weights[i];
                }
            }

            if (weight == 0)
            {
                distance = 0;
                coverage = 0;
                return false;
            }

            distance = Math.Min(1.0, 0.5 * Math.Sqrt(sum / weight));
            coverage = Math.Min(1.0, weight / TotalWeight);
            return true;
        }
    }
}
