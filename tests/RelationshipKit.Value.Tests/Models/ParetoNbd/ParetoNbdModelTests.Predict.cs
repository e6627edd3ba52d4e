using CsCheck;
using RelationshipKit.Value.Models.ParetoNbd;

namespace RelationshipKit.Value.Tests.Models.ParetoNbd;

public partial class ParetoNbdModelTests
{
    [Fact]
    public void ProbabilityAlive_Cdnow_MatchesFaderHardie2005()
    {
        // Issue #5 oracle: P(alive | x=26, t_x=30.86, T=31) = 0.9979 (±0.0005); mpmath quadrature: 0.99791776655190665.
        var model = Cdnow();
        model.ProbabilityAlive(26, 30.86, 31).Should().BeApproximately(0.9979, 0.0005);
        model.ProbabilityAlive(26, 30.86, 31).Should().BeApproximately(0.99791776655190665357, 1e-12);
    }

    [Fact]
    public void ConditionalExpectedPurchases_Cdnow_MatchesFaderHardie2005()
    {
        // Issue #5 oracle: E[X(52) | x=26, t_x=30.86, T=31] = 25.46 (±0.01); mpmath: 25.45491351149972429.
        var model = Cdnow();
        model.ConditionalExpectedPurchases(52, 26, 30.86, 31).Should().BeApproximately(25.46, 0.01);
        model.ConditionalExpectedPurchases(52, 26, 30.86, 31).Should().BeApproximately(25.45491351149972429, 1e-9);
        model.ConditionalExpectedPurchases(39, 2, 30.43, 38.86).Should().BeApproximately(1.4550928438442546534, 1e-10);
        model.ConditionalExpectedPurchases(39, 0, 0, 38.86).Should().BeApproximately(0.10702894636167582377, 1e-12);
        model.ConditionalExpectedPurchases(0, 5, 10, 20).Should().Be(0);
    }

    [Theory]
    // mpmath 1.2.1 at 60 digits: A / (A + s·J) with J from mpmath's hyp2f1 (cross-checked by quadrature).
    [InlineData(0, 0, 38.86, 0.29496148643704223669)]
    [InlineData(2, 30.43, 38.86, 0.86911064396813704579)]
    [InlineData(300, 38.5, 38.86, 0.98442586905028310133)]
    [InlineData(300, 38.86, 38.86, 1.0)]
    [InlineData(1000, 399.999, 400, 0.99999852585871201096)]
    [InlineData(3, 0.5, 50, 0.0065015203292379538501)]
    [InlineData(1, 1e-9, 30, 0.18539706386731303842)]
    [InlineData(150, 2, 40, 1.269423762065781111e-89)]
    public void ProbabilityAlive_HardHistories_MatchesMpmath(double x, double tx, double t, double expected) =>
        Cdnow().ProbabilityAlive(x, tx, t).Should().BeApproximately(expected, 1e-11 * expected);

    [Fact]
    public void ProbabilityAlive_BeyondDoubleRange_IsZeroCleanly()
    {
        // mpmath: 2.96e−649, below the smallest double.
        Cdnow().ProbabilityAlive(500, 10, 400).Should().Be(0);
    }

    [Theory]
    [InlineData(0.5, 100, 0.6, 0.01, 0, 0, 40, 0.0058462903944629380558)]
    [InlineData(0.5, 100, 0.6, 0.01, 5, 3, 40, 0.062821883940151397371)]
    [InlineData(0.5, 0.01, 0.6, 100, 0, 0, 40, 0.6746898757999495248)]
    [InlineData(0.5, 0.01, 0.6, 100, 200, 39, 40, 0.88149602782613699296)]
    [InlineData(2.0, 1e4, 3.0, 1.0, 1, 20, 40, 0.13387944617967183752)]
    [InlineData(0.3, 1.0, 0.2, 5000, 40, 30, 40, 0.28954255632426662292)]
    public void ProbabilityAlive_AlphaAndBetaFarApart_MatchesMpmath(double r, double alpha, double s, double beta, double x, double tx, double t, double expected)
    {
        // Where z = |α − β| / (max + t_x) is near 1 and the series would be slow, J is integrated instead.
        // Reference: mpmath 1.2.1 at 60 digits with hyp2f1.
        var model = new ParetoNbdModel(new ParetoNbdParameters(r, alpha, s, beta), TimeUnit.Week);
        model.ProbabilityAlive(x, tx, t).Should().BeApproximately(expected, 1e-11);
    }

