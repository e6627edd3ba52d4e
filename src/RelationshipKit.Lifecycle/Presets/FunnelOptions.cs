namespace RelationshipKit.Lifecycle.Presets;

/// <summary>Represents the thresholds of the customer-journey funnel: when a customer counts as loyal, and when as lapsed.</summary>
/// <remarks>
/// <para>The defaults are conventions to tune, not findings: four purchases make a customer loyal, and a probability of
/// being alive below one half ("more likely gone than active") makes it lapsed.</para>
/// <para>Mutable and not thread-safe; the methods that take options check them and copy what they need.</para>
/// </remarks>
[Mutable]
public sealed class FunnelOptions
{
    /// <summary>Gets or sets the number of purchases (the first one included) from which a customer is loyal.</summary>
    /// <value>The default is 4. It must be at least 2.</value>
    public int LoyalAfterPurchases { get; set; } = FunnelDefaults.LoyalAfterPurchases;

    /// <summary>Gets or sets the P(alive) below which a customer is lapsed.</summary>
    /// <value>The default is 0.5. It must be in (0, 1).</value>
    public double LapsedBelowProbabilityAlive { get; set; } = FunnelDefaults.LapsedBelowProbabilityAlive;

    /// <summary>Throws when a property is out of range; the parameter name is <c>options</c>.</summary>
    internal FunnelOptions Validated()
    {
        if (LoyalAfterPurchases < 2)
        {
            throw new ArgumentOutOfRangeException("options", LoyalAfterPurchases, $"LoyalAfterPurchases must be at least 2; was {LoyalAfterPurchases}.");
        }

        if (!(LapsedBelowProbabilityAlive > 0 && LapsedBelowProbabilityAlive < 1))
        {
            throw new ArgumentOutOfRangeException(
                "options", LapsedBelowProbabilityAlive, $"LapsedBelowProbabilityAlive must be in (0, 1); was {LapsedBelowProbabilityAlive.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        return new FunnelOptions { LoyalAfterPurchases = LoyalAfterPurchases, LapsedBelowProbabilityAlive = LapsedBelowProbabilityAlive };
    }
}
