using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Numerics;
using RelationshipKit.Value.Simulation;

namespace RelationshipKit.Value.Models.ParetoNbd;

/// <summary>
/// Represents the Pareto/NBD model of non-contractual purchasing (Schmittlein, Morrison &amp; Colombo 1987): while
/// alive a customer buys as a Poisson process with rate λ, and dies after an exponential lifetime with rate μ; λ and
/// μ vary across customers as independent gamma distributions.
/// </summary>
/// <remarks>
/// <para>Build it from known parameters with the constructor, or estimate it with <see cref="Fit"/>. Every time —
/// recency, T, horizons — is in <see cref="PurchaseModel.TimeUnit"/>, the unit in which α and β are measured.</para>
/// <para>Formulas (Fader &amp; Hardie 2005, "A Note on Deriving the Pareto/NBD Model and Related Expressions"; Fader,
/// Hardie &amp; Lee 2005, "RFM and CLV"): the likelihood and P(alive) use the A₀ term with ₂F₁ evaluated at an
/// argument in [0, 1) by taking the larger of α and β, in log space (see the package documentation for the stable
/// forms). Oracles: on CDNOW (2,357 customers, weeks) the fit reaches r 0.553, α 10.578, s 0.606, β 11.668 with
/// log-likelihood −9594.97; with r 0.5534, α 10.5802, s 0.6061, β 11.6562, P(alive | x=26, t_x=30.86, T=31) = 0.9979
/// and E[X(52) | same] = 25.46.</para>
/// <para>No method returns NaN or infinity: out-of-domain arguments throw, and extreme but valid histories (x in the
/// hundreds, t_x close to T, α and β orders of magnitude apart) are computed in log space.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ParetoNbdModel : PurchaseModel
{

    private readonly double _r;
    private readonly double _alpha;
    private readonly double _s;
    private readonly double _beta;
    private readonly ParetoNbdMath _math;

    /// <summary>Initializes a new instance of the <see cref="ParetoNbdModel"/> class from known parameters.</summary>
    /// <param name="parameters">The parameters, with α and β in <paramref name="timeUnit"/>.</param>
    /// <param name="timeUnit">The unit of α, β and every time argument.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="parameters"/> is the <c>default</c> value.</exception>
    public ParetoNbdModel(ParetoNbdParameters parameters, TimeUnit timeUnit)
        : base(timeUnit)
    {
        if (!parameters.IsValid)
        {
            throw new ArgumentException("parameters must have every value > 0; was the default value.", nameof(parameters));
        }

        Parameters = parameters;
        _r = parameters.R;
        _alpha = parameters.Alpha;
        _s = parameters.S;
        _beta = parameters.Beta;
        _math = new ParetoNbdMath(_r, _alpha, _s, _beta);
    }

    /// <summary>Gets the names of the parameters in the order of <see cref="FitResult{TModel}.Parameters"/>: r, alpha, s, beta.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = ["r", "alpha", "s", "beta"];

    /// <summary>Gets the model's parameters.</summary>
    public ParetoNbdParameters Parameters { get; }

    /// <summary>Gets the model's name, <c>paretonbd</c>.</summary>
    public override string Name => "paretonbd";

    /// <summary>Fits the model to customer summaries by maximum likelihood.</summary>
    /// <param name="data">The summaries (frequency, recency, T, optional weights) in one time unit; identical rows are collapsed first.</param>
    /// <param name="options">The fit settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the fit between optimiser iterations.</param>
    /// <returns>The fit: the model, estimates with standard errors, the log-likelihood in the data's unit and diagnostics.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="data"/> has no row, or every T is 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a setting of <paramref name="options"/> is out of range.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    /// <remarks>
    /// <para>The optimiser is BFGS on the log-parameters with the analytic gradient of the log-likelihood (see
    /// <see cref="FitOptions"/> for the optional L2 penalty, in which α and β are divided by the mean T). It starts
    /// from r = s = 1, β = mean T and α = mean T / mean x. On CDNOW it reaches the maximum to 1e−8 in the gradient,
    /// where lifetimes' Nelder–Mead stops slightly short of it (about 1e−7 in the log-likelihood) at a point that varies from run to run.</para>
    /// </remarks>
    public static FitResult<ParetoNbdModel> Fit(RfmTable data, FitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new FitOptions();
        options.Validate(nameof(options));
        if (data.Count == 0)
        {
            throw new ArgumentException("data must have at least one row; was empty.", nameof(data));
        }

        var rows = SufficientRows.From(data);
        var totalWeight = rows.TotalWeight;
        var meanT = rows.MeanT;
        if (!(meanT > 0))
        {
            throw new ArgumentException("data must have T > 0 in at least one row; every T was 0.", nameof(data));
        }

        var weightedX = 0.0;
        for (var i = 0; i < rows.Count; i++)
        {
            weightedX += rows.Weight[i] * rows.Frequency[i];
        }

        var meanX = Math.Max(weightedX / totalWeight, 1e-3);
        var objective = new ParetoNbdObjective(rows);
        var outcome = MaximumLikelihood.Fit(objective.Evaluate, [1.0, meanT / meanX, 1.0, meanT], [1.0, meanT, 1.0, meanT], totalWeight, options, cancellationToken);
        var p = outcome.Parameters;
        var model = new ParetoNbdModel(new ParetoNbdParameters(p[0], p[1], p[2], p[3]), data.TimeUnit);
        return FitResults.Create(outcome, model, ParameterNames, totalWeight, options, 0, data.TimeUnit);
    }

    /// <summary>Computes the log-likelihood of <paramref name="data"/> under this model (Σ weight × ln L).</summary>
    /// <param name="data">The summaries, in <see cref="PurchaseModel.TimeUnit"/>.</param>
    /// <returns>The full log-likelihood, including every constant term, in the data's unit.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the table's unit differs from the model's.</exception>
    public double LogLikelihood(RfmTable data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.TimeUnit != TimeUnit)
        {
            throw new ArgumentException($"data must be in the model's time unit ({TimeUnit.Name}); was {data.TimeUnit.Name}. Convert it with WithTimeUnit.", nameof(data));
        }

        return new ParetoNbdObjective(SufficientRows.From(data)).LogLikelihood(_r, _alpha, _s, _beta);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="frequency"/> is not a non-negative whole number, <paramref name="t"/> is negative or not finite, or <paramref name="recency"/> is outside [0, t] (or not 0 when frequency is 0).</exception>
    /// <remarks>P(alive) = 1 / (1 + s·J·(α+T)^(r+x) (β+T)^s) with J from the stable log-space form.</remarks>
    public override double ProbabilityAlive(double frequency, double recency, double t)
    {
        SummaryArguments.Validate(frequency, recency, t);
        return _math.ProbabilityAlive(frequency, recency, t);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="t"/> is negative or not finite.</exception>
    /// <remarks>E[X(t)] = (r β / (α (s − 1))) [1 − (β / (β + t))^(s−1)], with the limit (r β / α) ln(1 + t/β) at s = 1 (Schmittlein et al. 1987).</remarks>
    public override double ExpectedPurchases(double t)
    {
        SummaryArguments.Time(t, nameof(t));
        return _r / _alpha * _beta * ElementaryFunctions.OneMinusExpOverRate(_s - 1, LogSpace.Log1P(t / _beta));
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="horizon"/> is negative or not finite, or the summary is invalid (see <see cref="ProbabilityAlive(double, double, double)"/>).</exception>
    /// <remarks>E[Y(t) | x, t_x, T] = ((r+x)(β+T) / ((α+T)(s−1))) [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive) (Schmittlein et al. 1987; Fader &amp; Hardie 2005 note, eq. 19).</remarks>
    public override double ConditionalExpectedPurchases(double horizon, double frequency, double recency, double t)
    {
        SummaryArguments.Time(horizon, nameof(horizon));
        SummaryArguments.Validate(frequency, recency, t);
        return ConditionalExpectedPurchasesCore(horizon, frequency, recency, t);
    }

    /// <summary>Computes the probability that a new customer makes exactly <paramref name="count"/> repeat purchases in (0, <paramref name="t"/>].</summary>
    /// <param name="t">The time since the first purchase (≥ 0).</param>
    /// <param name="count">The number of purchases n (≥ 0).</param>
    /// <returns>P(X(t) = n), in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="count"/> is negative, or <paramref name="t"/> is negative or not finite.</exception>
    /// <remarks>
    /// P(X(t) = n) = NB(n; t) (β/(β+t))^s + ∫₀^t NB(n; τ) s β^s (β+τ)^−(s+1) dτ, where NB(n; τ) is the negative binomial
    /// probability Γ(r+n)/(Γ(r) n!) (α/(α+τ))^r (τ/(α+τ))^n: a customer alive at t, or dead at τ &lt; t (Fader &amp; Hardie
    /// 2006, "Deriving an Expression for P(X(t) = x) Under the Pareto/NBD Model"). The integral is computed by
    /// adaptive quadrature in log space rather than by the note's closed form, whose alternating sum of ₂F₁ terms
    /// cancels catastrophically for large n.
    /// </remarks>
    public double ProbabilityOfPurchases(double t, int count)
    {
        SummaryArguments.Time(t, nameof(t));
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (t == 0)
        {
            return count == 0 ? 1 : 0;
        }

        var n = (double)count;
        var logCoefficient = SpecialFunctions.LogGamma(_r + n) - SpecialFunctions.LogGamma(_r) - SpecialFunctions.LogGamma(n + 1);
        var alive = LogNegativeBinomial(logCoefficient, n, t) - (_s * LogSpace.Log1P(t / _beta));

        var integrand = new PurchaseCountIntegrand(_r, _alpha, _s, _beta, n, logCoefficient);
        Span<double> result = stackalloc double[1];
        var scale = AdaptiveQuadrature.Integrate(ref integrand, 0, t, result, 1e-12);
        var dead = result[0] > 0 ? scale + Math.Log(result[0]) : double.NegativeInfinity;
        return Math.Clamp(Math.Exp(ElementaryFunctions.LogAddExp(alive, dead)), 0, 1);
    }

    /// <inheritdoc />
    /// <value><see langword="true"/>: the Pareto/NBD has the closed form of Fader, Hardie &amp; Lee (2005).</value>
    public override bool HasResidualPurchasesClosedForm => true;

    /// <inheritdoc />
    /// <remarks>
    /// DERT(δ) = α^r β^s δ^(s−1) Γ(r+x+1) Ψ(s, s; δ(β+T)) / (Γ(r) (α+T)^(r+x+1) L(r, α, s, β | x, t_x, T)), with Ψ the
    /// confluent hypergeometric function of the second kind U (Fader, Hardie &amp; Lee 2005, "RFM and CLV: Using Iso-Value
    /// Curves for Customer Base Analysis", Journal of Marketing Research 42(4), eq. 2). It is computed as
    /// ((r+x)/(α+T)) · P(alive) · (β+T) · z^(s−1) U(s, s, z) with z = δ(β+T) and U(s, s, z) = e^z Γ(1−s, z): the
    /// posterior mean purchase rate, times P(alive), times the posterior mean of 1/(μ + δ). At δ = 0 (a zero rate,
    /// allowed when s &gt; 1) it is the undiscounted expected number of residual purchases, ((r+x)/(α+T)) · P(alive) · (β+T)/(s−1).
    /// </remarks>
    protected override double DiscountedResidualPurchasesCore(double continuousDiscountRate, double frequency, double recency, double t) =>
        DiscountedCore(frequency, recency, t, continuousDiscountRate);

    /// <inheritdoc />
    /// <value><see langword="null"/> when s &gt; 1 (the undiscounted residual purchases are finite); otherwise the reason.</value>
    protected override string? ZeroDiscountRateProblem =>
        _s > 1 ? null : $"with s {Guard.Format(_s)} <= 1 the expected remaining lifetime is infinite";

    /// <inheritdoc />
    public override void ProbabilityAlive(RfmTable data, Span<double> destination)
    {
        CheckBatch(data, destination);
        var math = _math;
        BatchLoops.Run(data, destination, (x, tx, t, d) =>
        {
            for (var i = 0; i < d.Length; i++)
            {
                d[i] = math.ProbabilityAlive(x[i], tx[i], t[i]);
            }
        });
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="horizon"/> is negative or not finite.</exception>
    public override void ConditionalExpectedPurchases(double horizon, RfmTable data, Span<double> destination)
    {
        SummaryArguments.Time(horizon, nameof(horizon));
        CheckBatch(data, destination);
        BatchLoops.Run(data, destination, (x, tx, t, d) =>
        {
            for (var i = 0; i < d.Length; i++)
            {
                d[i] = ConditionalExpectedPurchasesCore(horizon, x[i], tx[i], t[i]);
            }
        });
    }

    /// <summary>Simulates customer summaries from this model.</summary>
    /// <param name="observationTimes">Per customer, the time T from the first purchase to the end of observation, in <see cref="PurchaseModel.TimeUnit"/>.</param>
    /// <param name="random">The seeded source of randomness; the same seed gives the same customers.</param>
    /// <returns>One row per customer, in this model's time unit.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an observation time is negative or not finite.</exception>
    /// <remarks>A customer costs a fixed number of random variates however many purchases she makes: x ~ Poisson(λ·min(τ, T)) and the last purchase is min(τ, T)·U^(1/x).</remarks>
    public RfmTable SimulateSummaries(ReadOnlySpan<double> observationTimes, Random random)
    {
        BetaGeometricSimulation.ValidateTimes(observationTimes, random);
        return ParetoNbdSimulation.Summaries(Parameters, observationTimes, random, TimeUnit);
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
        return ParetoNbdSimulation.Transactions(Parameters, observationTimes, random, TimeUnit);
    }

    /// <summary>Returns the model's name, unit and parameters.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Pareto/NBD ({TimeUnit.Name}): {Parameters}";

    private double ConditionalExpectedPurchasesCore(double horizon, double x, double tx, double t)
    {
        var alive = _math.ProbabilityAlive(x, tx, t);
        var betaT = _beta + t;
        var rate = (_r + x) / (_alpha + t);
        return rate * betaT * ElementaryFunctions.OneMinusExpOverRate(_s - 1, LogSpace.Log1P(horizon / betaT)) * alive;
    }

    private double DiscountedCore(double x, double tx, double t, double delta)
    {
        var alive = _math.ProbabilityAlive(x, tx, t);
        var betaT = _beta + t;
        if (delta == 0)
        {
            // E[1/μ | history] = (β+T)/(s−1), finite for s > 1 (a zero rate is rejected for s ≤ 1).
            return (_r + x) / (_alpha + t) * alive * betaT / (_s - 1);
        }

        var z = delta * betaT;
        var logResidual = Math.Log(betaT) + ((_s - 1) * Math.Log(z)) + ConfluentHypergeometric.LogU(_s, _s, z);
        return (_r + x) / (_alpha + t) * alive * Math.Exp(logResidual);
    }

    private double LogNegativeBinomial(double logCoefficient, double n, double tau)
    {
        var logAlphaTau = Math.Log(_alpha + tau);
        var logTau = n == 0 ? 0 : Math.Log(tau);
        return logCoefficient + (_r * (Math.Log(_alpha) - logAlphaTau)) + (n * (logTau - logAlphaTau));
    }

    /// <summary>ln of NB(n; τ) s β^s (β+τ)^−(s+1), the density of "n purchases, then death at τ".</summary>
    private readonly struct PurchaseCountIntegrand(double r, double alpha, double s, double beta, double n, double logCoefficient) : ILogIntegrand
    {
        public int WeightCount => 0;

        public double Evaluate(double x, Span<double> weights)
        {
            var logAlphaTau = Math.Log(alpha + x);
            var logTau = n == 0 ? 0 : Math.Log(x);
            return logCoefficient + (r * (Math.Log(alpha) - logAlphaTau)) + (n * (logTau - logAlphaTau))
                + Math.Log(s) + (s * Math.Log(beta)) - ((s + 1) * Math.Log(beta + x));
        }
    }
}
