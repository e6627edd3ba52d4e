using System.Globalization;
using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.Sbg;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/value/sbg.md, compiled and checked here; the page's tracking table is rebuilt and must match.</summary>
public class SbgSnippets
{
    // Fader & Hardie (2007): customers still active at the start of years 0–12, 1000 acquired in year 0.
    private static readonly double[] RegularAll = [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173];
    private static readonly double[] HighEndAll = [1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394];

    [Fact]
    public void Fit()
    {
        #region sbg-fit
        // Customers still active at the start of years 0..7 (the first value is
        // the cohort size).
        double[] regular = [1000, 631, 468, 382, 326, 289, 262, 241];

        FitResult<SbgModel> fit = SbgModel.Fit(regular);
        // fit.Converged == true; fit.LogLikelihood ≈ -1680.27
        // fit["alpha"].Value ≈ 0.704, fit["beta"].Value ≈ 1.182
        // fit["alpha"].StandardError ≈ 0.066

        SbgModel model = fit.Model;
        var year8 = model.ExpectedSurvivors(1000, 8);
        // ≈ 220.1 (observed: 223)
        #endregion

        fit.Converged.Should().BeTrue();
        fit["alpha"].Value.Should().BeApproximately(0.704, 0.0005);
        fit["beta"].Value.Should().BeApproximately(1.182, 0.0005);
        fit.LogLikelihood.Should().BeApproximately(-1680.27, 0.005);
        fit["alpha"].StandardError!.Value.Should().BeApproximately(0.066, 0.0005);
        Math.Round(year8, 1).Should().Be(220.1);
    }

    [Fact]
    public void Predictions()
    {
        #region sbg-predict
        // The published estimates:
        var model = new SbgModel(new SbgParameters(alpha: 0.704, beta: 1.182));

        var r1 = model.Retention(1);
        // 0.6267: a new cohort renews at 63 %...
        var r8 = model.Retention(8);
        // 0.9208: ...eight-year customers at 92 %
        var s5 = model.Survival(5);
        // 0.2924 of the cohort is still there after 5 years

        var d = DiscountRate.PerPeriod(0.1);
        var del = model.DiscountedExpectedLifetime(d);
        // 3.6951 payments, the first one now
        var derl = model.DiscountedExpectedResidualLifetime(d, renewals: 3);
        // 5.4424 payments still to come
        #endregion

        Math.Round(r1, 4).Should().Be(0.6267);
        Math.Round(r8, 4).Should().Be(0.9208);
        Math.Round(s5, 4).Should().Be(0.2924);
        Math.Round(del, 4).Should().Be(3.6951);
        Math.Round(derl, 4).Should().Be(5.4424);
    }

    [Fact]
    public void ResidualValue()
    {
        #region sbg-residual-value
        var model = new SbgModel(new SbgParameters(0.704, 1.182));
        // Per customer per year:
        var margin = new Money(100m, Currency.Pln);
        var d = DiscountRate.PerPeriod(0.1);

        // Today's base: element n holds the active customers who have renewed
        // n times.
        double[] activeByRenewals = [631, 468, 382, 326];

        var residual = model.ResidualValue(margin, d, activeByRenewals);
        var shown = residual.RoundToMinorUnit();
        // 742573.25 PLN
        #endregion

        var expected = 0.0;
        for (var n = 0; n < activeByRenewals.Length; n++)
        {
            expected += activeByRenewals[n] * 100 * model.DiscountedExpectedResidualLifetime(d, n);
        }

        ((double)residual.Amount).Should().BeApproximately(expected, 0.01);
        shown.Should().Be(new Money(742_573.25m, Currency.Pln));
    }

    [Fact]
    public void Boundary()
    {
        #region sbg-boundary
        // Nobody churned:
        var fit = SbgModel.Fit([1000, 1000, 1000]);
        // fit.Converged == false, fit.Status == FitStatus.BoundaryEstimate
        // fit.Message: "No customer churned: the likelihood keeps rising as
        // retention approaches 1 ..."
        #endregion

        fit.Converged.Should().BeFalse();
        fit.Status.Should().Be(FitStatus.BoundaryEstimate);
        fit.Message.Should().StartWith("No customer churned: the likelihood keeps rising as retention approaches 1");
    }

    [Fact]
    public void TrackingTable_MatchesThePage()
    {
        var regular = SbgModel.Fit(RegularAll.AsSpan(0, 8)).Model;
        var highEnd = SbgModel.Fit(HighEndAll.AsSpan(0, 8)).Model;
        var page = File.ReadAllText(Path.Combine(ReadmeTests.RepoRoot(), "docs", "value", "sbg.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        for (var year = 1; year <= 12; year++)
        {
            var label = year >= 8 ? $"{year} (holdout)" : year.ToString(CultureInfo.InvariantCulture);
            var row = $"| {label} | {RegularAll[year]} | {F1(regular.ExpectedSurvivors(1000, year))} | {Pct(regular.ExpectedSurvivors(1000, year), RegularAll[year])} " +
                $"| {HighEndAll[year]} | {F1(highEnd.ExpectedSurvivors(1000, year))} | {Pct(highEnd.ExpectedSurvivors(1000, year), HighEndAll[year])} |";
            page.Should().Contain(row);
        }
    }

    private static string F1(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Pct(double model, double actual) => ((model - actual) / actual * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %";
}
