namespace RelationshipKit.Value.Formulas;

/// <summary>
/// Provides the closed-form lifetime-value formulas: simple, net, margin-based, discounted retention (with a finite
/// horizon and with the initial margin), the acquisition check and the valuation of a customer base by segment.
/// </summary>
/// <remarks>
/// <para>Every formula is static, pure and allocation-free (except <see cref="BySegment(IEnumerable{CustomerSegment}, DiscountRate)"/>,
/// which returns a table). Money goes in and comes out as <see cref="Money"/>; nothing is rounded: call
/// <see cref="Money.RoundToMinorUnit(MidpointRounding)"/> when a figure should be shown in cents. Rates enter the
/// decimal arithmetic rounded to 15 significant digits, so a retention rate of 0.8 is exactly 0.8.</para>
/// <para>Margins may be negative (a below-zero customer costs more than it brings, and its lifetime value is
/// negative); purchase values, purchase counts, years and costs may not.</para>
/// <para>Sources: the simple and net formulas and the acquisition check follow the source articles
/// (<c>shared/domain.md</c> §7); the retention formulas are Gupta &amp; Lehmann (2003), "Customers as assets",
/// <i>Journal of Interactive Marketing</i> 17(1), and Gupta, Lehmann &amp; Stuart (2004).</para>
/// </remarks>
public static class CustomerLifetimeValue
{
    /// <summary>Computes the simple lifetime value: average purchase × purchases per year × years retained.</summary>
    /// <param name="averagePurchase">The average value of one purchase (≥ 0).</param>
    /// <param name="purchasesPerYear">The number of purchases per year (≥ 0).</param>
    /// <param name="yearsRetained">The number of years the customer stays (≥ 0).</param>
    /// <returns>The lifetime revenue, in the currency of <paramref name="averagePurchase"/>, not rounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an argument is negative.</exception>
    /// <exception cref="OverflowException">Thrown when the result is outside the decimal range.</exception>
    /// <remarks>Source: <c>shared/domain.md</c> §7, a book buyer spending 1000 every two months for five years: 1000 × 6 × 5 = 30 000.
    /// The formula ignores costs and the time value of money; use it for a first estimate of one homogeneous segment.</remarks>
    public static Money Simple(Money averagePurchase, decimal purchasesPerYear, decimal yearsRetained)
    {
        MoneyGuard.NonNegative(averagePurchase);
        MoneyGuard.NonNegative(purchasesPerYear);
        MoneyGuard.NonNegative(yearsRetained);
        return averagePurchase * purchasesPerYear * yearsRetained;
    }

    /// <summary>Computes the net value of a customer: revenue − costs.</summary>
    /// <param name="revenue">The revenue the customer brings over the relationship (≥ 0).</param>
    /// <param name="costs">All costs of the relationship: acquisition and cost to serve (≥ 0, same currency).</param>
    /// <returns>The net value, negative when the customer costs more than it brings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an argument is negative.</exception>
    /// <exception cref="ArgumentException">Thrown when the currencies differ.</exception>
    /// <remarks>Source: <c>shared/domain.md</c> §7: 200 000 − 100 000 = 100 000.</remarks>
    public static Money Net(Money revenue, Money costs)
    {
        MoneyGuard.NonNegative(revenue);
        MoneyGuard.NonNegative(costs);
        MoneyGuard.SameCurrency(costs, revenue, nameof(revenue));
        return revenue - costs;
    }

    /// <summary>Computes the net value of a customer: revenue − acquisition cost − cost to serve.</summary>
    /// <param name="revenue">The revenue the customer brings over the relationship (≥ 0).</param>
    /// <param name="acquisitionCost">The cost of winning the customer (≥ 0, same currency).</param>
    /// <param name="costToServe">The cost of serving the customer over the relationship (≥ 0, same currency).</param>
    /// <returns>The net value, negative when the customer costs more than it brings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an argument is negative.</exception>
    /// <exception cref="ArgumentException">Thrown when the currencies differ.</exception>
    public static Money Net(Money revenue, Money acquisitionCost, Money costToServe)
    {
        MoneyGuard.NonNegative(revenue);
        MoneyGuard.NonNegative(acquisitionCost);
        MoneyGuard.NonNegative(costToServe);
        MoneyGuard.SameCurrency(acquisitionCost, revenue, nameof(revenue));
        MoneyGuard.SameCurrency(costToServe, revenue, nameof(revenue));
        return revenue - acquisitionCost - costToServe;
    }

