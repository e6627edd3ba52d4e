namespace RelationshipKit.Tests;

public class ValueTiersTests
{
    private static readonly string Nl = Environment.NewLine;

    /// <summary>
    /// Ten customers (PLN). Net values sorted: -300, -200, 500, 600, 800, 1000, 1500, 2500, 7000, 9000, so the 0.8
    /// quantile is 2500 + 0.2 × (7000 − 2500) = 3400; unrealised potentials sorted: 0, 0, 300, 300, 400, 500, 1000,
    /// 2000, 8000, 12000, so the 0.8 quantile is 2000 + 0.2 × 6000 = 3200.
    /// </summary>
    internal static CustomerValuation[] Base() =>
    [
        V("c01", 10000, 12000, 1000),
        V("c02", 8000, 9000, 1000),
        V("c03", 3000, 15000, 500),
        V("c04", 2000, 10000, 500),
        V("c05", 1500, 2000, 500),
        V("c06", 1200, 1500, 400),
        V("c07", 1000, 1000, 400),
        V("c08", 800, 1200, 300),
        V("c09", 300, 600, 500),
        V("c10", 100, 100, 400),
    ];

    [Fact]
    public void Assign_DefaultQuantiles_PlacesTheWorkedExample()
    {
        var assignment = ValueTiers.Assign(Base());

        assignment.MostValuableCut.Should().Be(Pln(3400));
        assignment.MostGrowableCut.Should().Be(Pln(3200));
        assignment.Customers.Select(c => c.Tier).Should().Equal(
            ValueTier.MostValuable, ValueTier.MostValuable, ValueTier.MostGrowable, ValueTier.MostGrowable,
            ValueTier.Standard, ValueTier.Standard, ValueTier.Standard, ValueTier.Standard,
            ValueTier.BelowZero, ValueTier.BelowZero);
        assignment.CountOf(ValueTier.MostValuable).Should().Be(2);
        assignment.CountOf(ValueTier.Standard).Should().Be(4);
        assignment.ToString().Should().Be("10 customers: 2 MVC, 2 MGC, 2 BZ, 4 standard");
        assignment.Currency.Should().Be(Currency.Pln);
        assignment.Thresholds.Should().Be(ValueTierThresholds.Default);
    }

    [Fact]
    public void Assign_ExplainsEachRule()
    {
        var assignment = ValueTiers.Assign(Base());

        assignment[new CustomerId("c01")].Reason.Should().Be("net value 9000 PLN is at or above the most-valuable cut 3400 PLN (the 0.8 quantile).");
        assignment[new CustomerId("c03")].Reason.Should().Be("unrealised potential 12000 PLN is at or above the most-growable cut 3200 PLN (the 0.8 quantile).");
        assignment[new CustomerId("c07")].Reason.Should().Be(
            "net value 600 PLN is below the most-valuable cut 3400 PLN (the 0.8 quantile) and there is no unrealised potential.");
        assignment[new CustomerId("c08")].Reason.Should().Be(
            "net value 500 PLN is below the most-valuable cut 3400 PLN (the 0.8 quantile) and unrealised potential 400 PLN is below the most-growable cut 3200 PLN (the 0.8 quantile).");
        assignment[new CustomerId("c09")].Reason.Should().Be("cost to serve 500 PLN exceeds actual value 300 PLN (net value -200 PLN).");
        assignment[new CustomerId("c09")].ToString().Should().StartWith("c09 BelowZero: cost to serve");
    }

    [Fact]
    public void Assign_Amounts_UsesTheAmountsAsCuts()
    {
        var assignment = ValueTiers.Assign(Base(), ValueTierThresholds.Amounts(Pln(1000), Pln(5000)));

        assignment.MostValuableCut.Should().Be(Pln(1000));
        assignment.Customers.Where(c => c.Tier == ValueTier.MostValuable).Select(c => c.Customer.Value).Should().Equal("c01", "c02", "c03", "c04", "c05");
        assignment.CountOf(ValueTier.MostGrowable).Should().Be(0);
        assignment[new CustomerId("c05")].Reason.Should().Be("net value 1000 PLN is at or above the most-valuable cut 1000 PLN.");
    }

