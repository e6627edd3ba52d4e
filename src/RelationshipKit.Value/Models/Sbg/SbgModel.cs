using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Models.Sbg;

/// <summary>
/// Represents the shifted-beta-geometric (sBG) model of customer retention in a contractual setting: each customer
/// renews each period with a constant probability 1 − θ, and θ varies across customers as Beta(α, β).
/// </summary>
/// <remarks>
/// <para>Source: Fader &amp; Hardie (2007), "How to project customer retention", <i>Journal of Interactive Marketing</i>
/// 21(1); the discounted lifetimes from Fader &amp; Hardie (2010), "Customer-base valuation in a contractual
/// setting: the perils of ignoring heterogeneity", <i>Marketing Science</i> 29(1). Periods are counted from the
/// start of the contract: period 1 is the first, and a customer who churns in period t was active for t periods.</para>
/// <para>Predictions: the retention rate r(t) = (β + t − 1) / (α + β + t − 1), which rises with t because the
/// customers most likely to leave leave first; the survival function S(t) = B(α, β + t) / B(α, β); the discounted
/// expected lifetime DEL(d) = ₂F₁(1, β; α + β; 1 / (1 + d)); and the discounted expected residual lifetime
/// DERL(d | n) of a customer who has renewed n times. Oracle (the paper's "regular" segment, years 0–7):
/// α ≈ 0.704, β ≈ 1.182, log-likelihood ≈ −1680.27.</para>
/// <para>The model counts in abstract periods (<see cref="TimeUnit.Period"/>): discount rates are taken per model
/// period and their <see cref="DiscountRate.Period"/> is not checked. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed partial class SbgModel
{
    /// <summary>The smallest positive discount rate the discounted lifetimes evaluate (per period).</summary>
    /// <remarks>Below it the continued fraction needs millions of terms; use 0 (when α &gt; 1) or at least this.</remarks>
    public const double MinimumPositiveDiscountRate = 1e-9;

    /// <summary>Initializes a new instance of the <see cref="SbgModel"/> class from known parameters.</summary>
    /// <param name="parameters">The parameters α and β.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="parameters"/> is the invalid <c>default</c> value.</exception>
    public SbgModel(SbgParameters parameters)
    {
        if (!parameters.IsValid)
        {
            throw new ArgumentException("parameters must have alpha > 0 and beta > 0; was the default value (alpha = 0, beta = 0).", nameof(parameters));
        }

        Parameters = parameters;
    }

    /// <summary>Gets the model's name as the CLI and JSON use it: <c>sbg</c>.</summary>
    public string Name { get; } = "sbg";

    /// <summary>Gets the parameters α and β.</summary>
    public SbgParameters Parameters { get; }

    /// <summary>Gets the unit of the model's time: <see cref="TimeUnit.Period"/>, one contract period.</summary>
    public TimeUnit TimeUnit { get; } = TimeUnit.Period;

    /// <summary>Computes the retention rate of period <paramref name="period"/>: the share of customers active in period t − 1 who renew for period t, r(t) = (β + t − 1) / (α + β + t − 1).</summary>
    /// <param name="period">The period t, 1 or more.</param>
    /// <returns>r(t), in (0, 1); it increases with t.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="period"/> is less than 1.</exception>
    /// <remarks>Fader &amp; Hardie (2007), eq. 4. r(1) = β / (α + β) is the expected share of a new cohort that renews once.</remarks>
    public double Retention(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        var b = Parameters.Beta + period - 1;
        return b / (Parameters.Alpha + b);
    }

    /// <summary>Computes the retention rates r(1), r(2), … into <paramref name="destination"/>, one per element.</summary>
    /// <param name="destination">Receives r(t) for t = 1 … destination.Length.</param>
    public void Retention(Span<double> destination)
    {
        for (var t = 1; t <= destination.Length; t++)
        {
            var b = Parameters.Beta + t - 1;
            destination[t - 1] = b / (Parameters.Alpha + b);
        }
    }

    /// <summary>Computes the survival function S(t): the probability that a new customer is still active after <paramref name="period"/> periods.</summary>
    /// <param name="period">The number of periods t, 0 or more (S(0) = 1).</param>
    /// <returns>S(t) = B(α, β + t) / B(α, β), in (0, 1]; it decreases with t.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="period"/> is negative.</exception>
    /// <remarks>Fader &amp; Hardie (2007), eq. 3; S(t) = r(1) r(2) … r(t).</remarks>
    public double Survival(int period)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(period);
        return Math.Exp(SbgLikelihood.LogSurvival(Parameters.Alpha, Parameters.Beta, period));
    }

    /// <summary>Computes S(1), S(2), … into <paramref name="destination"/>, one per element.</summary>
    /// <param name="destination">Receives S(t) for t = 1 … destination.Length.</param>
    public void Survival(Span<double> destination)
    {
        var survival = 1.0;
        for (var t = 1; t <= destination.Length; t++)
        {
            var b = Parameters.Beta + t - 1;
            survival *= b / (Parameters.Alpha + b);
            destination[t - 1] = survival;
        }
    }

    /// <summary>Computes the probability that a new customer churns in period <paramref name="period"/>: P(T = t) = S(t − 1) − S(t).</summary>
    /// <param name="period">The period t, 1 or more.</param>
    /// <returns>P(T = t) = B(α + 1, β + t − 1) / B(α, β).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="period"/> is less than 1.</exception>
    /// <remarks>Fader &amp; Hardie (2007), eq. 2.</remarks>
    public double ChurnProbability(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        var b = Parameters.Beta + period - 1;
        return Survival(period - 1) * Parameters.Alpha / (Parameters.Alpha + b);
    }

    /// <summary>Computes the expected number of a cohort's customers still active after <paramref name="period"/> periods: cohort size × S(t).</summary>
    /// <param name="cohortSize">The number of customers acquired (a finite number ≥ 0).</param>
    /// <param name="period">The number of periods t, 0 or more.</param>
    /// <returns>The expected survivors.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="cohortSize"/> is negative or not finite, or <paramref name="period"/> is negative.</exception>
    public double ExpectedSurvivors(double cohortSize, int period)
    {
        Guard.NonNegativeFinite(cohortSize);
        return cohortSize * Survival(period);
    }

    /// <summary>Computes the discounted expected lifetime of a new customer, in periods: DEL(d) = Σₜ₌₀^∞ S(t) / (1 + d)ᵗ = ₂F₁(1, β; α + β; 1 / (1 + d)).</summary>
    /// <param name="discountRate">The discount rate per model period: 0 (allowed when α &gt; 1) or at least <see cref="MinimumPositiveDiscountRate"/>.</param>
    /// <returns>DEL(d) ≥ 1: the present value of one unit of margin per active period, the first (at the start) undiscounted.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="discountRate"/> is 0 while α ≤ 1 (the expected lifetime is infinite), or positive but below <see cref="MinimumPositiveDiscountRate"/>.</exception>
    /// <remarks>Fader &amp; Hardie (2010), eq. 6. Multiply by the margin per period for the expected lifetime value of a
    /// customer about to make the first payment. With d = 0 it is the expected lifetime (α + β − 1) / (α − 1).</remarks>
    public double DiscountedExpectedLifetime(DiscountRate discountRate) =>
        DiscountedLifetime(Parameters.Alpha, Parameters.Beta, discountRate.Value, nameof(discountRate));

    /// <summary>
    /// Computes the discounted expected residual lifetime, in periods, of a customer who has renewed
    /// <paramref name="renewals"/> times: DERL(d | n) = (β + n) / (α + β + n) · ₂F₁(1, β + n + 1; α + β + n + 1; 1 / (1 + d)).
    /// </summary>
    /// <param name="discountRate">The discount rate per model period: 0 (allowed when α &gt; 1) or at least <see cref="MinimumPositiveDiscountRate"/>.</param>
    /// <param name="renewals">The number of renewals n the customer has made (0 for a customer in the first period).</param>
    /// <returns>The expected present value of the customer's remaining payments, one unit per active period, the coming renewal payment undiscounted.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="renewals"/> is negative, or <paramref name="discountRate"/> is 0 while α ≤ 1, or positive but below <see cref="MinimumPositiveDiscountRate"/>.</exception>
    /// <remarks>
    /// Fader &amp; Hardie (2010), eq. 7, whose notation counts n − 1 renewals: here DERL(d | n) = Σₖ₌₀^∞ S(n + 1 + k) / S(n) / (1 + d)ᵏ,
    /// the expected discounted number of future payments of a customer known to be active in period n + 1, evaluated
    /// just before the renewal decision. It increases with n: the longer a customer has stayed, the likelier it is one
    /// with a low churn probability.
    /// </remarks>
    public double DiscountedExpectedResidualLifetime(DiscountRate discountRate, int renewals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(renewals);
        var alpha = Parameters.Alpha;
        var beta = Parameters.Beta + renewals;
        return beta / (alpha + beta) * DiscountedLifetime(alpha, beta + 1, discountRate.Value, nameof(discountRate));
    }

    /// <summary>Computes the residual value of one customer who has renewed <paramref name="renewals"/> times: margin per period × DERL(d | n).</summary>
    /// <param name="marginPerPeriod">The margin the customer pays per active period; may be negative.</param>
    /// <param name="discountRate">The discount rate per model period.</param>
    /// <param name="renewals">The number of renewals n (0 or more).</param>
    /// <returns>The expected present value of the customer's remaining margins, not rounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="renewals"/> is negative or <paramref name="discountRate"/> is out of range (see <see cref="DiscountedExpectedResidualLifetime"/>).</exception>
    /// <exception cref="OverflowException">Thrown when the result is outside the decimal range.</exception>
    public Money ResidualValue(Money marginPerPeriod, DiscountRate discountRate, int renewals) =>
        marginPerPeriod * RateMath.ToDecimal(DiscountedExpectedResidualLifetime(discountRate, renewals));

    /// <summary>
    /// Computes the residual value of a customer base: margin per period × Σₙ (active customers who have renewed n times) × DERL(d | n).
    /// </summary>
    /// <param name="marginPerPeriod">The margin a customer pays per active period; may be negative.</param>
    /// <param name="discountRate">The discount rate per model period.</param>
    /// <param name="activeCustomersByRenewals">The cohort table: element n holds the number of active customers who have renewed n times (finite, ≥ 0).</param>
    /// <returns>The expected present value of the base's remaining margins, not rounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a count is negative or not finite, or <paramref name="discountRate"/> is out of range.</exception>
    /// <exception cref="OverflowException">Thrown when the result is outside the decimal range.</exception>
    /// <remarks>Fader &amp; Hardie (2010) value a base of cohorts acquired in different years this way: each cohort's
    /// survivors have renewed as many times as the cohort is old, minus one.</remarks>
    public Money ResidualValue(Money marginPerPeriod, DiscountRate discountRate, ReadOnlySpan<double> activeCustomersByRenewals)
    {
        var total = 0.0;
        for (var n = 0; n < activeCustomersByRenewals.Length; n++)
        {
            var count = activeCustomersByRenewals[n];
            if (!double.IsFinite(count) || count < 0)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(activeCustomersByRenewals),
                    count,
                    $"activeCustomersByRenewals must hold finite numbers >= 0; element {n} was {Guard.Format(count)}.");
            }

            if (count > 0)
            {
                total += count * DiscountedExpectedResidualLifetime(discountRate, n);
            }
        }

        return marginPerPeriod * RateMath.ToDecimal(total);
    }

    /// <summary>Returns the model's name and parameters.</summary>
    /// <returns>The text, for example <c>sbg(alpha = 0.704, beta = 1.182)</c>.</returns>
    public override string ToString() => $"sbg({Parameters})";

    /// <summary>Computes ₂F₁(1, β; α + β; 1 / (1 + d)) = Σₜ S(t) / (1 + d)ᵗ for parameters (α, β).</summary>
    private static double DiscountedLifetime(double alpha, double beta, double d, string paramName)
    {
        if (d == 0)
        {
            if (alpha <= 1)
            {
                throw new ArgumentOutOfRangeException(
                    paramName,
                    d,
                    $"{paramName} must be > 0 when alpha <= 1 (the undiscounted expected lifetime is infinite); was 0 with alpha {Guard.Format(alpha)}.");
            }

            // Gauss's summation theorem: ₂F₁(1, β; α + β; 1) = (α + β − 1) / (α − 1).
            return (alpha + beta - 1) / (alpha - 1);
        }

        if (d < MinimumPositiveDiscountRate)
        {
            throw Guard.OutOfRange(paramName, d, $"be 0 or at least {Guard.Format(MinimumPositiveDiscountRate)} per period");
        }

        var value = GaussContinuedFraction.Hyp2F1OneB(beta, alpha + beta, 1 / (1 + d));
        return double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(paramName, d, $"{paramName} {Guard.Format(d)} with alpha {Guard.Format(alpha)} and beta {Guard.Format(beta)} gives a discounted lifetime that cannot be evaluated in double precision.");
    }
}
