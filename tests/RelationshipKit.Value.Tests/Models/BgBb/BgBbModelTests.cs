using CsCheck;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.BgBb;

namespace RelationshipKit.Value.Tests.Models.BgBb;

public partial class BgBbModelTests
{
    /// <summary>The donations fit as lifetimes 0.11.3 reports it (used for the prediction oracles).</summary>
    private static BgBbModel Donations() => new(new BgBbParameters(1.203522393608002, 0.7497163581757513, 0.6567181695499895, 2.783441982887859));

    [Fact]
    public void Fit_Donations_MatchesFaderHardieShang2010()
    {
        // FHS 2010 / issue #5: α 1.204, β 0.750, γ 0.657, δ 2.783, LL −33225.58 (±0.01), weighted rows.
        var fit = BgBbModel.Fit(DonationsData.Table);

        fit.Converged.Should().BeTrue(fit.Message);
        fit["alpha"].Value.Should().BeApproximately(1.204, 0.0005);
        fit["beta"].Value.Should().BeApproximately(0.750, 0.0005);
        fit["gamma"].Value.Should().BeApproximately(0.657, 0.0005);
        fit["delta"].Value.Should().BeApproximately(2.783, 0.0005);
        fit.LogLikelihood.Should().BeApproximately(-33225.58, 0.01);
        fit.LogLikelihood.Should().BeApproximately(-33225.581274347, 1e-6, "mpmath at 30 digits gives −33225.581274347 at the optimum");
        fit.Customers.Should().Be(11104);
        fit.TimeUnit.Should().Be(TimeUnit.Period);
        fit.Parameters.Select(p => p.Name).Should().Equal("alpha", "beta", "gamma", "delta");
        fit.Parameters.Should().OnlyContain(p => p.StandardError > 0);
        fit.Model.Name.Should().Be("bgbb");
        fit.Model.TimeUnit.Should().Be(TimeUnit.Period);
    }

    [Fact]
    public void ProbabilityAlive_Donations_MatchesFaderHardieShang2010()
    {
        // Issue #5: P(alive at opportunity 7 | n = 6) for (0,0), (2,4), (6,6) = 0.11, 0.59, 0.93 (±0.005);
        // mpmath at 30 digits: 0.108133275, 0.589657189, 0.930433578.
        var model = Donations();
        model.ProbabilityAlive(0, 0, 6).Should().BeApproximately(0.11, 0.005);
        model.ProbabilityAlive(2, 4, 6).Should().BeApproximately(0.59, 0.005);
        model.ProbabilityAlive(6, 6, 6).Should().BeApproximately(0.93, 0.005);
        model.ProbabilityAlive(0, 0, 6).Should().BeApproximately(0.10813327510958769192, 1e-13);
        model.ProbabilityAlive(2, 4, 6).Should().BeApproximately(0.58965718907941807851, 1e-13);
        model.ProbabilityAlive(6, 6, 6).Should().BeApproximately(0.93043357750870390676, 1e-13);
        model.ProbabilityAlive(3, 5, 6).Should().BeApproximately(0.76682600011522829013, 1e-13);
        model.ProbabilityAlive(0, 0, 0).Should().BeApproximately(2.783441982887859 / (0.6567181695499895 + 2.783441982887859), 1e-14);
    }

    [Fact]
    public void ConditionalExpectedPurchases_Donations_MatchesFaderHardieShang2010()
    {
        // Issue #5: Σ weight × E[purchases in the next 5 opportunities] = 12 884.2 (±1.5); mpmath: 12884.15696375016.
        var model = Donations();
        var data = DonationsData.Table;
        var expected = new double[data.Count];
        model.ConditionalExpectedPurchases(5, data, expected);
        var total = 0.0;
        for (var i = 0; i < data.Count; i++)
        {
            total += data.Weight[i] * expected[i];
        }

        total.Should().BeApproximately(12884.2, 1.5);
        total.Should().BeApproximately(12884.156963750161501, 1e-8);
        model.ConditionalExpectedPurchases(5, 0, 0, 6).Should().BeApproximately(0.072863338940849613419, 1e-14);
        model.ConditionalExpectedPurchases(5, 2, 4, 6).Should().BeApproximately(1.0576035461106454807, 1e-13);
        model.ConditionalExpectedPurchases(5, 6, 6, 6).Should().BeApproximately(3.7525442466076623922, 1e-13);
        model.ConditionalExpectedPurchases(0, 6, 6, 6).Should().Be(0);
    }

