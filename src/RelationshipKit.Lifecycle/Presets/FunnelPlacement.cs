using System.Globalization;

namespace RelationshipKit.Lifecycle.Presets;

/// <summary>
/// Places a customer in the funnel from purchase data: the number of purchases and, when a purchase model was fitted,
/// the probability that the customer is still active (P(alive)), given as a plain value.
/// </summary>
/// <remarks>
/// <para>The rule, in order: P(alive) below <see cref="FunnelOptions.LapsedBelowProbabilityAlive"/> is
/// <see cref="FunnelStage.Lapsed"/>; one purchase is <see cref="FunnelStage.FirstPurchase"/>; at least
/// <see cref="FunnelOptions.LoyalAfterPurchases"/> purchases is <see cref="FunnelStage.Loyal"/>; otherwise
/// <see cref="FunnelStage.Repeat"/>.</para>
/// <para>Purchase data cannot show <see cref="FunnelStage.Prospect"/> (no purchase yet, so no row) or
/// <see cref="FunnelStage.WonBack"/> (a summary does not keep the lapse before the return); those need events the
/// application records. Nor can it show the sources' trust-based stages (exploration, awareness, expansion,
/// commitment): they are about what the customer knows and feels, not what it bought.</para>
/// </remarks>
public static class FunnelPlacement
{
    /// <summary>Places one customer.</summary>
    /// <param name="purchases">The number of purchases, the first one included (a BTYD summary's frequency + 1); at least 1.</param>
    /// <param name="probabilityAlive">P(alive) in [0, 1] from a fitted model, or null when none was fitted.</param>
    /// <param name="options">The thresholds; null uses the defaults.</param>
    /// <returns>The funnel stage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="purchases"/> is below 1, <paramref name="probabilityAlive"/> is outside [0, 1] or NaN, or an option is out of range.</exception>
    public static FunnelStage Place(long purchases, double? probabilityAlive, FunnelOptions? options = null)
    {
        var checkedOptions = (options ?? new FunnelOptions()).Validated();
        return Place(purchases, probabilityAlive, checkedOptions.LoyalAfterPurchases, checkedOptions.LapsedBelowProbabilityAlive);
    }

    /// <summary>Places one customer with thresholds already checked (the hot path for a whole customer base).</summary>
    internal static FunnelStage Place(long purchases, double? probabilityAlive, int loyalAfter, double lapsedBelow)
    {
        if (purchases < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(purchases), purchases, $"purchases must be at least 1; was {purchases}.");
        }

        if (probabilityAlive is { } p && !(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probabilityAlive), p, $"probabilityAlive must be in [0, 1]; was {p.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        if (probabilityAlive < lapsedBelow)
        {
            return FunnelStage.Lapsed;
        }

        return purchases == 1 ? FunnelStage.FirstPurchase : purchases >= loyalAfter ? FunnelStage.Loyal : FunnelStage.Repeat;
    }
}
