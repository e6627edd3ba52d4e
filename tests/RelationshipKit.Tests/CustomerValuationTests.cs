namespace RelationshipKit.Tests;

public class CustomerValuationTests
{
    private static readonly string Nl = Environment.NewLine;
    private static readonly CustomerId C01 = new("c01");

    [Fact]
    public void Ctor_DerivesNetValueAndUnrealisedPotential()
    {
        var valuation = new CustomerValuation(C01, Pln(1200), Pln(2000), Pln(300));
        valuation.NetValue.Should().Be(Pln(900));
        valuation.UnrealisedPotential.Should().Be(Pln(800));
        valuation.Currency.Should().Be(Currency.Pln);
        valuation.ToString().Should().Be("c01: actual 1200 PLN, potential 2000 PLN, cost to serve 300 PLN");
    }

    [Fact]
    public void Ctor_PotentialBelowActual_Throws()
    {
        var act = () => new CustomerValuation(C01, Pln(200), Pln(100), Pln(0));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage(
            $"potentialValue must be >= actualValue (200 PLN), since the potential includes what the customer brings now; was 100 PLN. (Parameter 'potentialValue'){Nl}Actual value was 100 PLN.");
    }

    [Fact]
    public void Ctor_NegativeCostToServe_Throws()
    {
        var act = () => new CustomerValuation(C01, Pln(200), Pln(300), Pln(-5));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage(
            $"costToServe must be >= 0; was -5 PLN. (Parameter 'costToServe'){Nl}Actual value was -5 PLN.");
    }

    [Fact]
    public void Ctor_MixedCurrencies_Throws()
    {
        var act = () => new CustomerValuation(C01, Pln(200), new Money(300, Currency.Eur), Pln(5));
        act.Should().Throw<ArgumentException>().WithMessage("potentialValue must be in the currency of actualValue (PLN); was EUR. (Parameter 'potentialValue')");
        var cost = () => new CustomerValuation(C01, Pln(200), Pln(300), new Money(5, Currency.Eur));
        cost.Should().Throw<ArgumentException>().WithMessage("costToServe must be in the currency of actualValue (PLN); was EUR. (Parameter 'costToServe')");
    }

    [Fact]
    public void Ctor_DefaultCustomer_Throws()
    {
        var act = () => new CustomerValuation(default, Pln(1), Pln(1), Pln(1));
        act.Should().Throw<ArgumentException>().WithMessage("customer must be set; was the default CustomerId. (Parameter 'customer')");
    }

    [Fact]
    public void NegativeActualValue_IsAllowed() =>
        new CustomerValuation(C01, Pln(-50), Pln(0), Pln(10)).NetValue.Should().Be(Pln(-60));

    [Fact]
    public void Equality_ComparesCustomerAndAmounts() =>
        EqualityContract.Verify(
            new CustomerValuation(C01, Pln(1), Pln(2), Pln(0)),
            new CustomerValuation(C01, Pln(1), Pln(2), Pln(0)),
            new CustomerValuation(new CustomerId("c02"), Pln(1), Pln(2), Pln(0)),
            new CustomerValuation(C01, Pln(2), Pln(2), Pln(0)),
            new CustomerValuation(C01, Pln(1), Pln(3), Pln(0)),
            new CustomerValuation(C01, Pln(1), Pln(2), Pln(1)));

    private static Money Pln(decimal amount) => new(amount, Currency.Pln);
}
