using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.ParetoNbd;

namespace RelationshipKit.Value.Tests.Models.ParetoNbd;

public partial class ParetoNbdModelTests
{
    [Fact]
    public void Fit_Cdnow_MatchesFaderHardie2005()
    {
        // Fader & Hardie (2005) note / issue #5: r 0.553, α 10.578, s 0.606, β 11.668, LL −9594.97 (±0.01);
        // parameters to the printed digits ±5 in the next digit.
        var fit = ParetoNbdModel.Fit(CdnowData.Summary);

        fit.Converged.Should().BeTrue(fit.Message);
        fit["r"].Value.Should().BeApproximately(0.553, 0.0005);
        fit["alpha"].Value.Should().BeApproximately(10.578, 0.0005);
        fit["s"].Value.Should().BeApproximately(0.606, 0.0005);
        fit["beta"].Value.Should().BeApproximately(11.668, 0.0005);
        fit.LogLikelihood.Should().BeApproximately(-9594.97, 0.01);
        fit.Customers.Should().Be(2357);
        fit.ExcludedRows.Should().Be(0);
        fit.TimeUnit.Should().Be(TimeUnit.Week);
        fit.Model.Name.Should().Be("paretonbd");
        fit.Parameters.Select(p => p.Name).Should().Equal("r", "alpha", "s", "beta");
        fit.Parameters.Should().OnlyContain(p => p.StandardError > 0);
        fit.GradientNorm.Should().BeLessThan(1e-6);
        fit.Message.Should().StartWith("Converged after ");
    }

    [Fact]
    public void Fit_Cdnow_BeatsTheLifetimesLogLikelihood()
    {
        // lifetimes 0.11.3 ParetoNBDFitter.fit stops at r 0.553256, α 10.577319, s 0.606216, β 11.668005;
        // our optimum must be at least as good (issue #5: "the peer's Nelder–Mead stops short of the optimum").
        var fit = ParetoNbdModel.Fit(CdnowData.Summary);
        var peer = new ParetoNbdModel(new ParetoNbdParameters(0.5532556960723234, 10.577319205278645, 0.6062159666834983, 11.66800466125404), TimeUnit.Week);
        fit.LogLikelihood.Should().BeGreaterThanOrEqualTo(peer.LogLikelihood(CdnowData.Summary));
        fit.LogLikelihood.Should().BeApproximately(-9594.973929827, 1e-6, "mpmath quadrature of the likelihood at the optimum gives −9594.973929827");
    }

    [Fact]
    public void Fit_DaysInsteadOfWeeks_ScalesAlphaAndBetaBySevenAndKeepsPAlive()
    {
        var weeks = ParetoNbdModel.Fit(CdnowData.Summary);
        var days = ParetoNbdModel.Fit(CdnowData.Summary.WithTimeUnit(TimeUnit.Day));

        days.Converged.Should().BeTrue(days.Message);
        days.TimeUnit.Should().Be(TimeUnit.Day);
        days["r"].Value.Should().BeApproximately(weeks["r"].Value, 1e-5);
        days["s"].Value.Should().BeApproximately(weeks["s"].Value, 1e-5);
        days["alpha"].Value.Should().BeApproximately(7 * weeks["alpha"].Value, 1e-3);
        days["beta"].Value.Should().BeApproximately(7 * weeks["beta"].Value, 1e-2);
        days.Model.ProbabilityAlive(2, 30.43 * 7, 38.86 * 7).Should().BeApproximately(weeks.Model.ProbabilityAlive(2, 30.43, 38.86), 1e-7);

        // The density of a time changes with its unit: ln L(days) = ln L(weeks) − Σ x ln 7.
        var repeatPurchases = 0.0;
        foreach (var x in CdnowData.Summary.Frequency)
        {
            repeatPurchases += x;
        }

        days.LogLikelihood.Should().BeApproximately(weeks.LogLikelihood!.Value - (repeatPurchases * Math.Log(7)), 1e-6);
    }

    [Fact]
    public void Fit_WeightedRows_EqualsTheExpandedTable()
    {
        var weighted = RfmTable.Create([0, 1, 4, 2], [0, 5, 20, 12], [30, 30, 31, 25], TimeUnit.Week, [40, 25, 10, 25]);
        var expanded = RfmTable.Create(
            [.. Enumerable.Repeat(0.0, 40), .. Enumerable.Repeat(1.0, 25), .. Enumerable.Repeat(4.0, 10), .. Enumerable.Repeat(2.0, 25)],
            [.. Enumerable.Repeat(0.0, 40), .. Enumerable.Repeat(5.0, 25), .. Enumerable.Repeat(20.0, 10), .. Enumerable.Repeat(12.0, 25)],
            [.. Enumerable.Repeat(30.0, 40), .. Enumerable.Repeat(30.0, 25), .. Enumerable.Repeat(31.0, 10), .. Enumerable.Repeat(25.0, 25)],
            TimeUnit.Week);

        var a = ParetoNbdModel.Fit(weighted);
        var b = ParetoNbdModel.Fit(expanded);

        a.Customers.Should().Be(100);
        a.LogLikelihood.Should().BeApproximately(b.LogLikelihood, 1e-9);
        a.Model.Parameters.R.Should().BeApproximately(b.Model.Parameters.R, 1e-9);
    }