    [Fact]
    public void Assign_TopTenth_LeavesOneMostValuable()
    {
        var assignment = ValueTiers.Assign(Base(), ValueTierThresholds.Quantiles(0.9, 0.9));
        assignment.MostValuableCut.Should().Be(Pln(7200)); // 7000 + 0.1 × 2000
        assignment.CountOf(ValueTier.MostValuable).Should().Be(1);
        assignment.CountOf(ValueTier.MostGrowable).Should().Be(1); // cut 8000 + 0.1 × 4000 = 8400: c03 only
    }

    [Fact]
    public void Assign_NothingToGive_IsNotMostValuable()
    {
        // A base where everybody nets 0: the cut is 0, but "most valuable" needs a positive net value.
        var assignment = ValueTiers.Assign([V("a", 100, 100, 100), V("b", 50, 50, 50)]);
        assignment.Customers.Select(c => c.Tier).Should().OnlyContain(t => t == ValueTier.Standard);
        assignment[new CustomerId("a")].Reason.Should().Be("net value 0 PLN is not positive and there is no unrealised potential.");
    }

    [Fact]
    public void Assign_OneCustomer_WithAmounts()
    {
        var tier = ValueTiers.Assign(V("c03", 3000, 15000, 500), ValueTierThresholds.Amounts(Pln(5000), Pln(10000)));
        tier.Tier.Should().Be(ValueTier.MostGrowable);
        tier.Customer.Should().Be(new CustomerId("c03"));
    }

    [Fact]
    public void Assign_OneCustomer_WithQuantiles_Throws()
    {
        var act = () => ValueTiers.Assign(V("c03", 3000, 15000, 500), ValueTierThresholds.Default);
        act.Should().Throw<ArgumentException>().WithMessage(
            "thresholds must be amounts to place one customer, since quantiles need the whole customer base; was quantiles: MVC 0.8, MGC 0.8. Call Assign(valuations, thresholds) with every customer instead. (Parameter 'thresholds')");
    }

    [Fact]
    public void Assign_AmountsInAnotherCurrency_Throws()
    {
        var act = () => ValueTiers.Assign(Base(), ValueTierThresholds.Amounts(new Money(1, Currency.Eur), new Money(1, Currency.Eur)));
        act.Should().Throw<ArgumentException>().WithMessage("thresholds must be in the currency of the valuations (PLN); was EUR. (Parameter 'thresholds')");
    }

    [Fact]
    public void Assign_Empty_Throws()
    {
        var act = () => ValueTiers.Assign([]);
        act.Should().Throw<ArgumentException>().WithMessage("valuations must hold at least one customer; was empty. (Parameter 'valuations')");
    }

    [Fact]
    public void Assign_CustomerTwice_Throws()
    {
        var act = () => ValueTiers.Assign([V("a", 1, 1, 0), V("a", 2, 2, 0)]);
        act.Should().Throw<ArgumentException>().WithMessage("valuations must name each customer once; valuations[1] names \"a\" again. (Parameter 'valuations')");
    }

    [Fact]
    public void Assign_MixedCurrencies_Throws()
    {
        var eur = new CustomerValuation(new CustomerId("b"), new Money(1, Currency.Eur), new Money(1, Currency.Eur), new Money(0, Currency.Eur));
        var act = () => ValueTiers.Assign([V("a", 1, 1, 0), eur]);
        act.Should().Throw<ArgumentException>().WithMessage("valuations must share one currency; valuations[1] is in EUR, valuations[0] in PLN. (Parameter 'valuations')");
    }

    [Fact]
    public void Assign_Null_Throws()
    {
        var act = () => ValueTiers.Assign([V("a", 1, 1, 0), null!]);
        act.Should().Throw<ArgumentException>().WithMessage("valuations must not contain null; valuations[1] is null. (Parameter 'valuations')");
    }

