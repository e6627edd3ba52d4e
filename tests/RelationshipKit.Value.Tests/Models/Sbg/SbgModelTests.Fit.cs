using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.Sbg;

namespace RelationshipKit.Value.Tests.Models.Sbg;

public partial class SbgModelTests
{
    // Fader & Hardie (2007), "How to project customer retention", years 0–7 of the two segments, 1000 customers each;
    // years 8–12 are the holdout the projection should track.
    internal static readonly double[] Regular = [1000, 631, 468, 382, 326, 289, 262, 241];
    internal static readonly double[] HighEnd = [1000, 869, 743, 653, 593, 551, 517, 491];
    internal static readonly double[] RegularHoldout = [223, 207, 194, 183, 173];
    internal static readonly double[] HighEndHoldout = [468, 445, 427, 409, 394];

    [Fact]
    public void Fit_Regular_MatchesFaderHardie2007()
    {
        var fit = SbgModel.Fit(Regular);

        fit.Converged.Should().BeTrue(fit.Message);
        fit.Status.Should().Be(FitStatus.Converged);
        fit["alpha"].Value.Should().BeApproximately(0.704, 0.0005);
        fit["beta"].Value.Should().BeApproximately(1.182, 0.0005);
        fit.LogLikelihood.Should().BeApproximately(-1680.27, 0.005);
        fit.Model.Parameters.Alpha.Should().Be(fit["alpha"].Value);
        fit.Customers.Should().Be(1000);
        fit.ExcludedRows.Should().Be(0);
        fit.Penalizer.Should().Be(0);
        fit.TimeUnit.Should().Be(TimeUnit.Period);
        fit.GradientNorm.Should().BeLessThan(1e-6);
        fit.Iterations.Should().BeInRange(1, 100);
        fit.Message.Should().StartWith("Converged after ");
        fit.Parameters.Select(p => p.Name).Should().Equal("alpha", "beta");
    }

    [Fact]
    public void Fit_HighEnd_MatchesFaderHardie2007()
    {
        var fit = SbgModel.Fit(HighEnd);

        fit.Converged.Should().BeTrue(fit.Message);
        fit["alpha"].Value.Should().BeApproximately(0.668, 0.0005);
        fit["beta"].Value.Should().BeApproximately(3.806, 0.0005);
        fit.LogLikelihood.Should().BeApproximately(-1611.16, 0.005);
    }

    [Fact]
    public void Fit_Regular_StandardErrorsMatchTheObservedInformation()
    {
        var fit = SbgModel.Fit(Regular);

        // Reference: inverse of the numerical Hessian of the log-likelihood at the MLE (scipy, central differences).
        fit["alpha"].StandardError.Should().NotBeNull().And.BeApproximately(0.0656, 0.0005);
        fit["beta"].StandardError.Should().NotBeNull().And.BeApproximately(0.1525, 0.0005);
    }

    [Theory]
    [MemberData(nameof(Segments))]
    public void Fit_Projection_TracksThePapersHoldoutYears(double[] calibration, double[] holdout)
    {
        var model = SbgModel.Fit(calibration).Model;

        for (var i = 0; i < holdout.Length; i++)
        {
            var projected = model.ExpectedSurvivors(1000, 8 + i);
            (Math.Abs(projected - holdout[i]) / holdout[i]).Should().BeLessThan(0.05, $"year {8 + i} projects {projected:F1} against {holdout[i]} observed");
        }
    }

    public static TheoryData<double[], double[]> Segments => new() { { Regular, RegularHoldout }, { HighEnd, HighEndHoldout } };

    [Fact]
    public void Fit_Percentages_GiveTheSameEstimates()
    {
        var counts = SbgModel.Fit(Regular);
        var percentages = SbgModel.Fit(Regular.Select(n => n / 10).ToArray());

        percentages["alpha"].Value.Should().BeApproximately(counts["alpha"].Value, 1e-6);
        percentages["beta"].Value.Should().BeApproximately(counts["beta"].Value, 1e-6);
        percentages.LogLikelihood.Should().BeApproximately(counts.LogLikelihood / 10, 1e-6);
        percentages.Customers.Should().Be(100);
    }

