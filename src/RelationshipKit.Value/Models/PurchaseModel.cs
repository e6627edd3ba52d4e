namespace RelationshipKit.Value.Models;

/// <summary>
/// Represents a fitted (or known-parameter) non-contractual purchase model in continuous time — BG/NBD, MBG/NBD,
/// Pareto/NBD — through the predictions that lifetime value and reports need.
/// </summary>
/// <remarks>
/// <para>To derive from it, implement the four scalar predictions for one customer summary (frequency x,
/// recency t_x, observation time T) in <see cref="TimeUnit"/>; the span overloads loop over a table and write
/// into the caller's buffer, and a derived class may override them with a vectorised version. Implementations
/// must be immutable and thread-safe, must validate their arguments with messages that name the argument, the
/// rule and the value, and must never return NaN or infinity.</para>
/// </remarks>
[Immutable]
public abstract class PurchaseModel
{
    /// <summary>Initializes a new instance of the <see cref="PurchaseModel"/> class.</summary>
    /// <param name="timeUnit">The unit in which the model's rate parameters and all times are measured.</param>
    protected PurchaseModel(TimeUnit timeUnit) => TimeUnit = timeUnit;

    /// <summary>Gets the unit of the model's time-scale parameters and of every time argument.</summary>
    public TimeUnit TimeUnit { get; }

    /// <summary>Gets the model's name as the CLI and JSON use it (for example <c>bgnbd</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Computes the probability that a customer with this history is still alive at the end of observation.</summary>
    /// <param name="frequency">Repeat purchases x (a non-negative whole number).</param>
    /// <param name="recency">Time of the last repeat purchase t_x, in [0, T].</param>
    /// <param name="t">Observation time T.</param>
    /// <returns>P(alive), in [0, 1].</returns>
    public abstract double ProbabilityAlive(double frequency, double recency, double t);

    /// <summary>Computes the expected number of repeat purchases of a new customer in (0, <paramref name="t"/>].</summary>
    /// <param name="t">The time since the first purchase.</param>
    /// <returns>E[X(t)].</returns>
    public abstract double ExpectedPurchases(double t);

    /// <summary>Computes the expected number of purchases in the next <paramref name="horizon"/> of a customer with this history.</summary>
    /// <param name="horizon">The length of the future period.</param>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Recency t_x.</param>
    /// <param name="t">Observation time T.</param>
    /// <returns>E[Y(horizon) | x, t_x, T].</returns>
    public abstract double ConditionalExpectedPurchases(double horizon, double frequency, double recency, double t);

    /// <summary>Gets a value indicating whether the model has a closed form for the discounted expected residual purchases (DERT); without one they are integrated numerically.</summary>
    /// <value><see langword="false"/> unless a derived model overrides it (Pareto/NBD has one; BG/NBD and MBG/NBD do not).</value>
    public virtual bool HasResidualPurchasesClosedForm => false;

    /// <summary>Computes the discounted expected residual purchases DERT: the purchases of this customer over her whole remaining lifetime, each discounted continuously back to T.</summary>
    /// <param name="discountRate">The discount rate, per a calendar period (converted exactly to <see cref="TimeUnit"/>) or per model period (per <see cref="TimeUnit"/>); see <see cref="DiscountRate"/>.</param>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Recency t_x.</param>
    /// <param name="t">Observation time T.</param>
    /// <returns>DERT, in purchases (multiply by margin × expected spend for a value).</returns>
    /// <remarks>
    /// <para>With the rate d per unit, the continuous rate is δ = ln(1 + d) and DERT = ∫₀^∞ e^(−δs) dE[Y(s) | x, t_x, T].
    /// Models with a published closed form use it (<see cref="HasResidualPurchasesClosedForm"/>: Pareto/NBD, Fader,
    /// Hardie &amp; Lee 2005); the others integrate δ ∫₀^∞ e^(−δs) E[Y(s) | x, t_x, T] ds by adaptive quadrature to
    /// about 10⁻¹¹ (a test checks it against the Pareto/NBD closed form).</para>
    /// </remarks>
    /// <exception cref="ArgumentException">Thrown when <paramref name="discountRate"/> is per calendar period and the model's unit is an abstract period.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a summary argument breaks the rules, or the rate is 0 where the undiscounted residual purchases have no finite value.</exception>
    public double DiscountedExpectedResidualPurchases(DiscountRate discountRate, double frequency, double recency, double t)
    {
        var delta = ContinuousDiscountRate(discountRate);
        SummaryArguments.Validate(frequency, recency, t);
        return DiscountedResidualPurchasesCore(delta, frequency, recency, t);
    }