    [Fact]
    public void ExpectedPurchases_Donations_MatchesMpmath()
    {
        var model = Donations();
        model.ExpectedPurchases(6).Should().BeApproximately(2.2201693636764072912, 1e-13);
        model.ExpectedPurchases(100).Should().BeApproximately(11.59841277845254056, 1e-12);
        model.ExpectedPurchases(0).Should().Be(0);
    }

    [Theory]
    [InlineData(0, 0.31113850679173445345)]
    [InlineData(1, 0.17008774700618168072)]
    [InlineData(2, 0.12147715511258640934)]
    [InlineData(3, 0.10026823966871802024)]
    [InlineData(4, 0.091671687009296447563)]
    [InlineData(5, 0.092504147067184991295)]
    [InlineData(6, 0.11285251734429799738)]
    public void ProbabilityOfPurchases_Donations_MatchesMpmathAndLifetimes(int count, double expected)
    {
        // mpmath at 30 digits; × 11,104 these are lifetimes' expected_number_of_transactions_in_first_n_periods(6)
        // (3454.88, 1888.65, 1348.88, 1113.38, 1017.92, 1027.17, 1253.11).
        Donations().ProbabilityOfPurchases(6, count).Should().BeApproximately(expected, 1e-14);
    }

    [Fact]
    public void ProbabilityOfPurchases_SumsToOneAndMatchesTheMean()
    {
        var model = Donations();
        model.ProbabilityOfPurchases(50, 20).Should().BeApproximately(0.0066635056515884575203, 1e-15);
        model.ProbabilityOfPurchases(200, 3).Should().BeApproximately(0.059377857155692980409, 1e-14);
        model.ProbabilityOfPurchases(6, 7).Should().Be(0);
        double total = 0, mean = 0;
        for (var x = 0; x <= 300; x++)
        {
            var p = model.ProbabilityOfPurchases(300, x);
            total += p;
            mean += x * p;
        }

        total.Should().BeApproximately(1, 1e-12);
        mean.Should().BeApproximately(model.ExpectedPurchases(300), 1e-10);
    }