    [Fact]
    public void ExpectedPurchases_Cdnow_MatchesLifetimes()
    {
        // lifetimes 0.11.3 ParetoNBDFitter.expected_number_of_purchases_up_to_time at the oracle parameters.
        var model = Cdnow();
        model.ExpectedPurchases(1).Should().BeApproximately(0.05100453400231705, 1e-13);
        model.ExpectedPurchases(3).Should().BeApproximately(0.14612427222155067, 1e-13);
        model.ExpectedPurchases(32).Should().BeApproximately(1.0560305714331915, 1e-12);
        model.ExpectedPurchases(78).Should().BeApproximately(1.9093659969315107, 1e-12);
        model.ExpectedPurchases(0).Should().Be(0);
    }

    [Fact]
    public void ExpectedPurchases_SEqualsOne_IsTheLogarithmicLimit()
    {
        // At s = 1: E[X(t)] = (r β / α) ln(1 + t/β); and continuous on either side.
        var atOne = new ParetoNbdModel(new ParetoNbdParameters(0.5, 10, 1, 12), TimeUnit.Week);
        atOne.ExpectedPurchases(30).Should().BeApproximately(0.5 * 12 / 10 * Math.Log(1 + (30.0 / 12)), 1e-14);
        var near = new ParetoNbdModel(new ParetoNbdParameters(0.5, 10, 1 + 1e-9, 12), TimeUnit.Week);
        near.ExpectedPurchases(30).Should().BeApproximately(atOne.ExpectedPurchases(30), 1e-8);
        near.ConditionalExpectedPurchases(30, 3, 10, 20).Should().BeApproximately(atOne.ConditionalExpectedPurchases(30, 3, 10, 20), 1e-8);
    }

    [Theory]
    [InlineData(0, 0.61533131555908527505)]
    [InlineData(1, 0.16960855631769635627)]
    [InlineData(2, 0.081833151476512329335)]
    [InlineData(5, 0.0184941555549869832)]
    [InlineData(11, 0.0019076372327307617473)]
    [InlineData(40, 1.5442351483923528924e-7)]
    public void ProbabilityOfPurchases_Cdnow_MatchesMpmathQuadrature(int count, double expected) =>
        Cdnow().ProbabilityOfPurchases(30, count).Should().BeApproximately(expected, 1e-11 * Math.Max(expected, 1e-3));

    [Fact]
    public void ProbabilityOfPurchases_SumsToOneAndMatchesTheMean()
    {
        var model = Cdnow();
        double total = 0, mean = 0;
        for (var n = 0; n <= 400; n++)
        {
            var p = model.ProbabilityOfPurchases(30, n);
            total += p;
            mean += n * p;
        }

        total.Should().BeApproximately(1, 1e-9);
        mean.Should().BeApproximately(model.ExpectedPurchases(30), 1e-7);
        model.ProbabilityOfPurchases(0, 0).Should().Be(1);
        model.ProbabilityOfPurchases(0, 3).Should().Be(0);
    }

    [Fact]
    public void ProbabilityOfPurchases_LargeCounts_MatchesMpmathQuadrature()
    {
        var model = new ParetoNbdModel(new ParetoNbdParameters(2, 3, 0.5, 40), TimeUnit.Day);
        model.ProbabilityOfPurchases(10, 0).Should().BeApproximately(0.073927746846874824238, 1e-13);
        model.ProbabilityOfPurchases(300, 200).Should().BeApproximately(0.0012712692842618363678, 1e-14);
    }

