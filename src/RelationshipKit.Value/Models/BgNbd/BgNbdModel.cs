using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Simulation;

namespace RelationshipKit.Value.Models.BgNbd;

/// <summary>
/// Represents the beta-geometric/negative binomial distribution (BG/NBD) model of Fader, Hardie &amp; Lee (2005):
/// while alive, a customer buys at Poisson rate λ; after each repeat purchase she drops out with probability p;
/// λ ~ Gamma(r, α) and p ~ Beta(a, b) across customers.
/// </summary>
/// <remarks>
/// <para>Build it from known parameters with the constructor or estimate them with <see cref="Fit"/>. Every time
/// argument and result is in <see cref="PurchaseModel.TimeUnit"/>.</para>
/// <para>Formulas (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way", Marketing Science 24(2)):
/// likelihood eq. 6, P(X(t) = x) eq. 8, E[X(t)] eq. 9, E[Y(t) | x, t_x, T] eq. 10, P(alive) from their technical
/// note 004. Oracles on CDNOW (weeks): fit r 0.243, α 4.414, a 0.793, b 2.426, log-likelihood −9582.43;
/// E[Y(39) | 2, 30.43, 38.86] = 1.226; E[X(t)] at t = 1, 3, 32, 78 = 0.0532, 0.1506, 1.0437, 1.858;
/// P(X(30) = 11) = 0.0019995.</para>
/// <para>The ₂F₁ of eq. 9 and 10 is evaluated in rearranged, exact forms that stay finite and accurate at a = 1,
/// for large x and for very large b, where the literal formula (and lifetimes) return NaN or lose every digit.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BgNbdModel : PurchaseModel
{
    /// <summary>Initializes a new instance of the <see cref="BgNbdModel"/> class from known parameters.</summary>
    /// <param name="parameters">The parameters; α in <paramref name="timeUnit"/>.</param>
    /// <param name="timeUnit">The unit of α and of every time argument.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="parameters"/> is the invalid <c>default</c> value.</exception>
    public BgNbdModel(BgNbdParameters parameters, TimeUnit timeUnit)
        : base(timeUnit)
    {
        if (parameters.R <= 0)
        {
            throw new ArgumentException("parameters must be created with the BgNbdParameters constructor; was the default value (all zero).", nameof(parameters));
        }

        Parameters = parameters;
    }

    /// <summary>Gets the parameter names in the order of <see cref="FitResult{TModel}.Parameters"/>: r, alpha, a, b.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = Array.AsReadOnly(BetaGeometricFit.Names);

    /// <summary>Gets the model's parameters.</summary>
    public BgNbdParameters Parameters { get; }

    /// <inheritdoc />
    public override string Name => "bgnbd";

    /// <summary>Fits the model to customer summaries by maximum likelihood.</summary>
    /// <param name="data">The summaries (x, t_x, T, weights); identical rows are collapsed first.</param>
    /// <param name="options">The fit options; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the fit between iterations.</param>
    /// <returns>The fit: the model, estimates with standard errors, log-likelihood and diagnostics. A fit that does not converge is a result with <see cref="FitResult{TModel}.Converged"/> false, not an exception.</returns>
    /// <remarks>The likelihood and its analytic gradient run over row chunks in parallel, with deterministic partial sums, so the result does not depend on the number of cores. The optional L2 penalty scales α by the mean T (see <see cref="FitOptions"/>).</remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="data"/> has no rows.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an option is out of range (the parameter is <paramref name="options"/>).</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public static FitResult<BgNbdModel> Fit(RfmTable data, FitOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (outcome, totalWeight) = BetaGeometricFit.Run(data, options, modified: false, cancellationToken);
        var p = outcome.Parameters;
        var model = new BgNbdModel(new BgNbdParameters(p[0], p[1], p[2], p[3]), data.TimeUnit);
        return FitResults.Create(outcome, model, BetaGeometricFit.Names, totalWeight, options ?? new FitOptions(), 0, data.TimeUnit);
    }

    /// <summary>Computes the log-likelihood of <paramref name="data"/> under this model (eq. 6, every term included).</summary>
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

        var likelihood = new BetaGeometricLikelihood(SufficientRows.From(data), modified: false);
        var p = Parameters;
        return likelihood.LogLikelihood(p.R, p.Alpha, p.A, p.B);
    }

    /// <inheritdoc />
    /// <remarks>P(alive) = 1 / (1 + δ(x&gt;0) · a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)); a customer with no repeat purchase is alive.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an argument breaks the summary rules (x whole and ≥ 0, 0 ≤ t_x ≤ T, t_x = 0 when x = 0).</exception>
    public override double ProbabilityAlive(double frequency, double recency, double t)
    {
        SummaryArguments.Validate(frequency, recency, t);
        var p = Parameters;
        return BetaGeometricMath.ProbabilityAlive(p.R, p.Alpha, p.A, p.B, 0, frequency, recency, t);
    }

    /// <inheritdoc />
    /// <remarks>Eq. 9: E[X(t)] = ((a + b − 1)/(a − 1)) [1 − (α/(α + t))^r ₂F₁(r, b; a + b − 1; t/(α + t))], evaluated in a form that is exact at a = 1.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="t"/> is negative or not finite.</exception>
    public override double ExpectedPurchases(double t)
    {
        SummaryArguments.Time(t, nameof(t));
        var p = Parameters;
        return BetaGeometricMath.ExpectedPurchases(p.R, p.Alpha, p.A, p.B, 0, t);
    }

    /// <inheritdoc />
    /// <remarks>Eq. 10: P(alive) × ((a + b + x − 1)/(a − 1)) [1 − ((α + T)/(α + T + t))^(r + x) ₂F₁(r + x, b + x; a + b + x − 1; t/(α + T + t))].</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an argument breaks the summary rules or <paramref name="horizon"/> is negative or not finite.</exception>
    public override double ConditionalExpectedPurchases(double horizon, double frequency, double recency, double t)
    {
        SummaryArguments.Time(horizon, nameof(horizon));
        SummaryArguments.Validate(frequency, recency, t);
        var p = Parameters;
        return BetaGeometricMath.ConditionalExpectedPurchases(p.R, p.Alpha, p.A, p.B, 0, horizon, frequency, recency, t);
    }

    /// <summary>Computes the probability that a new customer makes exactly <paramref name="count"/> repeat purchases in (0, <paramref name="t"/>].</summary>
    /// <param name="t">The time since the first purchase.</param>
    /// <param name="count">The number of repeat purchases n (≥ 0).</param>
    /// <returns>P(X(t) = n), in [0, 1].</returns>
    /// <remarks>Eq. 8; the negative-binomial tail 1 − Σ_{j&lt;n} NB(j) is computed as a regularized incomplete beta function, so it stays accurate when it is tiny. Oracle: P(X(30) = 11) = 0.0019995 at the CDNOW parameters.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="t"/> is negative or not finite, or <paramref name="count"/> is negative.</exception>
    public double ProbabilityOfPurchases(double t, int count)
    {
        SummaryArguments.Time(t, nameof(t));
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var p = Parameters;
        return BetaGeometricMath.ProbabilityOfPurchases(p.R, p.Alpha, p.A, p.B, 0, t, count);
    }

    /// <inheritdoc />
    public override void ProbabilityAlive(RfmTable data, Span<double> destination)
    {
        CheckBatch(data, destination);
        var p = Parameters;
        BatchLoops.Run(data, destination, (x, tx, t, d) => BetaGeometricMath.ProbabilityAlive(p.R, p.Alpha, p.A, p.B, 0, x, tx, t, d));
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="horizon"/> is negative or not finite.</exception>
    public override void ConditionalExpectedPurchases(double horizon, RfmTable data, Span<double> destination)
    {
        SummaryArguments.Time(horizon, nameof(horizon));
        CheckBatch(data, destination);
        var p = Parameters;
        BatchLoops.Run(data, destination, (x, tx, t, d) => BetaGeometricMath.ConditionalExpectedPurchases(p.R, p.Alpha, p.A, p.B, 0, horizon, x, tx, t, d));
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
        return BetaGeometricSimulation.Summaries(p.R, p.Alpha, p.A, p.B, 0, observationTimes, random, TimeUnit);
    }

    /// <summary>Simulates every transaction (first purchase at time 0, then the repeat purchases) of customers drawn from this model.</summary>
    /// <param name="observationTimes">Per customer, the length of observation T.</param>
    /// <param name="random">The seeded source of randomness.</param>
    /// <returns>The transaction log; <see cref="TransactionLog.Summarize"/> turns it into summaries.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an observation time is negative or not finite.</exception>
    public TransactionLog SimulateTransactions(ReadOnlySpan<double> observationTimes, Random random)
    {
        BetaGeometricSimulation.ValidateTimes(observationTimes, random);
        var p = Parameters;
        return BetaGeometricSimulation.Transactions(p.R, p.Alpha, p.A, p.B, 0, observationTimes, random, TimeUnit);
    }

    /// <summary>Returns the model name, parameters and unit.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"BG/NBD ({Parameters}; per {TimeUnit.Name})";
}
