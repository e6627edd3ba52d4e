using System.Buffers;
using RelationshipKit.Value.Models.GammaGamma;
using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Models.Clv;

/// <summary>
/// Represents a customer's lifetime value from a purchase model (BG/NBD, MBG/NBD, Pareto/NBD) combined with the
/// Gamma-Gamma spend model: margin × expected spend per transaction × discounted expected purchases.
/// </summary>
/// <remarks>
/// <para>Two forms are offered:</para>
/// <list type="bullet">
/// <item><description><see cref="DiscountedValue(double, double, double, double, CustomerLifetimeValueOptions?)"/>:
/// Σ_k margin × E[M | x, m̄] × (E[Y(t_k)] − E[Y(t_{k−1})]) / (1 + d_unit)^(t_k) over the steps t_k = min(k × step, horizon),
/// with the <see cref="DiscountRate"/> converted exactly to the model's unit (an annual d gives d_unit = (1 + d)^(days per unit / 365.2425) − 1).
/// This is lifetimes' <c>customer_lifetime_value</c> made explicit: lifetimes takes a monthly rate and converts its
/// month count with a hidden factor (30 days or 4.345 weeks per month); here the horizon and the step are calendar
/// durations and the rate carries its period.</description></item>
/// <item><description><see cref="ResidualValue(double, double, double, double, CustomerLifetimeValueOptions?)"/>:
/// margin × E[M | x, m̄] × DERT(δ | x, t_x, T), the discounted expected residual transactions over the customer's whole
/// remaining lifetime with the continuous rate δ = ln(1 + d_unit): the closed form of Fader, Hardie &amp; Lee (2005,
/// "RFM and CLV", eq. 2) for the Pareto/NBD, and a numerical integral for BG/NBD and MBG/NBD, which have none in the
/// literature (see <see cref="PurchaseModel.DiscountedExpectedResidualPurchases(DiscountRate, double, double, double)"/>).</description></item>
/// </list>
/// <para>Values are plain numbers in the spends' money unit, or <see cref="Money"/> (unrounded) when the mean
/// spend is given as money. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class CustomerLifetimeValueModel
{
    /// <summary>Initializes a new instance of the <see cref="CustomerLifetimeValueModel"/> class.</summary>
    /// <param name="purchases">The purchase model; its unit must have a calendar length (day, week, N days).</param>
    /// <param name="spend">The spend model.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the purchase model's unit is <see cref="TimeUnit.Period"/>, which has no calendar length.</exception>
    public CustomerLifetimeValueModel(PurchaseModel purchases, GammaGammaModel spend)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        ArgumentNullException.ThrowIfNull(spend);
        if (!purchases.TimeUnit.HasCalendarLength)
        {
            throw new ArgumentException($"purchases must measure time in a unit with a calendar length (day, week, N days); was {purchases.TimeUnit.Name}.", nameof(purchases));
        }

        Purchases = purchases;
        Spend = spend;
    }

    /// <summary>Gets the purchase model.</summary>
    public PurchaseModel Purchases { get; }

    /// <summary>Gets the spend model.</summary>
    public GammaGammaModel Spend { get; }

    private double DaysPerUnit => Purchases.TimeUnit.LengthInDays!.Value; // not null: checked in the constructor

    /// <summary>Computes the discounted lifetime value over the horizon as a sum over steps.</summary>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Recency t_x, in the purchase model's unit.</param>
    /// <param name="t">Observation time T, in the purchase model's unit.</param>
    /// <param name="meanSpend">The customer's mean repeat spend m̄ (ignored when x = 0).</param>
    /// <param name="options">Horizon, step, discount rate and margin; <see langword="null"/> for the defaults.</param>
    /// <returns>The value, in the spends' money unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a summary argument breaks the rules, <paramref name="meanSpend"/> is negative or not finite, or an option is out of range.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the expected spend is infinite (see <see cref="GammaGammaModel.ConditionalExpectedAverageSpend(double, double)"/>).</exception>
    public double DiscountedValue(double frequency, double recency, double t, double meanSpend, CustomerLifetimeValueOptions? options = null)
    {
        var settings = Validated(options);
        SummaryArguments.Validate(frequency, recency, t);
        var spend = Spend.ConditionalExpectedAverageSpend(frequency, meanSpend);
        var schedule = new Schedule(settings, DaysPerUnit, Purchases.TimeUnit);
        var total = 0.0;
        var previous = 0.0;
        for (var k = 1; k <= schedule.Steps; k++)
        {
            var end = schedule.End(k);
            var cumulative = Purchases.ConditionalExpectedPurchases(end, frequency, recency, t);
            total += (cumulative - previous) * schedule.Discount(end);
            previous = cumulative;
        }

        return settings.Margin * spend * total;
    }

    /// <summary>Computes the discounted lifetime value over the horizon as a sum over steps, in the currency of <paramref name="meanSpend"/>.</summary>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Recency t_x, in the purchase model's unit.</param>
    /// <param name="t">Observation time T, in the purchase model's unit.</param>
    /// <param name="meanSpend">The customer's mean repeat spend, in the currency of the spend model's data.</param>
    /// <param name="options">Horizon, step, discount rate and margin; <see langword="null"/> for the defaults.</param>
    /// <returns>The value in the same currency, not rounded (call <see cref="Money.RoundToMinorUnit(MidpointRounding)"/> to round).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an argument or option is out of range.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the expected spend is infinite.</exception>
    public Money DiscountedValue(double frequency, double recency, double t, Money meanSpend, CustomerLifetimeValueOptions? options = null) =>
        new((decimal)DiscountedValue(frequency, recency, t, (double)meanSpend.Amount, options), meanSpend.Currency);

    /// <summary>Computes the discounted lifetime value of every row of <paramref name="data"/>.</summary>
    /// <param name="data">The summaries with a monetary-value column, in the purchase model's unit.</param>
    /// <param name="destination">One slot per row.</param>
    /// <param name="options">Horizon, step, discount rate and margin; <see langword="null"/> for the defaults.</param>
    /// <remarks>Runs the purchase model's batch prediction once per step, so it is as fast as that (vectorised and parallel for BG/NBD).</remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="data"/> has no monetary-value column, is in another unit, or <paramref name="destination"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an option is out of range.</exception>
    /// <exception cref="InvalidOperationException">Thrown when an expected spend is infinite.</exception>
    public void DiscountedValue(RfmTable data, Span<double> destination, CustomerLifetimeValueOptions? options = null)
    {
        var settings = Validated(options);
        CheckTable(data, destination);
        var n = data.Count;
        var schedule = new Schedule(settings, DaysPerUnit, Purchases.TimeUnit);
        var cumulative = ArrayPool<double>.Shared.Rent(n);
        var previous = ArrayPool<double>.Shared.Rent(n);
        try
        {
            var total = destination[..n];
            total.Clear();
            Array.Clear(previous, 0, n);
            for (var k = 1; k <= schedule.Steps; k++)
            {
                var end = schedule.End(k);
                var discount = schedule.Discount(end);
                Purchases.ConditionalExpectedPurchases(end, data, cumulative);
                for (var i = 0; i < n; i++)
                {
                    total[i] += (cumulative[i] - previous[i]) * discount;
                }

                Array.Copy(cumulative, previous, n);
            }

            Spend.ConditionalExpectedAverageSpend(data, cumulative);
            for (var i = 0; i < n; i++)
            {
                total[i] *= settings.Margin * cumulative[i];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(cumulative);
            ArrayPool<double>.Shared.Return(previous);
        }
    }

    /// <summary>Computes the residual lifetime value: margin × expected spend × DERT(δ), the closed form where the model has one, a numerical integral otherwise.</summary>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Recency t_x, in the purchase model's unit.</param>
    /// <param name="t">Observation time T, in the purchase model's unit.</param>
    /// <param name="meanSpend">The customer's mean repeat spend m̄ (ignored when x = 0).</param>
    /// <param name="options">The discount rate (must be &gt; 0) and margin; horizon and step are not used (DERT covers the whole remaining lifetime).</param>
    /// <returns>The value, in the spends' money unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an argument or option is out of range, or the discount rate is 0.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the expected spend is infinite.</exception>
    public double ResidualValue(double frequency, double recency, double t, double meanSpend, CustomerLifetimeValueOptions? options = null)
    {
        var settings = ValidatedForResidual(options);
        var spend = Spend.ConditionalExpectedAverageSpend(frequency, meanSpend);
        return settings.Margin * spend * Purchases.DiscountedExpectedResidualPurchases(settings.DiscountRate, frequency, recency, t);
    }

    /// <summary>Computes the residual lifetime value, in the currency of <paramref name="meanSpend"/>.</summary>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Recency t_x.</param>
    /// <param name="t">Observation time T.</param>
    /// <param name="meanSpend">The customer's mean repeat spend.</param>
    /// <param name="options">The discount rate (&gt; 0) and margin.</param>
    /// <returns>The value in the same currency, not rounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an argument or option is out of range.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the expected spend is infinite.</exception>
    public Money ResidualValue(double frequency, double recency, double t, Money meanSpend, CustomerLifetimeValueOptions? options = null) =>
        new((decimal)ResidualValue(frequency, recency, t, (double)meanSpend.Amount, options), meanSpend.Currency);

    /// <summary>Computes the residual lifetime value for every row of <paramref name="data"/>.</summary>
    /// <param name="data">The summaries with a monetary-value column, in the purchase model's unit.</param>
    /// <param name="destination">One slot per row.</param>
    /// <param name="options">The discount rate (&gt; 0) and margin.</param>
    /// <remarks>Without a closed form each row is a numerical integral: collapse identical rows first where the table is large.</remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="data"/> has no monetary-value column, is in another unit, or <paramref name="destination"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an option is out of range.</exception>
    /// <exception cref="InvalidOperationException">Thrown when an expected spend is infinite.</exception>
    public void ResidualValue(RfmTable data, Span<double> destination, CustomerLifetimeValueOptions? options = null)
    {
        var settings = ValidatedForResidual(options);
        CheckTable(data, destination);
        var n = data.Count;
        var residual = ArrayPool<double>.Shared.Rent(n);
        try
        {
            Purchases.DiscountedExpectedResidualPurchases(settings.DiscountRate, data, residual);
            Spend.ConditionalExpectedAverageSpend(data, destination);
            for (var i = 0; i < n; i++)
            {
                destination[i] *= settings.Margin * residual[i];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(residual);
        }
    }

    /// <summary>Returns the two models.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"CLV of {Purchases} with {Spend}";

    private static CustomerLifetimeValueOptions Validated(CustomerLifetimeValueOptions? options)
    {
        var settings = options ?? new CustomerLifetimeValueOptions();
        settings.Validate(nameof(options));
        return settings;
    }

    private static CustomerLifetimeValueOptions ValidatedForResidual(CustomerLifetimeValueOptions? options)
    {
        var settings = Validated(options);
        if (!(settings.DiscountRate.Value > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), settings.DiscountRate, $"DiscountRate must be > 0 for the residual value (DERT sums over the whole lifetime); was {settings.DiscountRate}.");
        }

        return settings;
    }

    private void CheckTable(RfmTable data, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.HasMonetaryValue)
        {
            throw new ArgumentException("data must have a monetary-value column (the mean repeat spend); it has none.", nameof(data));
        }

        if (data.TimeUnit != Purchases.TimeUnit)
        {
            throw new ArgumentException($"data must be in the purchase model's time unit ({Purchases.TimeUnit.Name}); was {data.TimeUnit.Name}. Convert it with WithTimeUnit.", nameof(data));
        }

        if (destination.Length < data.Count)
        {
            throw new ArgumentException($"destination must have room for every row ({data.Count}); had {destination.Length}.", nameof(destination));
        }
    }

    /// <summary>The steps of the discounted sum in the model's unit, and the discount factor at a time.</summary>
    private readonly struct Schedule
    {
        private readonly double _horizon;
        private readonly double _step;
        private readonly double _logGrowth;

        public Schedule(CustomerLifetimeValueOptions options, double daysPerUnit, TimeUnit unit)
        {
            _horizon = options.Horizon.TotalDays / daysPerUnit;
            _step = options.Step.TotalDays / daysPerUnit;
            Steps = (int)Math.Ceiling((options.Horizon.TotalTicks / (double)options.Step.TotalTicks) - 1e-9);
            _logGrowth = DiscountRates.ContinuousPerUnit(options.DiscountRate, unit, nameof(options));
        }

        public int Steps { get; }

        public double End(int k) => k == Steps ? _horizon : Math.Min(_horizon, k * _step);

        public double Discount(double time) => Math.Exp(-_logGrowth * time);
    }
}