    [Fact]
    public void DiscountedExpectedResidualPurchases_MatchesMpmathQuadrature()
    {
        // FHL 2005 eq. 2 against mpmath: E[λ | data] · P(alive) · E[1/(μ + δ) | data], μ | data ~ Gamma(s, β + T),
        // with δ = ln(1 + d) for the per-week rates d below.
        var model = Cdnow();
        model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0.0026845), 26, 30.86, 31).Should().BeApproximately(86.394141046998167094, 1e-9);
        model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0.0026845), 0, 0, 38.86).Should().BeApproximately(0.4788819490840359929, 1e-12);
        var other = new ParetoNbdModel(new ParetoNbdParameters(0.5, 10, 2.5, 20), TimeUnit.Week);
        other.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0.01), 3, 20, 30).Should().BeApproximately(0.81804853739872182837, 1e-12);
    }

    [Fact]
    public void DiscountedExpectedResidualPurchases_SmallRateWithLongLives_ApproachesExpectedResidualPurchases()
    {
        // For s > 1 and δ → 0, DERT tends to E[λ] P(alive) (β+T)/(s−1), the undiscounted expected residual purchases.
        var model = new ParetoNbdModel(new ParetoNbdParameters(0.5, 10, 2.5, 20), TimeUnit.Week);
        var alive = model.ProbabilityAlive(3, 20, 30);
        var limit = 3.5 / 40 * alive * 50 / 1.5;
        model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(Math.Exp(1e-10) - 1), 3, 20, 30).Should().BeApproximately(limit, 1e-6 * limit);
        model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0), 3, 20, 30).Should().BeApproximately(limit, 1e-12 * limit);
    }

    [Theory]
    [InlineData(0, 0, 38.86, 0.0026845)]
    [InlineData(2, 30.43, 38.86, 0.0026845)]
    [InlineData(26, 30.86, 31, 0.0026845)]
    [InlineData(3, 20, 30, 0.01)]
    [InlineData(1, 1, 39, 0.05)]
    public void DiscountedExpectedResidualPurchases_NumericalIntegral_AgreesWithTheClosedForm(double x, double tx, double t, double ratePerWeek)
    {
        // The numerical evaluation BG/NBD and MBG/NBD use, run on a model that also has the closed form.
        var model = Cdnow();
        var closed = model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(ratePerWeek), x, tx, t);
        var numerical = RelationshipKit.Value.Models.ResidualPurchases.Integrate(model, Math.Log(1 + ratePerWeek), x, tx, t);
        numerical.Should().BeApproximately(closed, 1e-8 * closed);
    }

    [Fact]
    public void ResidualValue_WithGammaGamma_IsMarginTimesSpendTimesDert()
    {
        // The lifetime-value model composes Pareto/NBD's closed-form DERT with Gamma-Gamma spend (FHL 2005).
        var model = Cdnow();
        var spend = new RelationshipKit.Value.Models.GammaGamma.GammaGammaModel(new RelationshipKit.Value.Models.GammaGamma.GammaGammaParameters(6.25, 3.74, 15.44));
        var value = new RelationshipKit.Value.Models.Clv.CustomerLifetimeValueModel(model, spend);
        var options = new RelationshipKit.Value.Models.Clv.CustomerLifetimeValueOptions { DiscountRate = DiscountRate.PerYear(0.15), Margin = 0.3 };

        model.HasResidualPurchasesClosedForm.Should().BeTrue();
        var weekly = DiscountRate.PerPeriod(TimeUnit.Week.PerUnitRate(0.15));
        var expected = 0.3 * spend.ConditionalExpectedAverageSpend(26, 40) * model.DiscountedExpectedResidualPurchases(weekly, 26, 30.86, 31);
        value.ResidualValue(26, 30.86, 31, 40, options).Should().BeApproximately(expected, 1e-9 * expected);
    }

    [Fact]
    public void BatchPredictions_EqualTheScalarOnes()
    {
        var model = Cdnow();
        var data = CdnowData.Summary;
        var alive = new double[data.Count];
        var expected = new double[data.Count];
        var dert = new double[data.Count];
        model.ProbabilityAlive(data, alive);
        model.ConditionalExpectedPurchases(39, data, expected);
        model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(Math.Exp(0.002) - 1), data, dert);
        for (var i = 0; i < data.Count; i += 97)
        {
            alive[i].Should().Be(model.ProbabilityAlive(data.Frequency[i], data.Recency[i], data.T[i]));
            expected[i].Should().Be(model.ConditionalExpectedPurchases(39, data.Frequency[i], data.Recency[i], data.T[i]));
            dert[i].Should().Be(model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(Math.Exp(0.002) - 1), data.Frequency[i], data.Recency[i], data.T[i]));
        }
    }

    [Fact]
    public void BatchPredictions_BadArguments_Throw()
    {
        var model = Cdnow();
        var data = CdnowData.Summary;
        var small = () => model.ProbabilityAlive(data, new double[3]);
        small.Should().Throw<ArgumentException>().WithMessage("destination must have room for every row (2357); had 3. (Parameter 'destination')");
        var unit = () => model.ConditionalExpectedPurchases(10, data.WithTimeUnit(TimeUnit.Day), new double[data.Count]);
        unit.Should().Throw<ArgumentException>().WithMessage("data must be in the model's time unit (week); was day.*");
        var rate = () => model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0), data, new double[data.Count]);
        rate.Should().Throw<ArgumentOutOfRangeException>().WithMessage("discountRate must be > 0: with s 0.6061 <= 1 the expected remaining lifetime is infinite; was 0 per period.*");
        var calendar = () => new RelationshipKit.Value.Models.BgNbd.BgNbdModel(new RelationshipKit.Value.Models.BgNbd.BgNbdParameters(1, 1, 1, 1), TimeUnit.Period).DiscountedExpectedResidualPurchases(DiscountRate.PerYear(0.1), 1, 1, 2);
        calendar.Should().Throw<ArgumentException>().WithMessage("discountRate must be a rate per model period (DiscountRate.PerPeriod) for a model in abstract periods, which have no calendar length; was 0.1 per P1Y. (Parameter 'discountRate')");
        var horizon = () => model.ConditionalExpectedPurchases(-1, data, new double[data.Count]);
        horizon.Should().Throw<ArgumentOutOfRangeException>().WithMessage("horizon must be a finite number >= 0; was -1.*");
    }

    [Theory]
    [InlineData(2.5, 1, 5, "frequency must be a whole number in [0, 1000000000]; was 2.5. (Parameter 'frequency')*")]
    [InlineData(-1, 0, 5, "frequency must be a whole number in [0, 1000000000]; was -1. (Parameter 'frequency')*")]
    [InlineData(2, 6, 5, "recency must be in [0, t]; was 6 with t 5. (Parameter 'recency')*")]
    [InlineData(2, -1, 5, "recency must be in [0, t]; was -1 with t 5. (Parameter 'recency')*")]
    [InlineData(0, 1, 5, "recency must be 0 when frequency is 0; was 1. (Parameter 'recency')*")]
    [InlineData(1, 1, double.NaN, "t must be a number in [0, 1000000000000]; was NaN. (Parameter 't')*")]
    public void ScalarPredictions_InvalidSummary_Throw(double x, double tx, double t, string message)
    {
        var model = Cdnow();
        var alive = () => model.ProbabilityAlive(x, tx, t);
        alive.Should().Throw<ArgumentOutOfRangeException>().WithMessage(message);
        var expected = () => model.ConditionalExpectedPurchases(10, x, tx, t);
        expected.Should().Throw<ArgumentOutOfRangeException>().WithMessage(message);
        var dert = () => model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0.01), x, tx, t);
        dert.Should().Throw<ArgumentOutOfRangeException>().WithMessage(message);
    }

    [Fact]
    public void ScalarPredictions_InvalidOtherArguments_Throw()
    {
        var model = Cdnow();
        var horizon = () => model.ConditionalExpectedPurchases(double.PositiveInfinity, 1, 1, 2);
        horizon.Should().Throw<ArgumentOutOfRangeException>().WithMessage("horizon must be a finite number >= 0; was Infinity.*");
        var t = () => model.ExpectedPurchases(-3);
        t.Should().Throw<ArgumentOutOfRangeException>().WithMessage("t must be a finite number >= 0; was -3.*");
        var count = () => model.ProbabilityOfPurchases(3, -1);
        count.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
        var rate = () => DiscountRate.PerPeriod(double.NaN);
        rate.Should().Throw<ArgumentOutOfRangeException>().WithMessage("rate must be a finite number >= 0; was NaN.*");
    }

    [Fact]
    public void Predictions_ExtremeHistories_AreFiniteAndInRange()
    {
        // Property: for any valid (x, t_x, T) — x up to the thousands, t_x anywhere in [0, T] including T itself,
        // T from 0 to 10,000 — and parameters across six orders of magnitude, nothing is NaN or infinite.
        var parameter = Gen.Double[-3, 3].Select(e => Math.Pow(10, e));
        var history = Gen.Select(Gen.Int[0, 3000], Gen.Double[0, 10_000], Gen.Double[0, 1], Gen.Int[0, 3])
            .Select(h =>
            {
                var (x, t, u, edge) = h;
                var tx = x == 0 ? 0 : edge switch { 0 => t, 1 => t * (1 - 1e-12), _ => t * u };
                return (X: (double)x, Tx: tx, T: t);
            });
        Gen.Select(parameter, parameter, parameter, parameter, history).Sample((r, alpha, s, beta, h) =>
        {
            var model = new ParetoNbdModel(new ParetoNbdParameters(r, alpha, s, beta), TimeUnit.Day);
            var alive = model.ProbabilityAlive(h.X, h.Tx, h.T);
            var expected = model.ConditionalExpectedPurchases(30, h.X, h.Tx, h.T);
            var dert = model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(Math.Exp(0.0003) - 1), h.X, h.Tx, h.T);
            var logLikelihood = model.LogLikelihood(RfmTable.Create([h.X], [h.Tx], [h.T], TimeUnit.Day));
            return alive is >= 0 and <= 1 && double.IsFinite(expected) && expected >= 0
                && double.IsFinite(dert) && dert >= 0 && double.IsFinite(logLikelihood);
        }, iter: 3000);
    }

    [Fact]
    public void ProbabilityAlive_HundredsOfPurchasesCloseToT_IsFiniteAndMonotoneInRecency()
    {
        var model = Cdnow();
        var previous = 0.0;
        foreach (var tx in new[] { 20.0, 30, 35, 38, 38.8, 38.85, 38.859, 38.86 })
        {
            var alive = model.ProbabilityAlive(400, tx, 38.86);
            alive.Should().BeInRange(previous, 1);
            previous = alive;
        }

        previous.Should().Be(1);
    }
}