    /// <summary>Computes the discounted expected residual purchases (DERT) for every row of <paramref name="data"/>.</summary>
    /// <param name="discountRate">The discount rate; see <see cref="DiscountedExpectedResidualPurchases(DiscountRate, double, double, double)"/>.</param>
    /// <param name="data">The customer summaries, in <see cref="TimeUnit"/>.</param>
    /// <param name="destination">One slot per row.</param>
    /// <remarks>Rows are computed in parallel chunks for large tables; collapse identical rows first (<see cref="RfmTable.Collapse"/>) where the numerical integral makes each row costly.</remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="destination"/> is shorter than the table, the table's unit differs from the model's, or the rate's period cannot be used.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the rate is 0 where the undiscounted residual purchases have no finite value.</exception>
    public void DiscountedExpectedResidualPurchases(DiscountRate discountRate, RfmTable data, Span<double> destination)
    {
        var delta = ContinuousDiscountRate(discountRate);
        CheckBatch(data, destination);
        BatchLoops.Run(data, destination, (x, tx, t, d) =>
        {
            for (var i = 0; i < d.Length; i++)
            {
                d[i] = DiscountedResidualPurchasesCore(delta, x[i], tx[i], t[i]);
            }
        });
    }

    /// <summary>Gets why a zero discount rate cannot be used for the residual purchases, or <see langword="null"/> when it can.</summary>
    /// <value>The default (the numerical integral needs discounting to converge): a sentence saying so. A model whose undiscounted residual purchases are finite overrides it.</value>
    protected virtual string? ZeroDiscountRateProblem => $"the {Name} model's residual purchases are integrated over the whole remaining lifetime, which needs discounting";

    /// <summary>Computes DERT for a validated summary at the continuous rate δ per <see cref="TimeUnit"/>; the default integrates numerically, and a model with a closed form overrides it.</summary>
    /// <param name="continuousDiscountRate">δ = ln(1 + d) per unit: &gt; 0, or 0 when <see cref="ZeroDiscountRateProblem"/> is null.</param>
    /// <param name="frequency">Repeat purchases x (validated).</param>
    /// <param name="recency">Recency t_x (validated).</param>
    /// <param name="t">Observation time T (validated).</param>
    /// <returns>DERT, finite and ≥ 0.</returns>
    protected virtual double DiscountedResidualPurchasesCore(double continuousDiscountRate, double frequency, double recency, double t) =>
        ResidualPurchases.Integrate(this, continuousDiscountRate, frequency, recency, t);

    private double ContinuousDiscountRate(DiscountRate discountRate)
    {
        var delta = DiscountRates.ContinuousPerUnit(discountRate, TimeUnit, nameof(discountRate));
        if (delta == 0 && ZeroDiscountRateProblem is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(discountRate), discountRate, $"discountRate must be > 0: {problem}; was {discountRate}.");
        }

        return delta;
    }

    /// <summary>Computes P(alive) for every row of <paramref name="data"/> into <paramref name="destination"/>.</summary>
    /// <param name="data">The customer summaries, in <see cref="TimeUnit"/>.</param>
    /// <param name="destination">One slot per row.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="destination"/> is shorter than the table, or the table's unit differs from the model's.</exception>
    public virtual void ProbabilityAlive(RfmTable data, Span<double> destination)
    {
        CheckBatch(data, destination);
        var x = data.Frequency;
        var tx = data.Recency;
        var t = data.T;
        for (var i = 0; i < data.Count; i++)
        {
            destination[i] = ProbabilityAlive(x[i], tx[i], t[i]);
        }
    }

    /// <summary>Computes the conditional expected purchases in the next <paramref name="horizon"/> for every row of <paramref name="data"/>.</summary>
    /// <param name="horizon">The length of the future period.</param>
    /// <param name="data">The customer summaries, in <see cref="TimeUnit"/>.</param>
    /// <param name="destination">One slot per row.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="destination"/> is shorter than the table, or the table's unit differs from the model's.</exception>
    public virtual void ConditionalExpectedPurchases(double horizon, RfmTable data, Span<double> destination)
    {
        CheckBatch(data, destination);
        var x = data.Frequency;
        var tx = data.Recency;
        var t = data.T;
        for (var i = 0; i < data.Count; i++)
        {
            destination[i] = ConditionalExpectedPurchases(horizon, x[i], tx[i], t[i]);
        }
    }

    /// <summary>Validates the arguments of a batch prediction.</summary>
    /// <param name="data">The table.</param>
    /// <param name="destination">The output buffer.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="destination"/> is too short or the units differ.</exception>
    protected void CheckBatch(RfmTable data, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (destination.Length < data.Count)
        {
            throw new ArgumentException($"destination must have room for every row ({data.Count}); had {destination.Length}.", nameof(destination));
        }

        if (data.TimeUnit != TimeUnit)
        {
            throw new ArgumentException($"data must be in the model's time unit ({TimeUnit.Name}); was {data.TimeUnit.Name}. Convert it with WithTimeUnit.", nameof(data));
        }
    }
}
