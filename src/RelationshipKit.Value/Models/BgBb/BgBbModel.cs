using System.Diagnostics.CodeAnalysis;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Simulation;

namespace RelationshipKit.Value.Models.BgBb;

/// <summary>
/// Represents the beta-geometric/beta-binomial (BG/BB) model of repeat transactions in discrete time (Fader, Hardie
/// &amp; Shang 2010): at each transaction opportunity a living customer buys with probability p and, before the next
/// opportunity, dies with probability θ; p and θ vary across customers as beta distributions.
/// </summary>
/// <remarks>
/// <para>Use it where purchases can only happen at fixed occasions — yearly donation campaigns, event seasons,
/// issues of a magazine — and a history is "x purchases in n opportunities, the last at opportunity t_x". Its data are
/// <see cref="RfmTable"/> rows in <see cref="TimeUnit.Period"/> with T holding n, and whole-number recency and n.
/// It is not a continuous-time <see cref="PurchaseModel"/>: horizons count opportunities.</para>
/// <para>Formulas: Fader, Hardie &amp; Shang (2010), "Customer-Base Analysis in a Discrete-Time Noncontractual
/// Setting", Marketing Science 29(6), eqs. 5 (likelihood), 7 (E[X(n)]), 8 (P(X(n) = x)), 11 (P(alive)),
/// 13 (conditional expectation) and 14 (DERT). Oracles: on the donations data (11,104 donors, 6 opportunities) the
/// weighted fit is α 1.204, β 0.750, γ 0.657, δ 2.783 with log-likelihood −33225.58; P(alive at opportunity 7) for
/// (x, t_x) = (0, 0), (2, 4), (6, 6) is 0.11, 0.59, 0.93; Σ weight × E[purchases in the next 5] = 12 884.2.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BgBbModel
{
    private readonly BgBbMath _math;

    /// <summary>Initializes a new instance of the <see cref="BgBbModel"/> class from known parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="parameters"/> is the <c>default</c> value.</exception>
    public BgBbModel(BgBbParameters parameters)
    {
        if (!parameters.IsValid)
        {
            throw new ArgumentException("parameters must have every value > 0; was the default value.", nameof(parameters));
        }

        Parameters = parameters;
        _math = new BgBbMath(parameters.Alpha, parameters.Beta, parameters.Gamma, parameters.Delta);
    }

    /// <summary>Gets the names of the parameters in the order of <see cref="FitResult{TModel}.Parameters"/>: alpha, beta, gamma, delta.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = ["alpha", "beta", "gamma", "delta"];

    /// <summary>Gets the model's parameters.</summary>
    public BgBbParameters Parameters { get; }

    /// <summary>Gets the model's name as the CLI and JSON use it, <c>bgbb</c>.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An instance property, like PurchaseModel.Name, so that code handling fitted models reads it the same way.")]
    public string Name => "bgbb";

    /// <summary>Gets the unit of the model's data and horizons: always <see cref="TimeUnit.Period"/> (one transaction opportunity).</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An instance property, like PurchaseModel.TimeUnit.")]
    public TimeUnit TimeUnit => TimeUnit.Period;

    /// <summary>Fits the model to discrete-time customer summaries by maximum likelihood.</summary>
    /// <param name="data">The summaries in <see cref="TimeUnit.Period"/>: frequency x, recency t_x and T = n opportunities (whole numbers), optional weights.</param>
    /// <param name="options">The fit settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the fit between optimiser iterations.</param>
    /// <returns>The fit: the model, estimates with standard errors, the log-likelihood and diagnostics.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="data"/> has no row or is not in <see cref="TimeUnit.Period"/>.</exception>
    /// <exception cref="DataRowException">Thrown when a row has a non-whole recency or n, or more purchases than its recency; it names the row.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a setting of <paramref name="options"/> is out of range.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    /// <remarks>BFGS on the log-parameters with the analytic gradient, from α = β = γ = δ = 1; identical rows are collapsed first.</remarks>
    public static FitResult<BgBbModel> Fit(RfmTable data, FitOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckTable(data);
        options ??= new FitOptions();
        options.Validate(nameof(options));
        if (data.Count == 0)
        {
            throw new ArgumentException("data must have at least one row; was empty.", nameof(data));
        }

        var rows = SufficientRows.From(data);
        var objective = new BgBbObjective(rows);
        var outcome = MaximumLikelihood.Fit(objective.Evaluate, [1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], rows.TotalWeight, options, cancellationToken);
        var p = outcome.Parameters;
        var model = new BgBbModel(new BgBbParameters(p[0], p[1], p[2], p[3]));
        return FitResults.Create(outcome, model, ParameterNames, rows.TotalWeight, options, 0, TimeUnit.Period);
    }

    /// <summary>Computes the log-likelihood of <paramref name="data"/> under this model (Σ weight × ln L).</summary>
    /// <param name="data">The discrete-time summaries (see <see cref="Fit"/>).</param>
    /// <returns>The full log-likelihood.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="data"/> is not in <see cref="TimeUnit.Period"/>.</exception>
    /// <exception cref="DataRowException">Thrown when a row is not a valid discrete-time history.</exception>
    public double LogLikelihood(RfmTable data)
    {
        CheckTable(data);
        var p = Parameters;
        return new BgBbObjective(SufficientRows.From(data)).LogLikelihood(p.Alpha, p.Beta, p.Gamma, p.Delta);
    }

    /// <summary>Computes the probability that a customer with this history is alive at the next opportunity, n + 1.</summary>
    /// <param name="frequency">Purchases x in the n opportunities.</param>
    /// <param name="recency">The opportunity of the last purchase t_x (0 when x = 0).</param>
    /// <param name="opportunities">The opportunities observed, n.</param>
    /// <returns>P(alive at n + 1 | x, t_x, n), in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the history is impossible: a negative count, x &gt; t_x, t_x &gt; n, or t_x ≠ 0 with x = 0.</exception>
    /// <remarks>B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L (FHS 2010, eq. 11 with one opportunity ahead).</remarks>
    public double ProbabilityAlive(int frequency, int recency, int opportunities)
    {
        CheckHistory(frequency, recency, opportunities);
        return _math.ProbabilityAlive(frequency, recency, opportunities);
    }

    /// <summary>Computes the expected number of purchases in the next <paramref name="horizon"/> opportunities of a customer with this history.</summary>
    /// <param name="horizon">The number of future opportunities (≥ 0).</param>
    /// <param name="frequency">Purchases x in the n opportunities.</param>
    /// <param name="recency">The opportunity of the last purchase t_x.</param>
    /// <param name="opportunities">The opportunities observed, n.</param>
    /// <returns>E[X(n, n + horizon) | x, t_x, n].</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="horizon"/> is negative or the history is impossible.</exception>
    /// <remarks>
    /// (1/L) B(α+x+1, β+n−x)/B(α,β) Σ_{j=1}^{horizon} B(γ, δ+n+j)/B(γ,δ): FHS 2010 eq. 13, whose closed form
    /// δ/(γ−1) Γ(γ+δ)/Γ(1+δ) [Γ(1+δ+n)/Γ(γ+δ+n) − Γ(1+δ+n+n*)/Γ(γ+δ+n+n*)] is the telescoped sum. The sum is taken term by
    /// term up to 100,000 opportunities (exact, also at γ = 1 where the closed form is 0/0) and in closed form beyond.
    /// </remarks>
    public double ConditionalExpectedPurchases(int horizon, int frequency, int recency, int opportunities)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        CheckHistory(frequency, recency, opportunities);
        return _math.ConditionalExpectedPurchases(horizon, frequency, recency, opportunities);
    }

    /// <summary>Computes the expected number of purchases of a new customer in its first <paramref name="opportunities"/> opportunities.</summary>
    /// <param name="opportunities">The number of opportunities n (≥ 0).</param>
    /// <returns>E[X(n)] = (α/(α+β)) Σ_{j=1}^{n} B(γ, δ+j)/B(γ,δ) (FHS 2010, eq. 7).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="opportunities"/> is negative.</exception>
    public double ExpectedPurchases(int opportunities)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(opportunities);
        return _math.ExpectedPurchases(opportunities);
    }

    /// <summary>Computes the probability that a new customer makes exactly <paramref name="count"/> purchases in <paramref name="opportunities"/> opportunities.</summary>
    /// <param name="opportunities">The number of opportunities n (≥ 0).</param>
    /// <param name="count">The number of purchases x (≥ 0).</param>
    /// <returns>P(X(n) = x), in [0, 1]; 0 when x &gt; n.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="count"/> or <paramref name="opportunities"/> is negative.</exception>
    /// <remarks>C(n,x) B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ) + Σ_{i=x}^{n−1} C(i,x) B(α+x, β+i−x)/B(α,β) · B(γ+1, δ+i)/B(γ,δ) (FHS 2010, eq. 8).</remarks>
    public double ProbabilityOfPurchases(int opportunities, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(opportunities);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return _math.ProbabilityOfPurchases(count, opportunities);
    }

    /// <summary>Computes the discounted expected residual purchases (DERT, "discounted expected residual transactions" in FHS 2010) of a customer with this history.</summary>
    /// <param name="frequency">Purchases x in the n opportunities.</param>
    /// <param name="recency">The opportunity of the last purchase t_x.</param>
    /// <param name="opportunities">The opportunities observed, n.</param>
    /// <param name="discountRate">The discount rate per opportunity d (&gt; 0), a rate per model period (<see cref="DiscountRate.PerPeriod(double)"/>); a purchase at opportunity n + k counts 1/(1+d)^k.</param>
    /// <returns>The present value, at opportunity n, of the customer's future transactions, in transactions.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="discountRate"/> is per calendar period: opportunities have no calendar length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="discountRate"/> is 0, or the history is impossible.</exception>
    /// <remarks>
    /// (1/L) B(α+x+1, β+n−x)/B(α,β) · B(γ, δ+n+1)/(B(γ,δ)(1+d)) · ₂F₁(1, δ+n+1; γ+δ+n+1; 1/(1+d)) (FHS 2010, eq. 14), which
    /// is the discounted sum Σ_{k≥1} E[purchase at n+k | history]/(1+d)^k. The ₂F₁ series is that sum, taken term by term;
    /// below d ≈ 1e−4, where it would need more than 200,000 terms, the same quantity is integrated over the dropout
    /// probability instead. Multiply by the margin per transaction for a lifetime value.
    /// </remarks>
    public double DiscountedExpectedResidualPurchases(DiscountRate discountRate, int frequency, int recency, int opportunities)
    {
        var d = PerOpportunity(discountRate);
        CheckHistory(frequency, recency, opportunities);
        return _math.DiscountedExpectedResidualPurchases(frequency, recency, opportunities, d);
    }

    /// <summary>Computes P(alive at the next opportunity) for every row of <paramref name="data"/>.</summary>
    /// <param name="data">The discrete-time summaries.</param>
    /// <param name="destination">One slot per row.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="destination"/> is shorter than the table, or the table is not in <see cref="TimeUnit.Period"/>.</exception>
    /// <exception cref="DataRowException">Thrown when a row is not a valid discrete-time history.</exception>
    public void ProbabilityAlive(RfmTable data, Span<double> destination)
    {
        CheckBatch(data, destination);
        var math = _math;
        ForEachDistinctRow(data, destination, (x, tx, n) => math.ProbabilityAlive(x, tx, n));
    }

    /// <summary>Computes the expected purchases in the next <paramref name="horizon"/> opportunities for every row of <paramref name="data"/>.</summary>
    /// <param name="horizon">The number of future opportunities (≥ 0).</param>
    /// <param name="data">The discrete-time summaries.</param>
    /// <param name="destination">One slot per row.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="destination"/> is shorter than the table, or the table is not in <see cref="TimeUnit.Period"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="horizon"/> is negative.</exception>
    /// <exception cref="DataRowException">Thrown when a row is not a valid discrete-time history.</exception>
    public void ConditionalExpectedPurchases(int horizon, RfmTable data, Span<double> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        CheckBatch(data, destination);
        var math = _math;
        ForEachDistinctRow(data, destination, (x, tx, n) => math.ConditionalExpectedPurchases(horizon, x, tx, n));
    }

    /// <summary>Computes the discounted expected residual purchases (DERT) for every row of <paramref name="data"/>.</summary>
    /// <param name="discountRate">The discount rate per opportunity (&gt; 0), a rate per model period (<see cref="DiscountRate.PerPeriod(double)"/>).</param>
    /// <param name="data">The discrete-time summaries.</param>
    /// <param name="destination">One slot per row.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="destination"/> is shorter than the table, or the table is not in <see cref="TimeUnit.Period"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="discountRate"/> is 0.</exception>
    /// <exception cref="DataRowException">Thrown when a row is not a valid discrete-time history.</exception>
    public void DiscountedExpectedResidualPurchases(DiscountRate discountRate, RfmTable data, Span<double> destination)
    {
        var d = PerOpportunity(discountRate);
        CheckBatch(data, destination);
        var math = _math;
        ForEachDistinctRow(data, destination, (x, tx, n) => math.DiscountedExpectedResidualPurchases(x, tx, n, d));
    }

    /// <summary>The rate per opportunity, which must be &gt; 0.</summary>
    private static double PerOpportunity(DiscountRate discountRate)
    {
        var d = DiscountRates.PerUnit(discountRate, TimeUnit.Period, nameof(discountRate));
        if (!(d > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(discountRate), discountRate, $"discountRate must be > 0 (the residual purchases sum over the whole remaining lifetime); was {discountRate}.");
        }

        return d;
    }

    /// <summary>Simulates discrete-time customer summaries from this model.</summary>
    /// <param name="opportunities">Per customer, the number of transaction opportunities n observed after the first purchase.</param>
    /// <param name="random">The seeded source of randomness; the same seed gives the same customers.</param>
    /// <returns>One row per customer, in <see cref="TimeUnit.Period"/>, with T = n.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a number of opportunities is negative.</exception>
    /// <remarks>A customer costs O(1 + x) random variates whatever n is: her lifetime is one geometric draw and her purchases are geometric jumps between successes.</remarks>
    public RfmTable SimulateSummaries(ReadOnlySpan<int> opportunities, Random random)
    {
        BgBbSimulation.Validate(opportunities, random);
        return BgBbSimulation.Summaries(Parameters, opportunities, random);
    }

    /// <summary>Simulates every transaction of customers drawn from this model: the first purchase at 0, then one entry per opportunity with a purchase.</summary>
    /// <param name="opportunities">Per customer, the number of transaction opportunities n.</param>
    /// <param name="random">The seeded source of randomness.</param>
    /// <returns>The transaction log in <see cref="TimeUnit.Period"/> (times are opportunity numbers); <see cref="TransactionLog.Summarize"/> turns it into summaries.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a number of opportunities is negative.</exception>
    public TransactionLog SimulateTransactions(ReadOnlySpan<int> opportunities, Random random)
    {
        BgBbSimulation.Validate(opportunities, random);
        return BgBbSimulation.Transactions(Parameters, opportunities, random);
    }

    /// <summary>Returns the model's name and parameters.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"BG/BB: {Parameters}";

    /// <summary>Validates a table for BG/BB: unit <see cref="TimeUnit.Period"/>, whole-number recency and n, x ≤ t_x.</summary>
    internal static void CheckTable(RfmTable data, string paramName = "data")
    {
        ArgumentNullException.ThrowIfNull(data, paramName);
        if (data.TimeUnit != TimeUnit.Period)
        {
            throw new ArgumentException($"{paramName} must be in periods (TimeUnit.Period), with T holding the number of opportunities n; was {data.TimeUnit.Name}.", paramName);
        }

        var x = data.Frequency;
        var tx = data.Recency;
        var n = data.T;
        for (var i = 0; i < x.Length; i++)
        {
            var row = i + 1;
            if (Math.Floor(tx[i]) != tx[i])
            {
                throw new DataRowException(paramName, row, "recency", tx[i], $"recency must be a whole number of opportunities for BG/BB; row {row} was {Guard.Format(tx[i])}.");
            }

            if (Math.Floor(n[i]) != n[i])
            {
                throw new DataRowException(paramName, row, "T", n[i], $"T (opportunities n) must be a whole number for BG/BB; row {row} was {Guard.Format(n[i])}.");
            }

            if (x[i] > tx[i])
            {
                throw new DataRowException(paramName, row, "frequency", x[i], $"frequency must not exceed recency (at most one purchase per opportunity); row {row} was {Guard.Format(x[i])} with recency {Guard.Format(tx[i])}.");
            }
        }
    }

    private static void CheckHistory(int frequency, int recency, int opportunities)
    {
        if (frequency < 0)
        {
            throw Guard.OutOfRange(nameof(frequency), (double)frequency, "be >= 0");
        }

        if (opportunities < 0)
        {
            throw Guard.OutOfRange(nameof(opportunities), (double)opportunities, "be >= 0");
        }

        if (recency < 0 || recency > opportunities)
        {
            throw new ArgumentOutOfRangeException(nameof(recency), recency, $"recency must be in [0, opportunities]; was {recency} with opportunities {opportunities}.");
        }

        if (frequency > recency)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, $"frequency must not exceed recency (at most one purchase per opportunity); was {frequency} with recency {recency}.");
        }
    }

    /// <summary>
    /// Computes <paramref name="compute"/> once per distinct (x, t_x, n) and copies it to every row that shares it:
    /// discrete histories repeat (n opportunities allow at most (n + 1)(n + 2)/2 of them), so a million donors cost
    /// what their distinct histories cost.
    /// </summary>
    private static void ForEachDistinctRow(RfmTable data, Span<double> destination, Func<double, double, double, double> compute)
    {
        var x = data.Frequency;
        var tx = data.Recency;
        var n = data.T;
        var cache = new Dictionary<(double X, double Tx, double N), double>();
        for (var i = 0; i < x.Length; i++)
        {
            var key = (x[i], tx[i], n[i]);
            if (!cache.TryGetValue(key, out var value))
            {
                value = compute(key.Item1, key.Item2, key.Item3);
                cache.Add(key, value);
            }

            destination[i] = value;
        }
    }

    private static void CheckBatch(RfmTable data, Span<double> destination)
    {
        CheckTable(data);
        if (destination.Length < data.Count)
        {
            throw new ArgumentException($"destination must have room for every row ({data.Count}); had {destination.Length}.", nameof(destination));
        }
    }
}
