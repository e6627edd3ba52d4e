namespace RelationshipKit.Lifecycle.Presets;

/// <summary>The defaults of <see cref="FunnelOptions"/>.</summary>
internal static class FunnelDefaults
{
    internal const int LoyalAfterPurchases = 4;

    internal const double LapsedBelowProbabilityAlive = 0.5;
}
