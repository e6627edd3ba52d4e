using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Value.Tests.Formulas;

public class CustomerReferralValueTests
{
    private static readonly DiscountRate TenPercent = DiscountRate.PerYear(0.1);

    /// <summary>
    /// The worked example of docs/value/referral-value.md (illustrative figures, PLN, d = 0.1 a year): anna refers two
    /// new customers and one who would have joined anyway; ola refers two new customers; piotr refers nobody.
    /// </summary>
    internal static Referral[] Referrals() =>
    [
        New("anna", "b1", 1, 900),
        new Referral(Id("anna"), Id("b2"), 1, true, Pln(0), Pln(50), Pln(150)),
        New("anna", "b3", 2, 600),
        New("ola", "c1", 0, 800),
        New("ola", "c2", 1, 800),
    ];

    internal static Dictionary<CustomerId, Money> LifetimeValues() => new()
    {
        [Id("anna")] = Pln(1_200),
        [Id("piotr")] = Pln(3_000),
        [Id("ola")] = Pln(400),
    };

    [Fact]
    public void Compute_WorkedExample_DiscountsEachReferral()
    {
        var values = CustomerReferralValue.Compute(Referrals(), TenPercent);

        values.Select(v => v.Referrer.Value).Should().Equal("ola", "anna");
        var anna = values[1];

        // (900 − 50) / 1.1 + (150 − 50) / 1.1 + (600 − 50) / 1.21 = 772.73 + 90.91 + 454.55 = 1318.18
        anna.Value.Amount.Should().BeApproximately(850m / 1.1m + 100m / 1.1m + 550m / 1.21m, 0.0000001m);
        Math.Round(anna.Value.Amount, 2).Should().Be(1318.18m);
        anna.NewCustomerValue.Amount.Should().BeApproximately(900m / 1.1m + 600m / 1.21m, 0.0000001m);
        anna.AcquisitionCostSaved.Amount.Should().BeApproximately(150m / 1.1m, 0.0000001m);
        anna.Rewards.Amount.Should().BeApproximately(50m / 1.1m + 50m / 1.1m + 50m / 1.21m, 0.0000001m);
        anna.Referrals.Should().Be(3);
        anna.NewCustomers.Should().Be(2);
        anna.ToString().Should().Be("anna: CRV 1318.18 PLN from 3 referrals (2 new)");

        // 750 now + 750 / 1.1 = 1431.82
        Math.Round(values[0].Value.Amount, 2).Should().Be(1431.82m);
    }

    [Fact]
    public void Compute_NoDiscount_SumsTheParts()
    {
        // 850 + 100 + 550 = 1 500 and 750 + 750 = 1 500: equal values keep ordinal id order.
        var values = CustomerReferralValue.Compute(Referrals(), DiscountRate.PerYear(0));
        values.Select(v => (v.Referrer.Value, v.Value)).Should().Equal(("anna", Pln(1_500)), ("ola", Pln(1_500)));
    }

    [Fact]
    public void Compute_RewardAboveWhatTheReferralBrings_IsNegative() =>
        CustomerReferralValue.Compute([new Referral(Id("a"), Id("b"), 0, true, Pln(0), Pln(100), Pln(30))], TenPercent)[0]
            .Value.Should().Be(Pln(-70));

    [Fact]
    public void Compute_Empty_IsEmpty() => CustomerReferralValue.Compute([], TenPercent).Should().BeEmpty();

    [Fact]
    public void Rank_ByLifetimeAndReferralValue_PlacesTheGroups()
    {
        var rows = CustomerReferralValue.Rank(LifetimeValues(), CustomerReferralValue.Compute(Referrals(), TenPercent));

        rows.Select(r => (r.Customer.Value, r.LifetimeValueRank, r.ReferralValueRank, r.Group)).Should().Equal(
            ("piotr", 1, 3, ReferralValueGroup.Affluent),
            ("anna", 2, 2, ReferralValueGroup.Champion),
            ("ola", 3, 1, ReferralValueGroup.Advocate));
        rows[1].ToString().Should().Be("anna: CLV 1200 PLN (#2), CRV 1318.18 PLN (#2), Champion");
        rows[0].ReferralValue.Should().Be(Pln(0));
    }

    [Fact]
    public void Rank_NothingPositive_IsAMiser()
    {
        var rows = CustomerReferralValue.Rank(new Dictionary<CustomerId, Money> { [Id("a")] = Pln(0), [Id("b")] = Pln(0) }, []);
        rows.Should().OnlyContain(r => r.Group == ReferralValueGroup.Miser && r.LifetimeValueRank == 1 && r.ReferralValueRank == 1);
    }

    [Fact]
    public void Rank_ReferrerWithoutLifetimeValue_Throws()
    {
        var act = () => CustomerReferralValue.Rank(new Dictionary<CustomerId, Money> { [Id("piotr")] = Pln(1) }, CustomerReferralValue.Compute(Referrals(), TenPercent));
        act.Should().Throw<ArgumentException>()
            .WithMessage("referralValues must be of customers in lifetimeValues; \"ola\" has no lifetime value. (Parameter 'referralValues')");
    }

