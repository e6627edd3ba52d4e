namespace RelationshipKit.Tests;

public class CurrencyTests
{
    [Theory]
    [InlineData("PLN", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KWD", 3)]
    [InlineData("CLF", 4)]
    public void MinorUnits_KnownCodes(string code, int expected)
    {
        var currency = new Currency(code);
        currency.IsKnown.Should().BeTrue();
        currency.MinorUnits.Should().Be(expected);
    }

    [Fact]
    public void Default_IsXxxWithoutMinorUnits()
    {
        default(Currency).Code.Should().Be("XXX");
        Currency.None.Should().Be(new Currency("XXX"));
        Currency.None.MinorUnits.Should().BeNull();
        Currency.None.IsKnown.Should().BeTrue();
    }

    [Fact]
    public void UnknownCode_IsValidButHasNoMinorUnits()
    {
        var currency = new Currency("QQQ");
        currency.IsKnown.Should().BeFalse();
        currency.MinorUnits.Should().BeNull();
    }

    [Theory]
    [InlineData("pln")]
    [InlineData("PL")]
    [InlineData("PLNX")]
    [InlineData("P1N")]
    [InlineData("")]
    public void Ctor_BadShape_Throws(string code)
    {
        var act = () => new Currency(code);
        act.Should().Throw<ArgumentException>()
            .WithMessage($"code must be three upper-case ASCII letters (ISO 4217); was \"{code}\". (Parameter 'code')");
    }

    [Fact]
    public void Ctor_Null_Throws()
    {
        var act = () => new Currency(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("code");
    }

    [Fact]
    public void Equality_ByCode()
    {
        EqualityContract.Verify(new Currency("PLN"), Currency.Pln, Currency.Eur, Currency.None);
    }

    [Fact]
    public void KnownCodes_AreSortedAndIncludeTheCommonOnes()
    {
        Currency.KnownCodes.Should().BeInAscendingOrder(StringComparer.Ordinal);
        Currency.KnownCodes.Should().Contain(["PLN", "RUB", "EUR", "USD", "XXX"]);
        Currency.Rub.ToString().Should().Be("RUB");
        Currency.Usd.MinorUnits.Should().Be(2);
    }
}
