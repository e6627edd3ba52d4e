using CsCheck;
using RelationshipKit.Value.Models.Sbg;

namespace RelationshipKit.Value.Tests.Models.Sbg;

/// <summary>Predictions of the sBG model at known parameters (Fader &amp; Hardie 2007, 2010); references computed with mpmath at 30 digits.</summary>
public partial class SbgModelTests
{
    // The published estimates for the "regular" segment (Fader & Hardie 2007).
    private static readonly SbgModel Published = new(new SbgParameters(0.704, 1.182));
    private static readonly DiscountRate TenPercent = DiscountRate.PerPeriod(0.1);

    // Log-uniform parameters over [0.01, 100].
    private static readonly Gen<double> Shape = Gen.Double[-4.6, 4.6].Select(Math.Exp);

    [Fact]
    public void Ctor_DefaultParameters_Throws()
    {
        var act = () => new SbgModel(default);

        act.Should().Throw<ArgumentException>()
            .WithMessage("parameters must have alpha > 0 and beta > 0; was the default value (alpha = 0, beta = 0). (Parameter 'parameters')");
    }

    [Fact]
    public void NameAndParameters_AreExposed()
    {
        Published.Name.Should().Be("sbg");
        Published.Parameters.Should().Be(new SbgParameters(0.704, 1.182));
        Published.ToString().Should().Be("sbg(alpha = 0.704, beta = 1.182)");
    }

    [Theory]
    [InlineData(1, 0.626723223753976670, 0.626723223753976670)]
    [InlineData(2, 0.756063756063756064, 0.473842714563817427)]
    [InlineData(7, 0.910727872178544256, 0.239050641693244411)]
    [InlineData(12, 0.945367065031817476, 0.170062576806050599)]
    public void RetentionAndSurvival_MatchReference(int t, double retention, double survival)
    {
        Published.Retention(t).Should().BeApproximately(retention, 1e-15);
        Published.Survival(t).Should().BeApproximately(survival, 1e-15);
    }

    [Fact]
    public void Survival_LongHorizon_UsesTheLogGammaJump()
    {
        Published.Survival(0).Should().Be(1);
        Published.Survival(1000).Should().BeApproximately(0.00800470401930764556, 1e-15);
    }

    [Fact]
    public void SpanOverloads_MatchScalars()
    {
        Span<double> retention = stackalloc double[12];
        Span<double> survival = stackalloc double[12];

        Published.Retention(retention);
        Published.Survival(survival);

        for (var t = 1; t <= 12; t++)
        {
            retention[t - 1].Should().Be(Published.Retention(t));
            survival[t - 1].Should().BeApproximately(Published.Survival(t), 1e-15);
        }
    }

    [Fact]
    public void ChurnProbabilities_AndSurvival_AddUpToOne()
    {
        var total = Published.Survival(20);
        for (var t = 1; t <= 20; t++)
        {
            total += Published.ChurnProbability(t);
        }

        total.Should().BeApproximately(1, 1e-15);
        Published.ChurnProbability(1).Should().BeApproximately(0.704 / 1.886, 1e-16);
    }

    [Fact]
    public void ExpectedSurvivors_IsCohortTimesSurvival()
    {
        Published.ExpectedSurvivors(1000, 7).Should().BeApproximately(239.050641693244411, 1e-12);
        Published.ExpectedSurvivors(0, 7).Should().Be(0);
    }

