using RelationshipKit.Bonds;

namespace RelationshipKit.Tests.Bonds;

public class BondDimensionContributionTests
{
    [Fact]
    public void Difference_IsProfileMinusTarget()
    {
        var contribution = new BondDimensionContribution(BondDimension.Basis, 0.5, 0.8, 2, 0.25);
        contribution.Difference.Should().BeApproximately(-0.3, 1e-15);
        contribution.Weight.Should().Be(2);
        contribution.Share.Should().Be(0.25);
        contribution.ToString().Should().Be("basis: 0.5 vs 0.8 (share 0.25)");
    }

    [Fact]
    public void Equality_EveryProperty()
    {
        EqualityContract.Verify(
            new BondDimensionContribution(BondDimension.Basis, 0.5, 0.8, 2, 0.25),
            new BondDimensionContribution(BondDimension.Basis, 0.5, 0.8, 2, 0.25),
            new BondDimensionContribution(BondDimension.Affect, 0.5, 0.8, 2, 0.25),
            new BondDimensionContribution(BondDimension.Basis, 0.4, 0.8, 2, 0.25),
            new BondDimensionContribution(BondDimension.Basis, 0.5, 0.7, 2, 0.25),
            new BondDimensionContribution(BondDimension.Basis, 0.5, 0.8, 1, 0.25),
            new BondDimensionContribution(BondDimension.Basis, 0.5, 0.8, 2, 0.5),
            default);
    }
}
