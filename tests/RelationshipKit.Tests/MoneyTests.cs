namespace RelationshipKit.Tests;

public class MoneyTests
{
    private static Money Pln(decimal amount) => new(amount, Currency.Pln);

    [Fact]
    public void Arithmetic_WithinOneCurrency()
    {
        (Pln(200_000m) - Pln(100_000m)).Should().Be(Pln(100_000m));
        (Pln(1.5m) + Pln(2.25m)).Should().Be(Pln(3.75m));
        (Pln(1000m) * 6m * 5m).Should().Be(Pln(30_000m));
        (2m * Pln(3m)).Should().Be(Pln(6m));
        (Pln(10m) / 4m).Should().Be(Pln(2.5m));
        (-Pln(3m)).Should().Be(Pln(-3m));
        Money.Zero(Currency.Eur).Should().Be(new Money(0m, Currency.Eur));
        Pln(5m).WithAmount(7m).Should().Be(Pln(7m));
    }

    [Fact]
    public void Add_DifferentCurrencies_ThrowsNamingBoth()
    {
        var act = () => Pln(1m) + new Money(1m, Currency.Eur);
        act.Should().Throw<ArgumentException>()
            .WithMessage("Cannot add PLN and EUR: money arithmetic and comparison need one currency; convert first. (Parameter 'other')");
    }

    [Fact]
    public void Compare_DifferentCurrencies_ThrowsNamingBoth()
    {
        var act = () => Pln(1m) < new Money(1m, Currency.Usd);
        act.Should().Throw<ArgumentException>()
            .WithMessage("Cannot compare PLN and USD: money arithmetic and comparison need one currency; convert first. (Parameter 'other')");
    }

    [Fact]
    public void Subtract_DifferentCurrencies_Throws()
    {
        var act = () => Pln(1m) - new Money(1m, Currency.Usd);
        act.Should().Throw<ArgumentException>().WithMessage("Cannot subtract PLN and USD*");
    }

    [Fact]
    public void RoundToMinorUnit_IsExplicit()
    {
        var ltv = Pln(100m * 0.8m / 0.3m);
        ltv.Amount.Should().NotBe(266.67m, "nothing is rounded implicitly");
        ltv.RoundToMinorUnit().Should().Be(Pln(266.67m));
        new Money(2.5m, new Currency("JPY")).RoundToMinorUnit().Should().Be(new Money(2m, new Currency("JPY")));
        new Money(2.5m, new Currency("JPY")).RoundToMinorUnit(MidpointRounding.AwayFromZero).Amount.Should().Be(3m);
    }

    [Fact]
    public void RoundToMinorUnit_NoMinorUnit_Throws()
    {
        var act = () => new Money(1.234m, Currency.None).RoundToMinorUnit();
        act.Should().Throw<InvalidOperationException>()
            .WithMessage("Currency XXX has no minor unit in ISO 4217; call Round(decimals) with an explicit number of decimals instead.");
        new Money(1.235m, Currency.None).Round(2).Amount.Should().Be(1.24m);
    }

    [Fact]
    public void Round_BadDecimals_Throws()
    {
        var act = () => Pln(1m).Round(29);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("decimals must be in [0, 28]; was 29.*").WithParameterName("decimals");
    }

    [Fact]
    public void Equality_AmountAndCurrency()
    {
        EqualityContract.Verify(Pln(1.0m), Pln(1.00m), Pln(2m), new Money(1m, Currency.Eur), default);
    }

    [Fact]
    public void Comparison_WithinCurrency()
    {
        ComparisonContract.Verify(Pln(1m), Pln(1.0m), Pln(2m), Pln(1.01m));
    }

    [Fact]
    public void Default_IsZeroXxx()
    {
        default(Money).Amount.Should().Be(0m);
        default(Money).Currency.Should().Be(Currency.None);
        Pln(30000m).ToString().Should().Be("30000 PLN");
    }
}