    [Fact]
    public void DiscountedExpectedResidualPurchases_Donations_MatchesMpmath()
    {
        // FHS 2010 eq. 14 against mpmath's nsum of Σ_k E[purchase at n+k] / 1.1^k.
        var model = Donations();
        model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0.1), 0, 0, 6).Should().BeApproximately(0.11475271330778564845, 1e-14);
        model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0.1), 2, 4, 6).Should().BeApproximately(1.665623320098666129, 1e-13);
        model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0.1), 6, 6, 6).Should().BeApproximately(5.9098943359612178216, 1e-13);

        // A rate of 0.01 % per opportunity, beyond the series: the integral over θ takes over. mpmath's hyp2f1 and
        // its quadrature of the same integral agree on 205.548268026702883807.
        model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0.0001), 6, 6, 6).Should().BeApproximately(205.548268026702883807, 1e-9);
    }

    [Fact]
    public void ConditionalExpectedPurchases_LongHorizons_AreContinuousAcrossTheClosedForm()
    {
        // Up to 100,000 opportunities the survival sum is added term by term; beyond, the telescoped closed form
        // (or its γ = 1 limit) takes over: one more opportunity adds at most one small term.
        foreach (var gamma in new[] { 0.7, 1.0, 1.0 + 1e-12, 1.3 })
        {
            var model = new BgBbModel(new BgBbParameters(1.2, 0.75, gamma, 2.8));
            var before = model.ConditionalExpectedPurchases(99_999, 2, 4, 6);
            var direct = model.ConditionalExpectedPurchases(100_000, 2, 4, 6);
            var closed = model.ConditionalExpectedPurchases(100_001, 2, 4, 6);
            var lastTerm = direct - before;
            (closed - direct).Should().BeApproximately(lastTerm, 1e-3 * lastTerm, $"gamma {gamma}");
            double.IsFinite(model.ConditionalExpectedPurchases(int.MaxValue, 2, 4, 6)).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData(0.7, 229.92808585618337633)]
    [InlineData(1.0, 21.564786031590078767)]
    [InlineData(1.00000001, 21.564784670557468265)]
    [InlineData(1.03, 17.936793262610420518)]
    [InlineData(1.3, 5.1922957579690732226)]
    [InlineData(2.5, 0.66692369833699846929)]
    public void ConditionalExpectedPurchases_MillionOpportunities_MatchesMpmathClosedForm(double gamma, double expected)
    {
        // FHS 2010 eq. 13 in closed form at 60 digits (its γ = 1 limit for γ = 1); α 1.2, β 0.75, δ 2.8, (x, t_x, n) = (2, 4, 6).
        // Beyond 100,000 opportunities we use the closed form too; ln Γ near 1e6 (≈ 1.3e7) limits it to about 1e−9.
        var model = new BgBbModel(new BgBbParameters(1.2, 0.75, gamma, 2.8));
        model.ConditionalExpectedPurchases(1_000_000, 2, 4, 6).Should().BeApproximately(expected, 5e-9 * expected);
    }

    [Theory]
    [InlineData(2.5, 6, 1, "recency must be a whole number of opportunities for BG/BB; row 2 was 2.5. (Parameter 'data')*", "recency")]
    [InlineData(2, 6.5, 1, "T (opportunities n) must be a whole number for BG/BB; row 2 was 6.5. (Parameter 'data')*", "T")]
    [InlineData(3, 6, 4, "frequency must not exceed recency (at most one purchase per opportunity); row 2 was 4 with recency 3. (Parameter 'data')*", "frequency")]
    public void Fit_InvalidRow_ThrowsNamingTheRow(double tx, double n, double x, string message, string column)
    {
        var data = RfmTable.Create([1, x], [1, tx], [6, n], TimeUnit.Period);
        var act = () => BgBbModel.Fit(data);
        act.Should().Throw<DataRowException>().WithMessage(message).Where(e => e.RowNumber == 2 && e.ColumnName == column);
        var predict = () => Donations().ProbabilityAlive(data, new double[2]);
        predict.Should().Throw<DataRowException>().Where(e => e.RowNumber == 2);
    }

    [Fact]
    public void Fit_BadArguments_Throw()
    {
        var nullData = () => BgBbModel.Fit(null!);
        nullData.Should().Throw<ArgumentNullException>().WithParameterName("data");
        var weeks = () => BgBbModel.Fit(RfmTable.Create([1], [2], [6], TimeUnit.Week));
        weeks.Should().Throw<ArgumentException>().WithMessage("data must be in periods (TimeUnit.Period), with T holding the number of opportunities n; was week. (Parameter 'data')");
        var empty = () => BgBbModel.Fit(RfmTable.Create([], [], [], TimeUnit.Period));
        empty.Should().Throw<ArgumentException>().WithMessage("data must have at least one row; was empty. (Parameter 'data')");
        var options = () => BgBbModel.Fit(DonationsData.Table, new FitOptions { MaxIterations = 0 });
        options.Should().Throw<ArgumentOutOfRangeException>().WithMessage("MaxIterations must be >= 1; was 0.*");
    }

    [Fact]
    public void Fit_UnweightedExpansion_EqualsTheWeightedFit()
    {
        var weighted = RfmTable.Create([0, 1, 2, 3], [0, 2, 5, 4], [6, 6, 6, 5], TimeUnit.Period, [30, 20, 15, 35]);
        var x = new List<double>();
        var tx = new List<double>();
        var n = new List<double>();
        for (var i = 0; i < weighted.Count; i++)
        {
            for (var k = 0; k < weighted.Weight[i]; k++)
            {
                x.Add(weighted.Frequency[i]);
                tx.Add(weighted.Recency[i]);
                n.Add(weighted.T[i]);
            }
        }

        var a = BgBbModel.Fit(weighted);
        var b = BgBbModel.Fit(RfmTable.Create([.. x], [.. tx], [.. n], TimeUnit.Period));
        a.LogLikelihood.Should().BeApproximately(b.LogLikelihood, 1e-9);
        a.Model.Parameters.Alpha.Should().BeApproximately(b.Model.Parameters.Alpha, 1e-8);
    }

    [Theory]
    [InlineData(-1, 0, 6, "frequency must be >= 0; was -1. (Parameter 'frequency')*")]
    [InlineData(0, 0, -6, "opportunities must be >= 0; was -6. (Parameter 'opportunities')*")]
    [InlineData(2, 7, 6, "recency must be in [0, opportunities]; was 7 with opportunities 6. (Parameter 'recency')*")]
    [InlineData(3, 2, 6, "frequency must not exceed recency (at most one purchase per opportunity); was 3 with recency 2. (Parameter 'frequency')*")]
    public void ScalarPredictions_ImpossibleHistory_Throw(int x, int tx, int n, string message)
    {
        var model = Donations();
        var alive = () => model.ProbabilityAlive(x, tx, n);
        alive.Should().Throw<ArgumentOutOfRangeException>().WithMessage(message);
        var expected = () => model.ConditionalExpectedPurchases(3, x, tx, n);
        expected.Should().Throw<ArgumentOutOfRangeException>().WithMessage(message);
        var dert = () => model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0.1), x, tx, n);
        dert.Should().Throw<ArgumentOutOfRangeException>().WithMessage(message);
    }

    [Fact]
    public void Predictions_OtherBadArguments_Throw()
    {
        var model = Donations();
        var horizon = () => model.ConditionalExpectedPurchases(-1, 1, 1, 6);
        horizon.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("horizon");
        var rate = () => model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0), 1, 1, 6);
        rate.Should().Throw<ArgumentOutOfRangeException>().WithMessage("discountRate must be > 0 (the residual purchases sum over the whole remaining lifetime); was 0 per period.*");
        var calendar = () => model.DiscountedExpectedResidualPurchases(DiscountRate.PerYear(0.1), 1, 1, 6);
        calendar.Should().Throw<ArgumentException>().WithMessage("discountRate must be a rate per model period (DiscountRate.PerPeriod) for a model in abstract periods, which have no calendar length; was 0.1 per P1Y.*");
        var count = () => model.ProbabilityOfPurchases(6, -1);
        count.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
        var small = () => model.ProbabilityAlive(DonationsData.Table, new double[3]);
        small.Should().Throw<ArgumentException>().WithMessage("destination must have room for every row (22); had 3. (Parameter 'destination')");
        var defaults = () => new BgBbModel(default);
        defaults.Should().Throw<ArgumentException>().WithMessage("parameters must have every value > 0; was the default value. (Parameter 'parameters')");
    }

    [Fact]
    public void BatchPredictions_EqualTheScalarOnes()
    {
        var model = Donations();
        var data = DonationsData.Table;
        var alive = new double[data.Count];
        var dert = new double[data.Count];
        model.ProbabilityAlive(data, alive);
        model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0.1), data, dert);
        for (var i = 0; i < data.Count; i++)
        {
            var (x, tx, n) = ((int)data.Frequency[i], (int)data.Recency[i], (int)data.T[i]);
            alive[i].Should().Be(model.ProbabilityAlive(x, tx, n));
            dert[i].Should().Be(model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0.1), x, tx, n));
        }
    }

    [Fact]
    public void Predictions_ExtremeHistories_AreFiniteAndInRange()
    {
        // Property: any valid history up to 5,000 opportunities, parameters across six orders of magnitude.
        var parameter = Gen.Double[-3, 3].Select(e => Math.Pow(10, e));
        var history = Gen.Int[0, 5000].SelectMany(n => Gen.Int[0, n].SelectMany(tx => Gen.Int[tx == 0 ? 0 : 1, tx].Select(x => (X: x, Tx: x == 0 ? 0 : tx, N: n))));
        Gen.Select(parameter, parameter, parameter, parameter, history).Sample((a, b, g, d, h) =>
        {
            var model = new BgBbModel(new BgBbParameters(a, b, g, d));
            var alive = model.ProbabilityAlive(h.X, h.Tx, h.N);
            var expected = model.ConditionalExpectedPurchases(10, h.X, h.Tx, h.N);
            var dert = model.DiscountedExpectedResidualPurchases(DiscountRate.PerPeriod(0.05), h.X, h.Tx, h.N);
            var probability = model.ProbabilityOfPurchases(h.N, h.X);
            var logLikelihood = model.LogLikelihood(RfmTable.Create([h.X], [h.Tx], [h.N], TimeUnit.Period));
            return alive is >= 0 and <= 1 && expected is >= 0 and <= 10 && double.IsFinite(dert) && dert >= 0
                && probability is >= 0 and <= 1 && double.IsFinite(logLikelihood) && logLikelihood <= 1e-12;
        }, iter: 2000);
    }
}
