using System.Collections.Immutable;

namespace RelationshipKit.Value.Models;

/// <summary>
/// Computes population-level forecasts from any <see cref="PurchaseModel"/>: the expected cumulative repeat purchases
/// of a cohort whose customers joined at different times (the tracking plot), and the comparison of a model's
/// holdout-period expectations with what customers actually did, by calibration frequency.
/// </summary>
/// <remarks>
/// Both follow Fader, Hardie &amp; Lee (2005, "Counting your customers the easy way", figures 2–4): a cohort's expected
/// cumulative repeat purchases at calendar time τ is Σᵢ wᵢ E[X(τ − sᵢ)] over the customers whose first purchase sᵢ
/// came before τ; the holdout comparison groups customers by calibration frequency and sets their mean holdout
/// purchases beside the mean of E[Y(t*) | x, t_x, T].
/// </remarks>
public static class CohortForecast
{
    /// <summary>Computes the expected cumulative repeat purchases of a cohort at each calendar time.</summary>
    /// <param name="model">The purchase model; all times are in its unit.</param>
    /// <param name="firstPurchaseTimes">Each customer's (or group's) first-purchase time on the calendar axis (any origin, finite).</param>
    /// <param name="weights">How many customers each first-purchase time stands for (&gt; 0); empty for one each.</param>
    /// <param name="calendarTimes">The calendar times to forecast at, on the same axis.</param>
    /// <param name="destination">One slot per calendar time: Σᵢ wᵢ E[X(τ − sᵢ)] over sᵢ &lt; τ.</param>
    /// <remarks>Customers sharing a first-purchase time are grouped first, so the cost is (distinct first-purchase times) × (calendar times) evaluations of E[X(t)].</remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="weights"/> is neither empty nor one per first-purchase time, or <paramref name="destination"/> is shorter than <paramref name="calendarTimes"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a time is not finite or a weight is not a finite number &gt; 0.</exception>
    public static void CumulativeRepeatPurchases(PurchaseModel model, ReadOnlySpan<double> firstPurchaseTimes, ReadOnlySpan<double> weights, ReadOnlySpan<double> calendarTimes, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!weights.IsEmpty && weights.Length != firstPurchaseTimes.Length)
        {
            throw new ArgumentException($"weights must be empty or have one value per first-purchase time ({firstPurchaseTimes.Length}); had {weights.Length}.", nameof(weights));
        }

        if (destination.Length < calendarTimes.Length)
        {
            throw new ArgumentException($"destination must have room for every calendar time ({calendarTimes.Length}); had {destination.Length}.", nameof(destination));
        }

        var groups = new SortedDictionary<double, double>();
        for (var i = 0; i < firstPurchaseTimes.Length; i++)
        {
            var time = firstPurchaseTimes[i];
            if (!double.IsFinite(time))
            {
                throw new ArgumentOutOfRangeException(nameof(firstPurchaseTimes), time, $"firstPurchaseTimes must hold finite numbers; item {i} was {Guard.Format(time)}.");
            }

            var weight = weights.IsEmpty ? 1 : weights[i];
            if (!double.IsFinite(weight) || weight <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), weight, $"weights must hold finite numbers > 0; item {i} was {Guard.Format(weight)}.");
            }

            groups[time] = groups.TryGetValue(time, out var sum) ? sum + weight : weight;
        }

        for (var j = 0; j < calendarTimes.Length; j++)
        {
            var tau = calendarTimes[j];
            if (!double.IsFinite(tau))
            {
                throw new ArgumentOutOfRangeException(nameof(calendarTimes), tau, $"calendarTimes must hold finite numbers; item {j} was {Guard.Format(tau)}.");
            }

            var total = 0.0;
            foreach (var (start, weight) in groups)
            {
                if (start >= tau)
                {
                    break;
                }

                total += weight * model.ExpectedPurchases(tau - start);
            }

            destination[j] = total;
        }
    }

    /// <summary>Compares the model's expected holdout purchases with the actual ones, grouped by calibration frequency.</summary>
    /// <param name="model">The purchase model fitted on <paramref name="calibration"/>.</param>
    /// <param name="calibration">The calibration-period summaries, in the model's unit.</param>
    /// <param name="holdoutPurchases">Per row, the number of purchases in the holdout period (finite, ≥ 0; a weighted row holds the mean of its customers).</param>
    /// <param name="holdoutLength">The length t* of the holdout period, in the model's unit (&gt; 0).</param>
    /// <param name="maxFrequency">The frequency of the last, open-ended group (≥ 1; Fader, Hardie &amp; Lee use 7, "7+").</param>
    /// <returns>One row per calibration frequency 0 … <paramref name="maxFrequency"/> that has customers, in order.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="model"/> or <paramref name="calibration"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="holdoutPurchases"/> does not have one value per row or the units differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a holdout count, <paramref name="holdoutLength"/> or <paramref name="maxFrequency"/> is out of range.</exception>
    public static ImmutableArray<HoldoutComparisonRow> CompareHoldout(PurchaseModel model, RfmTable calibration, ReadOnlySpan<double> holdoutPurchases, double holdoutLength, int maxFrequency = 7)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(calibration);
        if (holdoutPurchases.Length != calibration.Count)
        {
            throw new ArgumentException($"holdoutPurchases must have one value per calibration row ({calibration.Count}); had {holdoutPurchases.Length}.", nameof(holdoutPurchases));
        }

        if (!double.IsFinite(holdoutLength) || holdoutLength <= 0)
        {
            throw Guard.OutOfRange(nameof(holdoutLength), holdoutLength, "be a finite number > 0");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxFrequency, 1);
        var predicted = new double[calibration.Count];
        model.ConditionalExpectedPurchases(holdoutLength, calibration, predicted);
        var customers = new double[maxFrequency + 1];
        var actual = new double[maxFrequency + 1];
        var expected = new double[maxFrequency + 1];
        var x = calibration.Frequency;
        var w = calibration.Weight;
        for (var i = 0; i < calibration.Count; i++)
        {
            var purchases = holdoutPurchases[i];
            if (!double.IsFinite(purchases) || purchases < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(holdoutPurchases), purchases, $"holdoutPurchases must hold finite numbers >= 0; row {i + 1} was {Guard.Format(purchases)}.");
            }

            var group = (int)Math.Min(x[i], maxFrequency);
            customers[group] += w[i];
            actual[group] += w[i] * purchases;
            expected[group] += w[i] * predicted[i];
        }

        var rows = ImmutableArray.CreateBuilder<HoldoutComparisonRow>();
        for (var group = 0; group <= maxFrequency; group++)
        {
            if (customers[group] > 0)
            {
                rows.Add(new HoldoutComparisonRow(group, group == maxFrequency, customers[group], actual[group] / customers[group], expected[group] / customers[group]));
            }
        }

        return rows.ToImmutable();
    }
}
