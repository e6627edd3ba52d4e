using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Value.Tests.Fitting;

public class MaximumLikelihoodTests
{
    // Gamma(shape k, rate λ) sample statistics: mean of x and of ln x, for n = 1 (mean objective).
    private const double MeanX = 2.0;
    private const double MeanLogX = 0.5;

    /// <summary>Mean negative log-likelihood of a gamma distribution with shape k and rate λ, given mean x and mean ln x.</summary>
    private static double GammaObjective(ReadOnlySpan<double> p, Span<double> g)
    {
        var k = p[0];
        var lambda = p[1];
        var value = -((k * Math.Log(lambda)) - RelationshipKit.Value.Numerics.SpecialFunctions.LogGamma(k) + ((k - 1) * MeanLogX) - (lambda * MeanX));
        g[0] = -(Math.Log(lambda) - RelationshipKit.Value.Numerics.SpecialFunctions.Digamma(k) + MeanLogX);
        g[1] = -((k / lambda) - MeanX);
        return value;
    }

    [Fact]
    public void Fit_GammaLikelihood_FindsTheStationaryPoint()
    {
        var outcome = MaximumLikelihood.Fit(GammaObjective, [1.0, 1.0], [1.0, 1.0], 100, new FitOptions(), CancellationToken.None);
        outcome.Status.Should().Be(FitStatus.Converged);
        var k = outcome.Parameters[0];
        var lambda = outcome.Parameters[1];
        // At the MLE λ = k / mean(x) and ln k − ψ(k) = ln mean(x) − mean(ln x).
        lambda.Should().BeApproximately(k / MeanX, 1e-7);
        (Math.Log(k) - RelationshipKit.Value.Numerics.SpecialFunctions.Digamma(k)).Should().BeApproximately(Math.Log(MeanX) - MeanLogX, 1e-7);
        outcome.StandardErrors.Should().NotBeNull().And.OnlyContain(se => se > 0 && double.IsFinite(se));
        outcome.Iterations.Should().BeInRange(1, 100);
    }

    [Fact]
    public void Fit_ObjectiveNoiseAboveTolerance_ConvergesToRoundingInsteadOfWandering()
    {
        // The gamma objective plus deterministic noise of 1e-13: with a gradient tolerance of 1e-12 the gradient can
        // never get small enough, and before the fix BFGS wandered at the noise floor until the iteration limit.
        static double Noisy(ReadOnlySpan<double> p, Span<double> g) => GammaObjective(p, g) + (1e-13 * Math.Cos(1e9 * p[0]));

        var outcome = MaximumLikelihood.Fit(Noisy, [1.0, 1.0], [1.0, 1.0], 100, new FitOptions { GradientTolerance = 1e-12 }, CancellationToken.None);

        outcome.Status.Should().Be(FitStatus.Converged);
        outcome.Iterations.Should().BeLessThan(100);
        var k = outcome.Parameters[0];
        outcome.Parameters[1].Should().BeApproximately(k / MeanX, 1e-5);
    }

    [Fact]
    public void Fit_UnboundedLikelihood_ReportsBoundary()
    {
        // f(θ) = 1/θ decreases forever as θ grows: the "maximum" is at infinity.
        static double Unbounded(ReadOnlySpan<double> p, Span<double> g)
        {
            g[0] = -1 / (p[0] * p[0]);
            return 1 / p[0];
        }

        var outcome = MaximumLikelihood.Fit(Unbounded, [1.0], [1.0], 1, new FitOptions { MaxIterations = 10_000 }, CancellationToken.None);
        outcome.Status.Should().BeOneOf(FitStatus.BoundaryEstimate, FitStatus.Converged);
        outcome.Parameters[0].Should().BeGreaterThan(1e6);
        double.IsFinite(outcome.MeanNegativeLogLikelihood).Should().BeTrue();
    }

    [Fact]
    public void InvertSymmetricPositiveDefinite_InvertsAndRejectsIndefinite()
    {
        var inverse = MaximumLikelihood.InvertSymmetricPositiveDefinite([[4, 2], [2, 3]]);
        inverse.Should().NotBeNull();
        inverse![0][0].Should().BeApproximately(3.0 / 8, 1e-15);
        inverse[0][1].Should().BeApproximately(-2.0 / 8, 1e-15);
        inverse[1][1].Should().BeApproximately(4.0 / 8, 1e-15);
        MaximumLikelihood.InvertSymmetricPositiveDefinite([[1, 2], [2, 1]]).Should().BeNull();
    }

    [Fact]
    public void FitOptions_Validate_NamesTheProperty()
    {
        var act = () => new FitOptions { Penalizer = -1 }.Validate("options");
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("Penalizer must be a finite number >= 0; was -1. (Parameter 'options')*");
        act = () => new FitOptions { MaxIterations = 0 }.Validate("options");
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("MaxIterations must be >= 1; was 0. (Parameter 'options')*");
        act = () => new FitOptions { GradientTolerance = double.NaN }.Validate("options");
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("GradientTolerance must be a finite number > 0; was NaN. (Parameter 'options')*");
    }

    [Fact]
    public void Fit_StepsBelowDoubleSpacingOnARidge_StopAsABoundaryEstimateInsteadOfRunningToTheLimit()
    {
        // Found by fuzzing: on this table Pareto/NBD's r and α grow together (no heterogeneity in purchase rates)
        // until the steps are too small to change a log-parameter. Each such step "passed" the Armijo test by
        // rounding, so BFGS repeated it up to the iteration limit (1,000 likelihood evaluations; 17 s here, and
        // minutes on larger tables). It now stops as soon as it cannot move.
        var table = RfmTable.Create(
            [0, 0, 2, 0, 2],
            [0, 0, 1742.6796808823688, 0, 16647.896943441236],
            [24728.437830029943, 24683.133744689483, 21813.975720396167, 15718.595609971471, 19316.958684052905],
            TimeUnit.Week,
            [1, 1, 926156.5100841376, 1, 1]);

        var fit = RelationshipKit.Value.Models.ParetoNbd.ParetoNbdModel.Fit(table);

        fit.Status.Should().Be(FitStatus.BoundaryEstimate);
        fit.Iterations.Should().BeLessThan(100);
        fit.LogLikelihood.Should().NotBeNull();
        fit.Message.Should().Contain("runs to infinity");
    }

    [Fact]
    public void Fit_FlatObjective_WithModerateParameters_IsANumericalFailureNotABoundary()
    {
        // A constant objective with a gradient that never vanishes: no step changes anything, and no parameter is
        // extreme, so the search reports that it could not make progress.
        static double Flat(ReadOnlySpan<double> p, Span<double> g)
        {
            g[0] = 1e-3 / p[0];
            g[1] = 0;
            return 1.0;
        }

        var outcome = MaximumLikelihood.Fit(Flat, [1.0, 1.0], [1.0, 1.0], 10, new FitOptions(), CancellationToken.None);

        outcome.Status.Should().Be(FitStatus.NumericalFailure);
        outcome.Iterations.Should().BeLessThan(10);
    }
}
