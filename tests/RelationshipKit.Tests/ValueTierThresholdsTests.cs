namespace RelationshipKit.Tests;

public class ValueTierThresholdsTests
{
    private static readonly string Nl = Environment.NewLine;

    [Fact]
    public void Default_IsTheTopFifth()
    {
        default(ValueTierThresholds).Should().Be(ValueTierThresholds.Default);
        ValueTierThresholds.Default.Should().Be(ValueTierThresholds.Quantiles(0.8, 0.8));
        ValueTierThresholds.Default.Kind.Should().Be(ValueTierThresholdKind.Quantiles);
        ValueTierThresholds.Default.MostValuableQuantile.Should().Be(0.8);
        ValueTierThresholds.Default.MostGrowableQuantile.Should().Be(0.8);
        ValueTierThresholds.Default.MostValuableAmount.Should().BeNull();
        ValueTierThresholds.Default.ToString().Should().Be("quantiles: MVC 0.8, MGC 0.8");
    }

    [Fact]
    public void Quantiles_KeepTheExactValues()
    {
        var thresholds = ValueTierThresholds.Quantiles(0.9, 0.75);
        thresholds.MostValuableQuantile.Should().Be(0.9);
        thresholds.MostGrowableQuantile.Should().Be(0.75);
    }

    [Fact]
    public void Amounts_KeepTheAmounts()
    {
        var thresholds = ValueTierThresholds.Amounts(new Money(10000, Currency.Pln), new Money(5000, Currency.Pln));
        thresholds.Kind.Should().Be(ValueTierThresholdKind.Amounts);
        thresholds.MostValuableAmount.Should().Be(new Money(10000, Currency.Pln));
        thresholds.MostGrowableAmount.Should().Be(new Money(5000, Currency.Pln));
        thresholds.MostValuableQuantile.Should().BeNull();
        thresholds.ToString().Should().Be("amounts: MVC 10000 PLN, MGC 5000 PLN");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Quantiles_OutsideOpenUnitInterval_Throws(double quantile)
    {
        var act = () => ValueTierThresholds.Quantiles(quantile, 0.5);
        var shown = quantile.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"mostValuable must be in (0, 1); was {shown}. (Parameter 'mostValuable'){Nl}Actual value was {shown}.");
        var growable = () => ValueTierThresholds.Quantiles(0.5, quantile);
        growable.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("mostGrowable");
    }

    [Fact]
    public void Amounts_Negative_Throws()
    {
        var act = () => ValueTierThresholds.Amounts(new Money(-1, Currency.Pln), new Money(5, Currency.Pln));
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"mostValuable must be >= 0; was -1 PLN. (Parameter 'mostValuable'){Nl}Actual value was -1 PLN.");
        var growable = () => ValueTierThresholds.Amounts(new Money(1, Currency.Pln), new Money(-5, Currency.Pln));
        growable.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("mostGrowable");
    }

    [Fact]
    public void Amounts_MixedCurrencies_Throws()
    {
        var act = () => ValueTierThresholds.Amounts(new Money(1, Currency.Pln), new Money(5, Currency.Eur));
        act.Should().Throw<ArgumentException>().WithMessage("mostGrowable must be in the currency of mostValuable (PLN); was EUR. (Parameter 'mostGrowable')");
    }

    [Fact]
    public void Equality_ComparesKindAndThresholds() =>
        EqualityContract.Verify(
            ValueTierThresholds.Quantiles(0.9, 0.8),
            ValueTierThresholds.Quantiles(0.9, 0.8),
            ValueTierThresholds.Default,
            ValueTierThresholds.Quantiles(0.9, 0.7),
            ValueTierThresholds.Amounts(new Money(1, Currency.Pln), new Money(1, Currency.Pln)));
}
