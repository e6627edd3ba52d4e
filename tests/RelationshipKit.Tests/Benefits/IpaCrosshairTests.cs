using RelationshipKit.Benefits;

namespace RelationshipKit.Tests.Benefits;

public class IpaCrosshairTests
{
    [Fact]
    public void DataMeans_IsTheDefault()
    {
        default(IpaCrosshair).Should().Be(IpaCrosshair.DataMeans);
        IpaCrosshair.DataMeans.Kind.Should().Be(IpaCrosshairKind.DataMeans);
        IpaCrosshair.DataMeans.Importance.Should().BeNull();
        IpaCrosshair.DataMeans.Performance.Should().BeNull();
        IpaCrosshair.DataMeans.ToString().Should().Be("DataMeans");
        IpaCrosshair.ScaleMidpoint.Kind.Should().Be(IpaCrosshairKind.ScaleMidpoint);
        IpaCrosshair.ScaleMidpoint.Importance.Should().BeNull();
        IpaCrosshair.ScaleMidpoint.ToString().Should().Be("ScaleMidpoint");
    }

    [Fact]
    public void At_KeepsTheValues()
    {
        var crosshair = IpaCrosshair.At(3.5, 3);
        crosshair.Kind.Should().Be(IpaCrosshairKind.Explicit);
        crosshair.Importance.Should().Be(3.5);
        crosshair.Performance.Should().Be(3);
        crosshair.ToString().Should().Be("Explicit (importance 3.5, performance 3)");
    }

    [Fact]
    public void At_NaNImportance_Throws()
    {
        var act = () => IpaCrosshair.At(double.NaN, 3);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"importance must be a finite number; was NaN. (Parameter 'importance'){Environment.NewLine}Actual value was NaN.");
    }

    [Fact]
    public void At_InfinitePerformance_Throws()
    {
        var act = () => IpaCrosshair.At(3, double.PositiveInfinity);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"performance must be a finite number; was Infinity. (Parameter 'performance'){Environment.NewLine}Actual value was Infinity.");
    }

    [Fact]
    public void Equality_KindAndValues()
    {
        EqualityContract.Verify(
            IpaCrosshair.At(3.5, 3),
            IpaCrosshair.At(3.5, 3.0),
            IpaCrosshair.At(3.5, 3.1),
            IpaCrosshair.At(3.4, 3),
            IpaCrosshair.DataMeans,
            IpaCrosshair.ScaleMidpoint);
        EqualityContract.Verify(IpaCrosshair.DataMeans, default, IpaCrosshair.ScaleMidpoint);
    }
}
