using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Value.Tests.Formulas;

public class AcquisitionResultTests
{
    private static Money Pln(decimal amount) => new(amount, Currency.Pln);

    [Fact]
    public void Default_IsBreakEvenOfNothing()
    {
        var result = default(AcquisitionResult);

        result.Outcome.Should().Be(AcquisitionOutcome.BreakEven);
        result.Net.Should().Be(default(Money));
        result.PaybackPeriods.Should().BeNull();
        result.ValuePerPeriod.Should().BeNull();
    }

    [Fact]
    public void ToString_Profit_SaysSo() =>
        CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(10_000)).ToString()
            .Should().Be("Profit of 20000 PLN: lifetime value 30000 PLN exceeds acquisition cost 10000 PLN.");

    [Fact]
    public void Equality_ComparesInputs()
    {
        EqualityContract.Verify(
            CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(40_000)),
            CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(40_000)),
            CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(40_000), Pln(6_000)),
            CustomerLifetimeValue.CheckAcquisition(Pln(30_000), Pln(30_000)),
            CustomerLifetimeValue.CheckAcquisition(Pln(20_000), Pln(40_000)));
    }
}