    [Fact]
    public void Predictions_InvalidPeriods_Throw()
    {
        var act = () => Published.Retention(0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("period ('0') must be greater than or equal to '1'. (Parameter 'period')*");
        act = () => Published.Survival(-1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("period ('-1') must be a non-negative value. (Parameter 'period')*");
        act = () => Published.ChurnProbability(0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("period");
        act = () => Published.ExpectedSurvivors(double.NaN, 1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("cohortSize must be a finite number >= 0; was NaN. (Parameter 'cohortSize')*");
        act = () => Published.DiscountedExpectedResidualLifetime(TenPercent, -1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("renewals ('-1') must be a non-negative value. (Parameter 'renewals')*");
    }

    [Fact]
    public void DiscountedExpectedLifetime_MatchesFaderHardie2010()
    {
        // DEL(d) = 2F1(1, β; α + β; 1/(1 + d)), Fader & Hardie (2010) eq. 6; mpmath reference.
        Published.DiscountedExpectedLifetime(TenPercent).Should().BeApproximately(3.69514740557457410, 1e-14);
        new SbgModel(new SbgParameters(0.668, 3.806)).DiscountedExpectedLifetime(TenPercent).Should().BeApproximately(5.92259640761276416, 1e-14);
    }

    [Theory]
    [InlineData(10, 1.06120706355892636, 1e-15)]
    [InlineData(1e-3, 21.3373132752665273, 1e-11)]
    [InlineData(1e-6, 184.803559447341424, 1e-8)]
    [InlineData(1e-9, 1448.07449822137818, 1e-4)]
    public void DiscountedExpectedLifetime_SmallAndLargeRates_MatchReference(double d, double expected, double tolerance)
    {
        Published.DiscountedExpectedLifetime(DiscountRate.PerPeriod(d)).Should().BeApproximately(expected, tolerance);
    }

    [Theory]
    [InlineData(0, 2.96466214613203151)]
    [InlineData(1, 4.10345861959857240)]
    [InlineData(2, 4.87013736653420163)]
    [InlineData(3, 5.44239132212039544)]
    public void DiscountedExpectedResidualLifetime_MatchesFaderHardie2010(int renewals, double expected)
    {
        Published.DiscountedExpectedResidualLifetime(TenPercent, renewals).Should().BeApproximately(expected, 1e-14);
    }

    [Fact]
    public void DiscountedExpectedResidualLifetime_NoRenewals_IsTheLifetimeAfterTheFirstPayment()
    {
        // DERL(d | 0) = Σₖ S(1 + k) / (1 + d)ᵏ = (DEL(d) − 1)(1 + d).
        var del = Published.DiscountedExpectedLifetime(TenPercent);
        Published.DiscountedExpectedResidualLifetime(TenPercent, 0).Should().BeApproximately((del - 1) * 1.1, 1e-14);
    }

    [Fact]
    public void DiscountedLifetimes_MatchTheirDefiningSums()
    {
        // Brute force: Σₜ S(t) zᵗ over 2000 terms (the tail is below 1e-80 at d = 0.1).
        double del = 0, derl = 0, z = 1 / 1.1, zt = 1;
        var survival = new double[2001];
        survival[0] = 1;
        new SbgModel(Published.Parameters).Survival(survival.AsSpan(1));
        for (var t = 0; t < 2000; t++, zt *= z)
        {
            del += survival[t] * zt;
            if (t + 4 <= 2000)
            {
                derl += survival[t + 4] / survival[3] * zt;
            }
        }

        Published.DiscountedExpectedLifetime(TenPercent).Should().BeApproximately(del, 1e-13);
        Published.DiscountedExpectedResidualLifetime(TenPercent, 3).Should().BeApproximately(derl, 1e-13);
    }

    [Fact]
    public void DiscountedLifetimes_ZeroRate_UseGaussSummation()
    {
        var model = new SbgModel(new SbgParameters(3, 2));

        model.DiscountedExpectedLifetime(DiscountRate.PerPeriod(0)).Should().Be(2);               // (α + β − 1)/(α − 1)
        model.DiscountedExpectedResidualLifetime(DiscountRate.PerPeriod(0), 2).Should().Be(2);   // (β + n)/(α − 1)
        model.DiscountedExpectedLifetime(DiscountRate.PerPeriod(1e-9)).Should().BeApproximately(2, 1e-8);
    }

    [Fact]
    public void DiscountedLifetimes_OutOfDomainRates_Throw()
    {
        var act = () => Published.DiscountedExpectedLifetime(DiscountRate.PerPeriod(0));
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("discountRate must be > 0 when alpha <= 1 (the undiscounted expected lifetime is infinite); was 0 with alpha 0.704. (Parameter 'discountRate')*");

        act = () => Published.DiscountedExpectedResidualLifetime(DiscountRate.PerPeriod(1e-12), 1);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("discountRate must be 0 or at least 1E-09 per period; was 1E-12. (Parameter 'discountRate')*");
    }

    [Fact]
    public void ResidualValue_IsMarginTimesDerl_SummedOverTheCohortTable()
    {
        var margin = new Money(100m, Currency.Pln);

        var one = Published.ResidualValue(margin, TenPercent, 2);
        one.Amount.Should().BeApproximately(487.013736653420m, 1e-9m);
        one.Currency.Should().Be(Currency.Pln);

        // A base of 500 active customers with no renewal yet, 300 with one and 200 with two.
        var table = Published.ResidualValue(margin, TenPercent, [500, 300, 200]);
        var expected = 100 * ((500 * 2.96466214613203151) + (300 * 4.10345861959857240) + (200 * 4.87013736653420163));
        ((double)table.Amount).Should().BeApproximately(expected, 1e-8);

        Published.ResidualValue(margin, TenPercent, []).Should().Be(new Money(0m, Currency.Pln));
        var act = () => Published.ResidualValue(margin, TenPercent, [1, -1]);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("activeCustomersByRenewals must hold finite numbers >= 0; element 1 was -1. (Parameter 'activeCustomersByRenewals')*");
    }

    [Fact]
    public void Retention_IncreasesWithTime_ForAnyParameters()
    {
        Gen.Select(Shape, Shape, Gen.Int[1, 1000]).Sample((alpha, beta, t) =>
        {
            var model = new SbgModel(new SbgParameters(alpha, beta));
            var r = model.Retention(t);
            return r > 0 && r < 1 && model.Retention(t + 1) > r;
        });
    }

    [Fact]
    public void Survival_DecreasesWithTime_ForAnyParameters()
    {
        Gen.Select(Shape, Shape, Gen.Int[0, 200]).Sample((alpha, beta, t) =>
        {
            var model = new SbgModel(new SbgParameters(alpha, beta));
            var s = model.Survival(t);
            var next = model.Survival(t + 1);
            return s <= 1 && next >= 0 && (next < s || s < 1e-300) && Math.Abs(next - (s * model.Retention(t + 1))) <= 1e-12 * s;
        });
    }

    [Fact]
    public void DiscountedExpectedResidualLifetime_IncreasesWithRenewals_ForAnyParameters()
    {
        Gen.Select(Shape, Shape, Gen.Double[0.01, 1], Gen.Int[0, 100]).Sample((alpha, beta, d, n) =>
        {
            var model = new SbgModel(new SbgParameters(alpha, beta));
            var rate = DiscountRate.PerPeriod(d);
            var derl = model.DiscountedExpectedResidualLifetime(rate, n);
            return double.IsFinite(derl) && derl > 0 && model.DiscountedExpectedResidualLifetime(rate, n + 1) > derl;
        });
    }

    [Fact]
    public void DiscountedExpectedLifetime_IsAtLeastOneAndFallsWithTheRate_ForAnyParameters()
    {
        Gen.Select(Shape, Shape, Gen.Double[0.001, 10]).Sample((alpha, beta, d) =>
        {
            var model = new SbgModel(new SbgParameters(alpha, beta));
            var del = model.DiscountedExpectedLifetime(DiscountRate.PerPeriod(d));
            return del >= 1 && del <= (1 + d) / d * (1 + 1e-12) && model.DiscountedExpectedLifetime(DiscountRate.PerPeriod(d * 1.5)) < del;
        });
    }
}
