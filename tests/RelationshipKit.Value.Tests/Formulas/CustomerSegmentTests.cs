using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Value.Tests.Formulas;

public class CustomerSegmentTests
{
    private static Money Pln(decimal amount) => new(amount, Currency.Pln);

    [Fact]
    public void Ctor_KeepsInputs_AndComputesMargin()
    {
        var segment = new CustomerSegment("loyal customers", 200, Pln(1000), 6, RetentionRate.PerYear(0.8), Pln(1000), Pln(4000));

        segment.Name.Should().Be("loyal customers");
        segment.Customers.Should().Be(200);
        segment.AveragePurchase.Should().Be(Pln(1000));
        segment.PurchasesPerPeriod.Should().Be(6);
        segment.RetentionRate.Should().Be(RetentionRate.PerYear(0.8));
        segment.CostToServePerPeriod.Should().Be(Pln(1000));
        segment.AcquisitionCost.Should().Be(Pln(4000));
        segment.Currency.Should().Be(Currency.Pln);
        segment.MarginPerPeriod.Should().Be(Pln(5000));
        segment.ToString().Should().Be("loyal customers");
    }

    [Fact]
    public void Ctor_InvalidInputs_Throw()
    {
        var r = RetentionRate.PerYear(0.5);
        var act = () => new CustomerSegment(" ", 1, Pln(1), 1, r, Pln(0), Pln(0));
        act.Should().Throw<ArgumentException>().WithParameterName("name");
        act = () => new CustomerSegment("a", -1, Pln(1), 1, r, Pln(0), Pln(0));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("customers ('-1') must be a non-negative value. (Parameter 'customers')*");
        act = () => new CustomerSegment("a", 1, Pln(-1), 1, r, Pln(0), Pln(0));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("averagePurchase must be >= 0; was -1 PLN. (Parameter 'averagePurchase')*");
        act = () => new CustomerSegment("a", 1, Pln(1), -1, r, Pln(0), Pln(0));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("purchasesPerPeriod must be >= 0; was -1. (Parameter 'purchasesPerPeriod')*");
        act = () => new CustomerSegment("a", 1, Pln(1), 1, r, Pln(-2), Pln(0));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("costToServePerPeriod must be >= 0; was -2 PLN. (Parameter 'costToServePerPeriod')*");
        act = () => new CustomerSegment("a", 1, Pln(1), 1, r, Pln(0), new Money(3, Currency.Eur));
        act.Should().Throw<ArgumentException>().WithMessage("acquisitionCost must be in the currency of averagePurchase (PLN); was 3 EUR. (Parameter 'acquisitionCost')");
    }
}