    [Fact]
    public void Fit_Penalizer_ShrinksTheEstimates()
    {
        var plain = ParetoNbdModel.Fit(CdnowData.Summary);
        var penalised = ParetoNbdModel.Fit(CdnowData.Summary, new FitOptions { Penalizer = 0.1 });

        penalised.Penalizer.Should().Be(0.1);
        penalised.Model.Parameters.Beta.Should().BeLessThan(plain.Model.Parameters.Beta);
        penalised.LogLikelihood.Should().BeLessThan(plain.LogLikelihood!.Value);
    }

    [Fact]
    public void Fit_NobodyRepeats_PredictsAlmostNothingWithoutNaN()
    {
        // With no repeat purchase at all, the likelihood rises as purchase rates go to 0: no interior maximum.
        var data = RfmTable.Create([0, 0, 0], [0, 0, 0], [10, 20, 30], TimeUnit.Week, [5, 5, 5]);
        var fit = ParetoNbdModel.Fit(data, new FitOptions { MaxIterations = 500 });

        // The optimiser either stops on the boundary or where the gradient has flattened out; either way the
        // answer is "(almost) no purchases", and nothing is NaN.
        fit.Message.Should().NotBeEmpty();
        fit.LogLikelihood.Should().BeInRange(-1, 0);
        fit.Parameters.Should().OnlyContain(p => double.IsFinite(p.Value));
        fit.Model.ExpectedPurchases(30).Should().BeLessThan(0.05);
    }

    [Fact]
    public void Fit_IterationLimit_ReportsIt()
    {
        var fit = ParetoNbdModel.Fit(CdnowData.Summary, new FitOptions { MaxIterations = 2 });
        fit.Status.Should().Be(FitStatus.IterationLimitReached);
        fit.Converged.Should().BeFalse();
        fit.Message.Should().StartWith("Stopped at the iteration limit (2)");
    }

    [Fact]
    public void Fit_Cancelled_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var act = () => ParetoNbdModel.Fit(CdnowData.Summary, null, source.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Fit_BadArguments_Throw()
    {
        var nullData = () => ParetoNbdModel.Fit(null!);
        nullData.Should().Throw<ArgumentNullException>().WithParameterName("data");

        var empty = () => ParetoNbdModel.Fit(RfmTable.Create([], [], [], TimeUnit.Week));
        empty.Should().Throw<ArgumentException>().WithMessage("data must have at least one row; was empty. (Parameter 'data')");

        var zeroT = () => ParetoNbdModel.Fit(RfmTable.Create([0], [0], [0], TimeUnit.Week));
        zeroT.Should().Throw<ArgumentException>().WithMessage("data must have T > 0 in at least one row; every T was 0. (Parameter 'data')");

        var options = () => ParetoNbdModel.Fit(CdnowData.Summary, new FitOptions { Penalizer = -1 });
        options.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Penalizer must be a finite number >= 0; was -1.*");
    }

    [Fact]
    public void LogLikelihood_SingleRows_MatchesMpmath()
    {
        // mpmath 1.2.1 at 60 digits (J from hyp2f1, cross-checked by quadrature), r 0.5534, α 10.5802, s 0.6061, β 11.6562.
        var model = Cdnow();
        Row(model, 26, 30.86, 31).Should().BeApproximately(-39.132127883506136426, 1e-10);
        Row(model, 0, 0, 38.86).Should().BeApproximately(-0.52112919597328549014, 1e-12);
        Row(model, 300, 38.5, 38.86).Should().BeApproximately(239.92847547591850276, 1e-9);
        Row(model, 500, 10, 400).Should().BeApproximately(1088.403799393304146, 1e-9);
        Row(model, 1000, 399.999, 400).Should().BeApproximately(-113.18739595799765831, 1e-8);

        static double Row(ParetoNbdModel model, double x, double tx, double t) =>
            model.LogLikelihood(RfmTable.Create([x], [tx], [t], TimeUnit.Week));
    }

    [Fact]
    public void LogLikelihood_WrongUnit_Throws()
    {
        var act = () => Cdnow().LogLikelihood(CdnowData.Summary.WithTimeUnit(TimeUnit.Day));
        act.Should().Throw<ArgumentException>().WithMessage("data must be in the model's time unit (week); was day. Convert it with WithTimeUnit. (Parameter 'data')");
    }
}