    /// <summary>Computes the expected lifetime in periods of a customer with a constant churn rate: 1 / churn.</summary>
    /// <param name="churnRate">The churn rate per period.</param>
    /// <returns>The expected number of periods, counting the first (churn 0.2 per year gives 5 years).</returns>
    /// <remarks>With a constant churn rate c the lifetime is geometric: P(T = t) = (1 − c)^(t − 1) c, so E[T] = 1 / c.
    /// A cohort's churn rate usually falls over time (the shifted-beta-geometric model), so 1 / (first-year churn)
    /// underestimates the lifetime of the survivors.</remarks>
    public static double ExpectedLifetime(ChurnRate churnRate) => 1 / churnRate.Value;

    /// <summary>Computes the margin-based lifetime value without discounting: margin per period × expected lifetime = m / churn.</summary>
    /// <param name="marginPerPeriod">The margin (revenue − cost to serve) per period; may be negative.</param>
    /// <param name="churnRate">The churn rate per the same period.</param>
    /// <returns>The undiscounted lifetime margin (100 per year at churn 0.2 gives 500).</returns>
    /// <exception cref="OverflowException">Thrown when the result is outside the decimal range.</exception>
    /// <remarks>The customer pays the margin in every period it is active, the first included, and money is not discounted.</remarks>
    public static Money MarginBased(Money marginPerPeriod, ChurnRate churnRate)
    {
        var churn = RateMath.ToDecimal(churnRate.Value);
        if (churn == 0)
        {
            throw new OverflowException($"The lifetime value of a margin of {marginPerPeriod} at a churn rate of {churnRate} is outside the decimal range.");
        }

        return marginPerPeriod / churn;
    }

    /// <summary>Computes the discounted retention lifetime value m·r / (1 + d − r) over an infinite horizon.</summary>
    /// <param name="marginPerPeriod">The margin per period; may be negative.</param>
    /// <param name="retentionRate">The retention rate per period.</param>
    /// <param name="discountRate">The discount rate per the same period (a zero rate matches any period).</param>
    /// <returns>The present value of the future margins (m 100, r 0.8, d 0.1 gives 266.666…).</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="discountRate"/> is not zero and not per the period of <paramref name="retentionRate"/>.</exception>
    /// <exception cref="OverflowException">Thrown when the result is outside the decimal range.</exception>
    /// <remarks>Gupta &amp; Lehmann (2003): margins are received at the end of each period in which the customer is
    /// retained, the first after the first retention decision, discounted once per period:
    /// Σₜ m rᵗ / (1 + d)ᵗ = m r / (1 + d − r). Use it for an existing customer just after a payment; add the
    /// margin in hand with <see cref="DiscountedRetentionWithInitialMargin"/>. Oracle: 266.67 when rounded to cents.</remarks>
    public static Money DiscountedRetention(Money marginPerPeriod, RetentionRate retentionRate, DiscountRate discountRate)
    {
        MoneyGuard.SamePeriod(discountRate, retentionRate, nameof(discountRate), nameof(retentionRate));
        var r = RateMath.ToDecimal(retentionRate.Value);
        var d = RateMath.ToDecimal(discountRate.Value);
        return marginPerPeriod * r / (1 + d - r);
    }