    [Fact]
    public void Indexer_UnknownCustomer_Throws()
    {
        var assignment = ValueTiers.Assign(Base());
        var act = () => assignment[new CustomerId("zz")];
        act.Should().Throw<KeyNotFoundException>().WithMessage("The assignment has no customer \"zz\"; call TryGet to test whether a customer is in it.");
        assignment.TryGet(new CustomerId("zz"), out var tier).Should().BeFalse();
        tier.Should().BeNull();
    }

    [Fact]
    public void Migrations_ListChangedNewAndGoneCustomers()
    {
        var earlier = ValueTiers.Assign(Base(), ValueTierThresholds.Amounts(Pln(5000), Pln(5000)));
        var later = ValueTiers.Assign(
            [
                V("c01", 3000, 12000, 1000), // was most valuable (net 9000), now net 2000 with 9000 to grow: most growable
                V("c02", 8000, 9000, 1000),  // unchanged: most valuable
                V("c03", 9000, 15000, 500),  // was most growable, now net 8500: most valuable
                V("c11", 200, 200, 400),     // new, below zero
            ],
            ValueTierThresholds.Amounts(Pln(5000), Pln(5000)));

        var migrations = ValueTiers.Migrations(earlier, later);

        migrations.Select(m => m.ToString()).Should().Equal(
            "c01: MostValuable -> MostGrowable",
            "c03: MostGrowable -> MostValuable",
            "c04: MostGrowable -> (none)",
            "c05: Standard -> (none)",
            "c06: Standard -> (none)",
            "c07: Standard -> (none)",
            "c08: Standard -> (none)",
            "c09: BelowZero -> (none)",
            "c10: BelowZero -> (none)",
            "c11: (none) -> BelowZero");
        migrations[^1].IsNew.Should().BeTrue();
        migrations[2].IsGone.Should().BeTrue();
        ValueTiers.Migrations(earlier, earlier).Should().BeEmpty();
    }

    [Fact]
    public void Migration_SameTier_Throws()
    {
        var act = () => new ValueTierMigration(new CustomerId("a"), ValueTier.Standard, ValueTier.Standard);
        act.Should().Throw<ArgumentException>().WithMessage("to must differ from from for a migration; both were Standard. (Parameter 'to')");
    }

    [Fact]
    public void Migration_Guards()
    {
        var unset = () => new ValueTierMigration(default, null, ValueTier.Standard);
        unset.Should().Throw<ArgumentException>().WithMessage("customer must be set; was the default CustomerId. (Parameter 'customer')");
        var from = () => new ValueTierMigration(new CustomerId("a"), (ValueTier)9, null);
        from.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"from must be a defined ValueTier value; was 9. (Parameter 'from'){Nl}Actual value was 9.");
        var to = () => new ValueTierMigration(new CustomerId("a"), null, (ValueTier)9);
        to.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"to must be a defined ValueTier value; was 9. (Parameter 'to'){Nl}Actual value was 9.");
        var neither = () => new ValueTierMigration(new CustomerId("a"), null, null);
        neither.Should().Throw<ArgumentException>().WithMessage("to must differ from from for a migration; both were (none). (Parameter 'to')");
    }

    [Fact]
    public void CountOf_UndefinedTier_Throws()
    {
        var act = () => ValueTiers.Assign(Base()).CountOf((ValueTier)9);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"tier must be a defined ValueTier value; was 9. (Parameter 'tier'){Nl}Actual value was 9.");
    }

    [Fact]
    public void Migration_Equality() =>
        EqualityContract.Verify(
            new ValueTierMigration(new CustomerId("a"), null, ValueTier.Standard),
            new ValueTierMigration(new CustomerId("a"), null, ValueTier.Standard),
            new ValueTierMigration(new CustomerId("a"), ValueTier.BelowZero, ValueTier.Standard),
            new ValueTierMigration(new CustomerId("b"), null, ValueTier.Standard));

    [Fact]
    public void Quantile_OneValue_IsThatValue() => ValueTiers.Quantile([5m], 0.8).Should().Be(5m);

    private static CustomerValuation V(string id, decimal actual, decimal potential, decimal cost) =>
        new(new CustomerId(id), Pln(actual), Pln(potential), Pln(cost));

    private static Money Pln(decimal amount) => new(amount, Currency.Pln);
}
