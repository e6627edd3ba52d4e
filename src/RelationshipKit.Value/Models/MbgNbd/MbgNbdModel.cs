using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Simulation;

namespace RelationshipKit.Value.Models.MbgNbd;

/// <summary>
/// Represents the modified BG/NBD model (MBG/NBD) of Batislam, Denizel &amp; Filiztekin (2007): as BG/NBD, but a
/// customer can also drop out right after the first purchase, so a customer with no repeat purchase is not
/// automatically alive.
/// </summary>
/// <remarks>
/// <para>While alive a customer buys at Poisson rate λ ~ Gamma(r, α); at time 0 and after each repeat purchase she
/// drops out with probability p ~ Beta(a, b). Formulas (Batislam, Denizel &amp; Filiztekin 2007, "Empirical
/// validation and comparison of models for customer base analysis", International Journal of Research in
/// Marketing 24(3)): the likelihood
/// L = B(a, b + x + 1)/B(a, b) · Γ(r + x) α^r / (Γ(r) (α + T)^(r + x)) + B(a + 1, b + x)/B(a, b) · Γ(r + x) α^r / (Γ(r) (α + t_x)^(r + x)),
/// P(alive) = 1 / (1 + a/(b + x) · ((α + T)/(α + t_x))^(r + x)),
/// E[X(t)] = (b/(a − 1)) [1 − (α/(α + t))^r ₂F₁(r, b + 1; a + b; t/(α + t))] and
/// E[Y(t) | x, t_x, T] = P(alive) · ((a + b + x)/(a − 1)) [1 − ((α + T)/(α + T + t))^(r + x) ₂F₁(r + x, b + x + 1; a + b + x; t/(α + T + t))].
/// The ₂F₁ forms are evaluated in the rearranged, exact forms described on <see cref="BgNbdModel"/>.
/// Oracle: on CDNOW (weeks) the fit is r 0.525, α 6.183, a 0.891, b 1.614.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class MbgNbdModel : PurchaseModel
{
    /// <summary>Initializes a new instance of the <see cref="MbgNbdModel"/> class from known parameters.</summary>
    /// <param name="parameters">The parameters; α in <paramref name="timeUnit"/>.</param>
    /// <param name="timeUnit">The unit of α and of every time argument.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="parameters"/> is the invalid <c>default</c> value.</exception>
    public MbgNbdModel(MbgNbdParameters parameters, TimeUnit timeUnit)
        : base(timeUnit)
    {
        if (parameters.R <= 0)
        {
            throw new ArgumentException("parameters must be created with the MbgNbdParameters constructor; was the default value (all zero).", nameof(parameters));
        }

        Parameters = parameters;
    }

    /// <summary>Gets the parameter names in the order of <see cref="FitResult{TModel}.Parameters"/>: r, alpha, a, b.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = Array.AsReadOnly(BetaGeometricFit.Names);

    /// <summary>Gets the model's parameters.</summary>
    public MbgNbdParameters Parameters { get; }

    /// <inheritdoc />
    public override string Name => "mbgnbd";

    /// <summary>Fits the model to customer summaries by maximum likelihood.</summary>
    /// <param name="data">The summaries (x, t_x, T, weights); identical rows are collapsed first.</param>
    /// <param name="options">The fit options; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the fit between iterations.</param>
    /// <returns>The fit; a fit that does not converge is a result with <see cref="FitResult{TModel}.Converged"/> false, not an exception.</returns>
    /// <remarks>As <see cref="BgNbdModel.Fit"/>: analytic gradient, parallel deterministic chunks, α scaled by the mean T in the optional penalty.</remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="data"/> has no rows.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an option is out of range (the parameter is <paramref name="options"/>).</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public static FitResult<MbgNbdModel> Fit(RfmTable data, FitOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (outcome, totalWeight) = BetaGeometricFit.Run(data, options, modified: true, cancellationToken);
        var p = outcome.Parameters;
        var model = new MbgNbdModel(new MbgNbdParameters(p[0], p[1], p[2], p[3]), data.TimeUnit);
        return FitResults.Create(outcome, model, BetaGeometricFit.Names, totalWeight, options ?? new FitOptions(), 0, data.TimeUnit);
    }

    /// <summary>Computes the log-likelihood of <paramref name="data"/> under this model (every term included).</summary>
    /// <param name="data">The summaries, in this model's time unit.</param>
    /// <returns>Σ weight × ln L.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the table's unit differs from the model's.</exception>
    public double LogLikelihood(RfmTable data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.TimeUnit != TimeUnit)
        {
            throw new ArgumentException($"data must be in the model's time unit ({TimeUnit.Name}); was {data.TimeUnit.Name}. Convert it with WithTimeUnit.", nameof(data));
        }

        var likelihood = new BetaGeometricLikelihood(SufficientRows.From(data), modified: true);
        var p = Parameters;
        return likelihood.LogLikelihood(p.R, p.Alpha, p.A, p.B);
    }

    /// <inheritdoc />
    /// <remarks>P(alive) = 1 / (1 + a/(b + x) · ((α + T)/(α + t_x))^(r + x)), also for x = 0.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an argument breaks the summary rules (x whole and ≥ 0, 0 ≤ t_x ≤ T, t_x = 0 when x = 0).</exception>
    public override double ProbabilityAlive(double frequency, double recency, double t)
    {
        SummaryArguments.Validate(frequency, recency, t);
        var p = Parameters;
        return BetaGeometricMath.ProbabilityAlive(p.R, p.Alpha, p.A, p.B, 1, frequency, recency, t);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="t"/> is negative or not finite.</exception>
    public override double ExpectedPurchases(double t)
    {
        SummaryArguments.Time(t, nameof(t));
        var p = Parameters;
        return BetaGeometricMath.ExpectedPurchases(p.R, p.Alpha, p.A, p.B, 1, t);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an argument breaks the summary rules or <paramref name="horizon"/> is negative or not finite.</exception>
    public override double ConditionalExpectedPurchases(double horizon, double frequency, double recency, double t)
    {
        SummaryArguments.Time(horizon, nameof(horizon));
        SummaryArguments.Validate(frequency, recency, t);
        var p = Parameters;
        return BetaGeometricMath.ConditionalExpectedPurchases(p.R, p.Alpha, p.A, p.B, 1, horizon, frequency, recency, t);
    }

    /// <summary>Computes the probability that a new customer makes exactly <paramref name="count"/> repeat purchases in (0, <paramref name="t"/>].</summary>
    /// <param name="t">The time since the first purchase.</param>
    /// <param name="count">The number of repeat purchases n (≥ 0).</param>
    /// <returns>P(X(t) = n), in [0, 1].</returns>
    /// <remarks>
    /// Derived as BG/NBD's eq. 8 with the extra drop-out chance at time 0:
    /// P(X(t) = n) = δ(n=0) a/(a + b) + B(a, b + n + 1)/B(a, b) · NB(n) + δ(n&gt;0) B(a + 1, b + n)/B(a, b) · I_z(n, r),
    /// with NB the negative-binomial probability of n purchases and I_z(n, r), z = t/(α + t), its upper tail.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="t"/> is negative or not finite, or <paramref name="count"/> is negative.</exception>
    public double ProbabilityOfPurchases(double t, int count)
    {
        SummaryArguments.Time(t, nameof(t));
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var p = Parameters;
        return BetaGeometricMath.ProbabilityOfPurchases(p.R, p.Alpha, p.A, p.B, 1, t, count);
    }

    /// <inheritdoc />
    public override void ProbabilityAlive(RfmTable data, Span<double> destination)
    {
        CheckBatch(data, destination);
        var p = Parameters;
        BatchLoops.Run(data, destination, (x, tx, t, d) => BetaGeometricMath.ProbabilityAlive(p.R, p.Alpha, p.A, p.B, 1, x, tx, t, d));
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="horizon"/> is negative or not finite.</exception>
    public override void ConditionalExpectedPurchases(double horizon, RfmTable data, Span<double> destination)
    {
        SummaryArguments.Time(horizon, nameof(horizon));
        CheckBatch(data, destination);
        var p = Parameters;
        BatchLoops.Run(data, destination, (x, tx, t, d) => BetaGeometricMath.ConditionalExpectedPurchases(p.R, p.Alpha, p.A, p.B, 1, horizon, x, tx, t, d));
    }

    /// <summary>Simulates customer summaries from this model.</summary>
    /// <param name="observationTimes">Per customer, the time T from the first purchase to the end of observation.</param>
    /// <param name="random">The seeded source of randomness.</param>
    /// <returns>One row per customer, in this model's time unit.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an observation time is negative or not finite.</exception>
    public RfmTable SimulateSummaries(ReadOnlySpan<double> observationTimes, Random random)
    {
        BetaGeometricSimulation.ValidateTimes(observationTimes, random);
        var p = Parameters;
        return BetaGeometricSimulation.Summaries(p.R, p.Alpha, p.A, p.B, 1, observationTimes, random, TimeUnit);
    }

    /// <summary>Simulates every transaction (first purchase at time 0, then the repeat purchases) of customers drawn from this model.</summary>
    /// <param name="observationTimes">Per customer, the length of observation T.</param>
    /// <param name="random">The seeded source of randomness.</param>
    /// <returns>The transaction log.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an observation time is negative or not finite.</exception>
    public TransactionLog SimulateTransactions(ReadOnlySpan<double> observationTimes, Random random)
    {
        BetaGeometricSimulation.ValidateTimes(observationTimes, random);
        var p = Parameters;
        return BetaGeometricSimulation.Transactions(p.R, p.Alpha, p.A, p.B, 1, observationTimes, random, TimeUnit);
    }

    /// <summary>Returns the model name, parameters and unit.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"MBG/NBD ({Parameters}; per {TimeUnit.Name})";
}
