using RelationshipKit.Lifecycle.Presets;

namespace RelationshipKit.Lifecycle.Tests.Presets;

public class FunnelPlacementTests
{
    [Theory]
    [InlineData(1, null, FunnelStage.FirstPurchase)]
    [InlineData(2, null, FunnelStage.Repeat)]
    [InlineData(3, 0.9, FunnelStage.Repeat)]
    [InlineData(4, 0.9, FunnelStage.Loyal)]
    [InlineData(40, 0.5, FunnelStage.Loyal)]
    [InlineData(40, 0.49, FunnelStage.Lapsed)]
    [InlineData(1, 0.1, FunnelStage.Lapsed)]
    public void Place_DefaultThresholds_FollowsTheDocumentedRule(long purchases, double? probabilityAlive, FunnelStage expected) =>
        FunnelPlacement.Place(purchases, probabilityAlive).Should().Be(expected);

    [Fact]
    public void Place_CustomThresholds_AreUsed() =>
        FunnelPlacement.Place(2, 0.6, new FunnelOptions { LoyalAfterPurchases = 2, LapsedBelowProbabilityAlive = 0.7 }).Should().Be(FunnelStage.Lapsed);

    [Fact]
    public void Place_InvalidInput_Throws()
    {
        FluentActions.Invoking(() => FunnelPlacement.Place(0, null)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("purchases must be at least 1; was 0. (Parameter 'purchases')*");
        FluentActions.Invoking(() => FunnelPlacement.Place(1, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("probabilityAlive must be in [0, 1]; was NaN. (Parameter 'probabilityAlive')*");
        FluentActions.Invoking(() => FunnelPlacement.Place(1, 1.5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("probabilityAlive");
    }
}
