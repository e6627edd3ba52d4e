using RelationshipKit.Bonds;

namespace RelationshipKit.Tests.Bonds;

public class BondChangeTests
{
    [Fact]
    public void Raise_TowardThePositivePole()
    {
        var change = new BondChange(BondDimension.Basis, -0.8, 0.25);
        change.Dimension.Should().Be(BondDimension.Basis);
        change.From.Should().Be(-0.8);
        change.To.Should().Be(0.25);
        change.Delta.Should().BeApproximately(1.05, 1e-15);
        change.IsRaise.Should().BeTrue();
        change.TowardPole.Should().Be("emotional");
        change.ToString().Should().Be("raise basis from -0.80 to 0.25 (toward emotional)");
    }

    [Fact]
    public void Lower_TowardTheNegativePole()
    {
        var change = new BondChange(BondDimension.SwitchingEase, 0.5, -0.5);
        change.IsRaise.Should().BeFalse();
        change.TowardPole.Should().Be("hard to switch");
        change.ToString().Should().Be("lower switching ease from 0.50 to -0.50 (toward hard to switch)");
    }

    [Fact]
    public void Ctor_ScoreOutOfRange_Throws()
    {
        FluentActions.Invoking(() => new BondChange(BondDimension.Basis, -1.5, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("from must be in [-1, 1]; was -1.5. (Parameter 'from')\nActual value was -1.5.");
        FluentActions.Invoking(() => new BondChange(BondDimension.Basis, 0, 1.5)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("to must be in [-1, 1]; was 1.5. (Parameter 'to')\nActual value was 1.5.");
        FluentActions.Invoking(() => new BondChange((BondDimension)12, 0, 1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("dimension must be a defined BondDimension; was 12. (Parameter 'dimension')\nActual value was 12.");
    }

    [Fact]
    public void Equality_DimensionAndBothScores()
    {
        EqualityContract.Verify(
            new BondChange(BondDimension.Basis, -0.8, 0.2),
            new BondChange(BondDimension.Basis, -0.8, 0.2),
            new BondChange(BondDimension.Basis, -0.7, 0.2),
            new BondChange(BondDimension.Basis, -0.8, 0.3),
            new BondChange(BondDimension.Affect, -0.8, 0.2),
            default);
    }
}