    [Fact]
    public void FitLifetimes_IndividualCustomers_MatchTheSurvivalCurveFit()
    {
        // One row per customer: 369 churned in period 1, 163 in period 2, …, 241 still active after 7 periods.
        var lifetimes = new List<int>();
        var churned = new List<bool>();
        for (var t = 1; t < Regular.Length; t++)
        {
            for (var i = 0; i < Regular[t - 1] - Regular[t]; i++)
            {
                lifetimes.Add(t);
                churned.Add(true);
            }
        }

        for (var i = 0; i < Regular[^1]; i++)
        {
            lifetimes.Add(7);
            churned.Add(false);
        }

        var curve = SbgModel.Fit(Regular);
        var individual = SbgModel.FitLifetimes(lifetimes.ToArray(), churned.ToArray());

        individual.Converged.Should().BeTrue();
        individual.Customers.Should().Be(1000);
        individual["alpha"].Value.Should().BeApproximately(curve["alpha"].Value, 1e-6);
        individual["beta"].Value.Should().BeApproximately(curve["beta"].Value, 1e-6);
        individual.LogLikelihood.Should().BeApproximately(curve.LogLikelihood, 1e-6);
    }

    [Fact]
    public void FitLifetimes_WeightedAndStaggeredCensoring_Converges()
    {
        // Cohorts observed for different lengths: censoring at 3, 5 and 7 periods, with weights; one long-lived row jumps 60 periods.
        int[] lifetimes = [1, 2, 3, 3, 1, 2, 4, 5, 5, 1, 3, 6, 7, 7, 70];
        bool[] churned = [true, true, true, false, true, true, true, true, false, true, true, true, true, false, false];
        double[] weights = [40, 15, 8, 37, 35, 14, 9, 6, 36, 33, 12, 5, 4, 20, 0.5];

        var fit = SbgModel.FitLifetimes(lifetimes, churned, weights);

        fit.Converged.Should().BeTrue(fit.Message);
        fit.Customers.Should().Be(274.5);
        var gradient = new double[2];
        var data = SbgData.FromLifetimes(lifetimes, churned, weights);
        SbgLikelihood.LogLikelihood(data, fit["alpha"].Value, fit["beta"].Value, gradient);
        gradient[0].Should().BeApproximately(0, 1e-4);
        gradient[1].Should().BeApproximately(0, 1e-4);
    }

    [Fact]
    public void FromLifetimes_DenseAndSortedCollapse_Agree()
    {
        int[] lifetimes = [3, 1, 3, 0, 7, 1, 3];
        bool[] churned = [true, true, false, false, true, true, true];
        double[] weights = [1, 2, 3, 4, 5, 6, 0];

        var dense = SbgData.Dense(lifetimes, churned, weights, 7);
        var sorted = SbgData.Sorted(lifetimes, churned, weights);

        dense.Periods.Should().Equal(0, 1, 3, 7).And.Equal(sorted.Periods);
        dense.Churned.Should().Equal(0, 8, 1, 5).And.Equal(sorted.Churned);
        dense.Censored.Should().Equal(4, 0, 3, 0).And.Equal(sorted.Censored);
        SbgData.FromLifetimes([1, 2, 3_000_000], [true, true, false], []).Periods.Should().Equal(1, 2, 3_000_000);
    }

