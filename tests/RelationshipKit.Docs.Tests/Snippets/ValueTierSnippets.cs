namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/concepts/value-tiers.md, compiled and checked here.</summary>
public class ValueTierSnippets
{
    private static Money Pln(decimal amount) => new(amount, Currency.Pln);

    private static CustomerValuation V(
        string id, decimal actual, decimal potential, decimal cost) =>
        new(new CustomerId(id), Pln(actual), Pln(potential), Pln(cost));

    [Fact]
    public void Assign()
    {
        #region value-tiers-assign
        CustomerValuation[] customers =
        [
            //  id     actual  potential  cost to serve
            V("c01", 10_000, 12_000, 1_000),
            V("c02", 8_000, 9_000, 1_000),
            V("c03", 3_000, 15_000, 500),
            V("c04", 2_000, 10_000, 500),
            V("c05", 1_500, 2_000, 500),
            V("c06", 1_200, 1_500, 400),
            V("c07", 1_000, 1_000, 400),
            V("c08", 800, 1_200, 300),
            V("c09", 300, 600, 500),
            V("c10", 100, 100, 400),
        ];

        var tiers = ValueTiers.Assign(customers);
        // 10 customers: 2 MVC, 2 MGC, 2 BZ, 4 standard

        var c03 = tiers[new CustomerId("c03")];
        // MostGrowable: "unrealised potential 12000 PLN is at or above
        // the most-growable cut 3200 PLN (the 0.8 quantile)."
        #endregion

        tiers.ToString().Should().Be("10 customers: 2 MVC, 2 MGC, 2 BZ, 4 standard");
        tiers.MostValuableCut.Should().Be(Pln(3400));
        c03.Tier.Should().Be(ValueTier.MostGrowable);
        c03.Reason.Should().Be("unrealised potential 12000 PLN is at or above the most-growable cut 3200 PLN (the 0.8 quantile).");
    }

    [Fact]
    public void Migrations()
    {
        #region value-tiers-migrations
        var amounts = ValueTierThresholds.Amounts(
            mostValuable: Pln(5_000), mostGrowable: Pln(5_000));

        var lastYear = ValueTiers.Assign(
            [V("c01", 10_000, 12_000, 1_000), V("c03", 3_000, 15_000, 500)],
            amounts);
        var thisYear = ValueTiers.Assign(
            [V("c01", 10_000, 12_000, 1_000), V("c03", 9_000, 15_000, 500)],
            amounts);

        var moved = ValueTiers.Migrations(lastYear, thisYear);
        // [c03: MostGrowable -> MostValuable]
        #endregion

        moved.Select(m => m.ToString()).Should().Equal("c03: MostGrowable -> MostValuable");
    }
}