    /// <summary>Computes the discounted retention lifetime value over a finite horizon: Σₜ₌₁ᵀ m rᵗ / (1 + d)ᵗ.</summary>
    /// <param name="marginPerPeriod">The margin per period; may be negative.</param>
    /// <param name="retentionRate">The retention rate per period.</param>
    /// <param name="discountRate">The discount rate per the same period (a zero rate matches any period).</param>
    /// <param name="periods">The horizon T in periods (≥ 0).</param>
    /// <returns>The present value of the margins of the next <paramref name="periods"/> periods.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="periods"/> is negative.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="discountRate"/> is not zero and not per the period of <paramref name="retentionRate"/>.</exception>
    /// <exception cref="OverflowException">Thrown when the result is outside the decimal range.</exception>
    /// <remarks>The same margins as <see cref="DiscountedRetention(Money, RetentionRate, DiscountRate)"/>, cut at a planning horizon:
    /// with q = r / (1 + d) the sum is m r (1 − qᵀ) / (1 + d − r), which tends to the infinite-horizon value as T grows.
    /// Use it when the business plans over a fixed horizon (a 5-year plan) or the product has a known end of life.</remarks>
    public static Money DiscountedRetention(Money marginPerPeriod, RetentionRate retentionRate, DiscountRate discountRate, int periods)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(periods);
        MoneyGuard.SamePeriod(discountRate, retentionRate, nameof(discountRate), nameof(retentionRate));
        var r = RateMath.ToDecimal(retentionRate.Value);
        var d = RateMath.ToDecimal(discountRate.Value);
        var q = r / (1 + d);
        return marginPerPeriod * r * (1 - Power(q, periods)) / (1 + d - r);
    }

    /// <summary>Computes the discounted retention lifetime value including the current period's margin: m + m·r / (1 + d − r).</summary>
    /// <param name="marginPerPeriod">The margin per period; may be negative.</param>
    /// <param name="retentionRate">The retention rate per period.</param>
    /// <param name="discountRate">The discount rate per the same period (a zero rate matches any period).</param>
    /// <returns>The margin in hand plus the present value of the future margins (m 100, r 0.8, d 0.1 gives 366.666…).</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="discountRate"/> is not zero and not per the period of <paramref name="retentionRate"/>.</exception>
    /// <exception cref="OverflowException">Thrown when the result is outside the decimal range.</exception>
    /// <remarks>Gupta &amp; Lehmann (2003) variant for a customer valued at the start of a period, before its first
    /// margin is paid (a newly acquired customer): equal to m (1 + d) / (1 + d − r). With d = 0 it is m / (1 − r),
    /// the margin-based value.</remarks>
    public static Money DiscountedRetentionWithInitialMargin(Money marginPerPeriod, RetentionRate retentionRate, DiscountRate discountRate) =>
        marginPerPeriod + DiscountedRetention(marginPerPeriod, retentionRate, discountRate);

    /// <summary>Compares an acquisition cost with the lifetime value it buys.</summary>
    /// <param name="lifetimeValue">The lifetime value of the customer acquired (may be negative).</param>
    /// <param name="acquisitionCost">The cost of winning the customer (≥ 0, same currency).</param>
    /// <returns>The result: profit, break-even or loss, the net value and the break-even acquisition cost.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="acquisitionCost"/> is negative.</exception>
    /// <exception cref="ArgumentException">Thrown when the currencies differ.</exception>
    /// <remarks>Source: <c>shared/domain.md</c> §7: spending 40 000 to win a customer worth 30 000 is a loss of 10 000.</remarks>
    public static AcquisitionResult CheckAcquisition(Money lifetimeValue, Money acquisitionCost)
    {
        MoneyGuard.NonNegative(acquisitionCost);
        MoneyGuard.SameCurrency(acquisitionCost, lifetimeValue, nameof(lifetimeValue));
        return new AcquisitionResult(lifetimeValue, acquisitionCost, null);
    }

    /// <summary>Compares an acquisition cost with the lifetime value it buys, and computes the simple payback period.</summary>
    /// <param name="lifetimeValue">The lifetime value of the customer acquired (may be negative).</param>
    /// <param name="acquisitionCost">The cost of winning the customer (≥ 0, same currency).</param>
    /// <param name="valuePerPeriod">The value the customer brings per period (&gt; 0, same currency), which pays the acquisition back.</param>
    /// <returns>The result, with <see cref="AcquisitionResult.PaybackPeriods"/> = cost / value per period when the cost is recovered within the lifetime.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="acquisitionCost"/> is negative or <paramref name="valuePerPeriod"/> is not positive.</exception>
    /// <exception cref="ArgumentException">Thrown when the currencies differ.</exception>
    /// <remarks>The payback is the simple, undiscounted one: the number of periods of <paramref name="valuePerPeriod"/> that add up to the cost.</remarks>
    public static AcquisitionResult CheckAcquisition(Money lifetimeValue, Money acquisitionCost, Money valuePerPeriod)
    {
        MoneyGuard.NonNegative(acquisitionCost);
        MoneyGuard.Positive(valuePerPeriod);
        MoneyGuard.SameCurrency(acquisitionCost, lifetimeValue, nameof(lifetimeValue));
        MoneyGuard.SameCurrency(valuePerPeriod, lifetimeValue, nameof(lifetimeValue));
        return new AcquisitionResult(lifetimeValue, acquisitionCost, valuePerPeriod);
    }

    /// <summary>
    /// Computes the retention rate at which an acquisition breaks even: the rate r at which the lifetime value of a new
    /// customer, m (1 + d) / (1 + d − r), equals the acquisition cost.
    /// </summary>
    /// <param name="acquisitionCost">The cost of winning the customer (≥ 0).</param>
    /// <param name="marginPerPeriod">The margin the customer brings per period (&gt; 0, same currency), the first paid at once.</param>
    /// <param name="discountRate">The discount rate per period; the result is per the same period (use <c>DiscountRate.PerYear(0)</c> for an undiscounted yearly rate).</param>
    /// <returns>The break-even retention rate (0 when one period's margin already covers the cost), or <see langword="null"/> when no retention rate below 1 breaks even.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="acquisitionCost"/> is negative or <paramref name="marginPerPeriod"/> is not positive.</exception>
    /// <exception cref="ArgumentException">Thrown when the currencies differ.</exception>
    /// <remarks>
    /// The customer pays its margin at the start of each period it is active, the first included (the initial-margin
    /// variant of Gupta &amp; Lehmann 2003, as in <see cref="BySegment(IEnumerable{CustomerSegment}, DiscountRate)"/>), so
    /// m (1 + d) / (1 + d − r) = A gives r = (1 + d)(1 − m / A). Undiscounted, the expected lifetime at that rate,
    /// 1 / (1 − r) = A / m, is the break-even time of <see cref="AcquisitionResult.BreakEvenPeriods"/>. Oracle (seed
    /// 002): 6 000 a year against 40 000 needs r = 1 − 6 000 / 40 000 = 0.85 a year, an expected 6.67 years.
    /// </remarks>
    public static RetentionRate? BreakEvenRetention(Money acquisitionCost, Money marginPerPeriod, DiscountRate discountRate)
    {
        MoneyGuard.NonNegative(acquisitionCost);
        MoneyGuard.Positive(marginPerPeriod);
        MoneyGuard.SameCurrency(marginPerPeriod, acquisitionCost, nameof(acquisitionCost));
        if (marginPerPeriod.Amount >= acquisitionCost.Amount)
        {
            return new RetentionRate(0, discountRate.Period);
        }

        var d = RateMath.ToDecimal(discountRate.Value);
        var r = (1 + d) * (1 - (marginPerPeriod.Amount / acquisitionCost.Amount));
        return r < 1 ? new RetentionRate(RateMath.BelowOne((double)r), discountRate.Period) : null;
    }

    /// <summary>Values a customer base segment by segment, without discounting.</summary>
    /// <param name="segments">The segments, each with its own purchase value, frequency, retention and costs (one currency, one retention period).</param>
    /// <returns>The value per segment and in total, with each segment's share.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="segments"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="segments"/> is empty, or the segments differ in currency or retention period.</exception>
    /// <exception cref="OverflowException">Thrown when a result is outside the decimal range.</exception>
    public static SegmentValuation BySegment(IEnumerable<CustomerSegment> segments) => BySegment(segments, default);

    /// <summary>Values a customer base segment by segment, discounting future periods.</summary>
    /// <param name="segments">The segments, each with its own purchase value, frequency, retention and costs (one currency, one retention period).</param>
    /// <param name="discountRate">The discount rate per the segments' retention period (a zero rate matches any period).</param>
    /// <returns>The value per segment and in total, with each segment's share.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="segments"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="segments"/> is empty, the segments differ in currency or retention period, or <paramref name="discountRate"/> is per another period.</exception>
    /// <exception cref="OverflowException">Thrown when a result is outside the decimal range.</exception>
    /// <remarks>
    /// A customer of a segment pays its margin (average purchase × purchases per period − cost to serve per period)
    /// at the start of every period it is active, the first included, and is retained from one period to the next
    /// with the segment's retention rate r. The expected discounted number of periods is (1 + d) / (1 + d − r)
    /// (1 / (1 − r) undiscounted: 5 years at r = 0.8, 1 period for one-off buyers at r = 0), which is the
    /// initial-margin variant of Gupta &amp; Lehmann (2003). The segment's net value per customer subtracts the
    /// acquisition cost; its total multiplies by the number of customers.
    /// </remarks>
    public static SegmentValuation BySegment(IEnumerable<CustomerSegment> segments, DiscountRate discountRate) =>
        SegmentValuation.Evaluate(segments, discountRate);

    /// <summary>Computes xⁿ in decimal by repeated squaring.</summary>
    internal static decimal Power(decimal x, int n)
    {
        var result = 1m;
        while (n > 0)
        {
            if ((n & 1) == 1)
            {
                result *= x;
            }

            n >>= 1;
            if (n > 0)
            {
                x *= x;
            }
        }

        return result;
    }
}