    [Fact]
    public void LogLikelihood_MatchesTheBetaFunctionForm_WithAnalyticGradient()
    {
        // ℓ = Σ w ln P(T = t) + Σ w ln S(t) with P(T = t) = B(α + 1, β + t − 1)/B(α, β), S(t) = B(α, β + t)/B(α, β) (Fader & Hardie 2007, eq. 7).
        int[] lifetimes = [1, 2, 5, 40, 41, 3, 90];
        bool[] churned = [true, true, true, true, false, false, true];
        double[] weights = [3, 2, 1, 1, 4, 2, 1];
        var data = SbgData.FromLifetimes(lifetimes, churned, weights);
        const double Alpha = 0.8, Beta = 2.5;
        static double LogBeta(double a, double b) => RelationshipKit.Value.Numerics.SpecialFunctions.LogBeta(a, b);
        double Reference(double a, double b)
        {
            var ll = 0.0;
            for (var i = 0; i < lifetimes.Length; i++)
            {
                var t = lifetimes[i];
                ll += weights[i] * (churned[i] ? LogBeta(a + 1, b + t - 1) - LogBeta(a, b) : LogBeta(a, b + t) - LogBeta(a, b));
            }

            return ll;
        }

        var gradient = new double[2];
        SbgLikelihood.LogLikelihood(data, Alpha, Beta, gradient).Should().BeApproximately(Reference(Alpha, Beta), 1e-11);
        const double H = 1e-6;
        gradient[0].Should().BeApproximately((Reference(Alpha + H, Beta) - Reference(Alpha - H, Beta)) / (2 * H), 1e-6);
        gradient[1].Should().BeApproximately((Reference(Alpha, Beta + H) - Reference(Alpha, Beta - H)) / (2 * H), 1e-6);
    }

    [Fact]
    public void Fit_NobodyChurns_ReturnsBoundaryEstimateNotNaN()
    {
        var fit = SbgModel.Fit([1000, 1000, 1000]);

        fit.Converged.Should().BeFalse();
        fit.Status.Should().Be(FitStatus.BoundaryEstimate);
        fit.Message.Should().Be("No customer churned: the likelihood keeps rising as retention approaches 1 (alpha -> 0 or beta -> infinity), so the maximum is on the boundary and there is no interior estimate.");
        fit.Parameters.Should().OnlyContain(p => double.IsFinite(p.Value) && p.StandardError == null);
        fit.LogLikelihood.Should().NotBeNull();
        fit.GradientNorm.Should().NotBeNull();
    }

    [Fact]
    public void Fit_EverybodyChurnsInPeriodOne_ReturnsBoundaryEstimateNotNaN()
    {
        var fit = SbgModel.Fit([1000, 0, 0]);

        fit.Converged.Should().BeFalse();
        fit.Status.Should().Be(FitStatus.BoundaryEstimate);
        fit.Message.Should().StartWith("Every customer churned in period 1:");
        fit.Parameters.Should().OnlyContain(p => double.IsFinite(p.Value) && p.StandardError == null);
        fit.LogLikelihood.Should().NotBeNull();
    }

    [Fact]
    public void Fit_ConstantChurn_ReportsTheGeometricBoundary()
    {
        // Half the customers leave every period: no heterogeneity, the sBG supremum is at α, β → ∞.
        var fit = SbgModel.Fit([1000, 500, 250, 125, 62.5]);

        fit.Status.Should().Be(FitStatus.BoundaryEstimate);
        fit.Message.Should().Be("The data show no heterogeneity in churn (the retention rate does not rise over time): the likelihood is highest in the limit alpha, beta -> infinity, the geometric model with a constant churn probability of 0.5 per period, so there is no interior estimate.");
        fit.Parameters.Should().OnlyContain(p => double.IsFinite(p.Value));
    }

    [Fact]
    public void Fit_Penalizer_ShrinksTheEstimates()
    {
        var plain = SbgModel.Fit(Regular);
        var penalized = SbgModel.Fit(Regular, new FitOptions { Penalizer = 0.1 });

        penalized.Converged.Should().BeTrue();
        penalized.Penalizer.Should().Be(0.1);
        penalized["beta"].Value.Should().BeLessThan(plain["beta"].Value);
        penalized.LogLikelihood.Should().BeLessThan(plain.LogLikelihood!.Value);
    }