    [Fact]
    public void Rank_Guards()
    {
        var empty = () => CustomerReferralValue.Rank([], []);
        empty.Should().Throw<ArgumentException>().WithMessage("lifetimeValues must hold at least one customer; was empty. (Parameter 'lifetimeValues')");
        var twice = () => CustomerReferralValue.Rank([new(Id("a"), Pln(1)), new(Id("a"), Pln(2))], []);
        twice.Should().Throw<ArgumentException>().WithMessage("lifetimeValues must name each customer once; \"a\" appears twice. (Parameter 'lifetimeValues')");
        var mixed = () => CustomerReferralValue.Rank([new(Id("a"), Pln(1)), new(Id("b"), new Money(2, Currency.Eur))], []);
        mixed.Should().Throw<ArgumentException>().WithMessage("lifetimeValues must share one currency; \"b\" is in EUR, \"a\" in PLN. (Parameter 'lifetimeValues')");
        var crvCurrency = () => CustomerReferralValue.Rank(
            [new(Id("a"), new Money(1, Currency.Eur))],
            CustomerReferralValue.Compute([New("a", "z", 0, 100)], TenPercent));
        crvCurrency.Should().Throw<ArgumentException>().WithMessage("referralValues must be in the currency of lifetimeValues (EUR); \"a\" is in PLN. (Parameter 'referralValues')");
    }

    [Fact]
    public void Compute_Guards()
    {
        var twice = () => CustomerReferralValue.Compute([New("a", "z", 0, 100), New("b", "z", 1, 100)], TenPercent);
        twice.Should().Throw<ArgumentException>().WithMessage(
            "referrals must credit each referred customer once; referrals[1] credits \"z\" to \"b\", an earlier referral to \"a\". (Parameter 'referrals')");
        var mixed = () => CustomerReferralValue.Compute([New("a", "y", 0, 100), new Referral(Id("a"), Id("z"), 0, false, new Money(1, Currency.Eur), new Money(0, Currency.Eur), new Money(0, Currency.Eur))], TenPercent);
        mixed.Should().Throw<ArgumentException>().WithMessage("referrals must share one currency; referrals[1] is in EUR, referrals[0] in PLN. (Parameter 'referrals')");
        var nulls = () => CustomerReferralValue.Compute([null!], TenPercent);
        nulls.Should().Throw<ArgumentException>().WithMessage("referrals must not contain null; referrals[0] is null. (Parameter 'referrals')");
    }

    [Fact]
    public void Referral_Guards()
    {
        var self = () => new Referral(Id("a"), Id("a"), 0, false, Pln(1), Pln(0), Pln(0));
        self.Should().Throw<ArgumentException>().WithMessage("referred must differ from referrer; both were \"a\". (Parameter 'referred')");
        var period = () => new Referral(Id("a"), Id("b"), -1, false, Pln(1), Pln(0), Pln(0));
        period.Should().Throw<ArgumentOutOfRangeException>().WithMessage("joinsInPeriod ('-1') must be a non-negative value. (Parameter 'joinsInPeriod')*");
        var reward = () => new Referral(Id("a"), Id("b"), 0, false, Pln(1), Pln(-1), Pln(0));
        reward.Should().Throw<ArgumentOutOfRangeException>().WithMessage("reward must be >= 0; was -1 PLN. (Parameter 'reward')*");
        var saved = () => new Referral(Id("a"), Id("b"), 0, true, Pln(1), Pln(0), Pln(-3));
        saved.Should().Throw<ArgumentOutOfRangeException>().WithMessage("acquisitionCostSaved must be >= 0; was -3 PLN. (Parameter 'acquisitionCostSaved')*");
        var currency = () => new Referral(Id("a"), Id("b"), 0, true, Pln(1), new Money(0, Currency.Eur), Pln(0));
        currency.Should().Throw<ArgumentException>().WithMessage("reward must be in the currency of lifetimeValue (PLN); was 0 EUR. (Parameter 'reward')");
        var unset = () => new Referral(default, Id("b"), 0, true, Pln(1), Pln(0), Pln(0));
        unset.Should().Throw<ArgumentException>().WithMessage("referrer must be set; was the default CustomerId. (Parameter 'referrer')");
        var unsetReferred = () => new Referral(Id("a"), default, 0, true, Pln(1), Pln(0), Pln(0));
        unsetReferred.Should().Throw<ArgumentException>().WithMessage("referred must be set; was the default CustomerId. (Parameter 'referred')");
    }

    [Fact]
    public void Referral_EqualityAndText()
    {
        EqualityContract.Verify(
            New("a", "b", 1, 900),
            New("a", "b", 1, 900),
            New("a", "b", 2, 900),
            New("a", "c", 1, 900),
            New("a", "b", 1, 800),
            new Referral(Id("a"), Id("b"), 1, true, Pln(900), Pln(50), Pln(0)));
        New("anna", "b1", 1, 900).ToString().Should().Be("anna -> b1 in period 1 (new, worth 900 PLN, reward 50 PLN)");
        Referrals()[1].ToString().Should().Be("anna -> b2 in period 1 (would have joined anyway, saved 150 PLN, reward 50 PLN)");
    }

    private static Referral New(string referrer, string referred, int period, decimal worth) =>
        new(Id(referrer), Id(referred), period, false, Pln(worth), Pln(50), Pln(0));

    private static CustomerId Id(string id) => new(id);

    private static Money Pln(decimal amount) => new(amount, Currency.Pln);
}
