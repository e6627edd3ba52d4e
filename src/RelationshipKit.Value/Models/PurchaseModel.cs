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

    /// <summary>Gets a value indicating whether the model has a closed form for the discounted expected residual purchases (DERT), so that <see cref="DiscountedExpectedResidualPurchases"/> works.</summary>
    /// <value><see langword="false"/> unless a derived model overrides it (Pareto/NBD has one; BG/NBD and MBG/NBD do not).</value>
    public virtual bool HasResidualPurchasesClosedForm => false;

    /// <summary>Computes the discounted expected residual purchases DERT(δ | x, t_x, T): the purchases of this customer over her whole remaining lifetime, each discounted continuously back to T.</summary>
    /// <param name="continuousDiscountRate">δ, the continuously compounded discount rate per <see cref="TimeUnit"/> (&gt; 0). From an annual rate d: δ = ln(1 + d) × days per unit / 365.2425.</param>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Recency t_x.</param>
    /// <param name="t">Observation time T.</param>
    /// <returns>DERT, in purchases (multiply by margin × expected spend for a value).</returns>
    /// <remarks>Derived models with a closed form override this and <see cref="HasResidualPurchasesClosedForm"/>; for the others use the discounted sum over steps of the lifetime-value model.</remarks>
    /// <exception cref="NotSupportedException">Thrown when the model has no closed form (<see cref="HasResidualPurchasesClosedForm"/> is false).</exception>
    public virtual double DiscountedExpectedResidualPurchases(double continuousDiscountRate, double frequency, double recency, double t) =>
        throw new NotSupportedException($"The {Name} model has no closed-form discounted expected residual purchases (DERT); use the discounted sum over steps (CustomerLifetimeValueModel.DiscountedValue) instead.");

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