    [Fact]
    public void Fit_IterationLimit_IsAResult()
    {
        var fit = SbgModel.Fit(Regular, new FitOptions { MaxIterations = 1 });

        fit.Status.Should().Be(FitStatus.IterationLimitReached);
        fit.Message.Should().Be("The iteration limit (1) was reached before the gradient fell below the tolerance.");
        fit.Parameters.Should().OnlyContain(p => double.IsFinite(p.Value));
    }

    [Fact]
    public void Fit_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var act = () => SbgModel.Fit(Regular, cancellationToken: cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Fit_InvalidCurves_AreRejectedNamingTheRow()
    {
        var act = () => SbgModel.Fit([1000, 631]);
        act.Should().Throw<ArgumentException>()
            .WithMessage("survivors must hold the cohort size and at least two periods (3 values or more); was 2 values. (Parameter 'survivors')");

        act = () => SbgModel.Fit([1000, 631, 700]);
        act.Should().Throw<DataRowException>()
            .WithMessage("survivors must never increase; row 3 was 700 after 631. (Parameter 'survivors')*")
            .Which.RowNumber.Should().Be(3);

        act = () => SbgModel.Fit([1000, -1, -2]);
        act.Should().Throw<DataRowException>().WithMessage("survivors must be finite numbers >= 0; row 2 was -1. (Parameter 'survivors')*");

        act = () => SbgModel.Fit([1000, double.NaN, 3]);
        act.Should().Throw<DataRowException>().WithMessage("survivors must be finite numbers >= 0; row 2 was NaN. (Parameter 'survivors')*");

        act = () => SbgModel.Fit([0, 0, 0]);
        act.Should().Throw<DataRowException>().WithMessage("survivors must start with a cohort size > 0; row 1 was 0. (Parameter 'survivors')*");

        act = () => SbgModel.Fit(Regular, new FitOptions { MaxIterations = 0 });
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("MaxIterations must be >= 1; was 0. (Parameter 'options')*");
    }

    [Fact]
    public void FitLifetimes_InvalidData_IsRejected()
    {
        var act = () => SbgModel.FitLifetimes([1, 2], [true]);
        act.Should().Throw<ArgumentException>().WithMessage("churned must have one value per lifetime (2); was 1. (Parameter 'churned')");

        act = () => SbgModel.FitLifetimes([1, 2], [true, true], [1]);
        act.Should().Throw<ArgumentException>().WithMessage("weights must be empty or have one value per lifetime (2); was 1. (Parameter 'weights')");

        act = () => SbgModel.FitLifetimes([1, 0], [true, true]);
        act.Should().Throw<DataRowException>().WithMessage("lifetimes of churned customers must be >= 1 (the period of churn); row 2 was 0. (Parameter 'lifetimes')*");

        act = () => SbgModel.FitLifetimes([1, -1], [true, false]);
        act.Should().Throw<DataRowException>().WithMessage("lifetimes of active customers must be >= 0 (the periods observed); row 2 was -1. (Parameter 'lifetimes')*");

        act = () => SbgModel.FitLifetimes([1, 2], [true, false], [1, -3]);
        act.Should().Throw<DataRowException>().WithMessage("weights must be finite numbers >= 0; row 2 was -3. (Parameter 'weights')*");

        act = () => SbgModel.FitLifetimes([1, 2], [true, false], [0, 0]);
        act.Should().Throw<ArgumentException>().WithMessage("lifetimes must carry a positive total weight; was 0 over 2 rows. (Parameter 'lifetimes')");

        act = () => SbgModel.FitLifetimes([], []);
        act.Should().Throw<ArgumentException>().WithMessage("lifetimes must carry a positive total weight; was 0 over 0 rows. (Parameter 'lifetimes')");

        act = () => SbgModel.FitLifetimes([1, 1], [true, false]);
        act.Should().Throw<ArgumentException>().WithMessage("lifetimes must follow some customers beyond period 1:*(Parameter 'lifetimes')");
    }
}
