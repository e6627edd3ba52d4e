namespace RelationshipKit.Value.Formulas;

/// <summary>
/// Computes customer referral value (CRV): what a customer is worth through the customers its referrals bring, next
/// to its lifetime value (CLV); and ranks customers by both.
/// </summary>
/// <remarks>
/// <para><b>Why.</b> Seed 002 (point 7): "Дайте им возможность стать вашими амбассадорами и поощряйте за это" — give
/// customers the chance to become your ambassadors and reward them for it. Seed 000: influencers reward a supplier's
/// good behaviour and punish bad behaviour through their networks. A customer who buys little can still be among the
/// most valuable through whom it brings.</para>
/// <para><b>Definition</b> (after Kumar, V., Petersen, J. A. &amp; Leone, R. P. (2007), "How Valuable Is Word of
/// Mouth?", <i>Harvard Business Review</i> 85(10), 139–146): the referral value of a customer i is the discounted value
/// of the customers its referrals bring who would not have come otherwise, plus the acquisition cost saved on those
/// who would have come anyway, less the rewards paid:
/// <c>CRV_i = Σ_{y new} (V_y − a_y) / (1 + d)^{t_y} + Σ_{y anyway} (ACQ_y − a_y) / (1 + d)^{t_y}</c>, with V_y the
/// referred customer's own lifetime value when it joins, a_y the reward, ACQ_y the acquisition cost saved, t_y the
/// period in which it joins and d the discount rate per period. Subtracting the reward for customers who would have
/// come anyway too is this project's reading: the reward is paid for every referral. Kumar, Petersen &amp; Leone
/// estimate who would have joined anyway from surveys and referral records; here the caller says so per referral.</para>
/// <para><b>Ranking.</b> <see cref="Rank(IEnumerable{KeyValuePair{CustomerId, Money}}, IEnumerable{ReferralValue})"/>
/// ranks customers by CLV and by CRV and places each in one of the four groups Kumar, Petersen &amp; Leone describe:
/// champions (high CLV, high CRV), affluents (high CLV only), advocates (high CRV only) and misers (neither). "High"
/// is at or above the median of the customers ranked and above zero (the median split is this project's choice).</para>
/// <para>The methods are pure and thread-safe.</para>
/// </remarks>
public static class CustomerReferralValue
{
    /// <summary>Computes the referral value of every referrer in <paramref name="referrals"/>.</summary>
    /// <param name="referrals">The referred customers: each credited to one referrer, one currency.</param>
    /// <param name="discountRate">The discount rate per period; <see cref="Referral.JoinsInPeriod"/> counts in its periods.</param>
    /// <returns>One value per referrer, the highest first (ties in ordinal id order); empty when there are no referrals.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="referrals"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="referrals"/> contains null, mixes currencies or credits a referred customer twice.</exception>
    /// <exception cref="OverflowException">Thrown when a result is outside the decimal range.</exception>
    /// <remarks>Worked example (tested, on <c>docs/value/referral-value.md</c>): at d = 0.1, a referrer whose referrals
    /// bring a new customer worth 900 in period 1, one who would have joined anyway (saving 150) in period 1 and a new
    /// customer worth 600 in period 2, each for a reward of 50, is worth 850 / 1.1 + 100 / 1.1 + 550 / 1.21 = 1318.18.</remarks>
    public static IReadOnlyList<ReferralValue> Compute(IEnumerable<Referral> referrals, DiscountRate discountRate)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        var d = RateMath.ToDecimal(discountRate.Value);
        var byReferrer = new Dictionary<CustomerId, Accumulator>();
        var creditedTo = new Dictionary<CustomerId, CustomerId>();
        Currency? currency = null;
        var index = 0;
        foreach (var referral in referrals)
        {
            if (referral is null)
            {
                throw new ArgumentException($"referrals must not contain null; referrals[{index}] is null.", nameof(referrals));
            }

            currency ??= referral.Currency;
            if (referral.Currency != currency)
            {
                throw new ArgumentException(
                    $"referrals must share one currency; referrals[{index}] is in {referral.Currency.Code}, referrals[0] in {currency.Value.Code}.", nameof(referrals));
            }

            if (creditedTo.TryGetValue(referral.Referred, out var earlier))
            {
                throw new ArgumentException(
                    $"referrals must credit each referred customer once; referrals[{index}] credits \"{referral.Referred}\" to \"{referral.Referrer}\", an earlier referral to \"{earlier}\".",
                    nameof(referrals));
            }

            creditedTo.Add(referral.Referred, referral.Referrer);
            var factor = 1 / CustomerLifetimeValue.Power(1 + d, referral.JoinsInPeriod);
            if (!byReferrer.TryGetValue(referral.Referrer, out var sum))
            {
                sum = new Accumulator();
                byReferrer.Add(referral.Referrer, sum);
            }

            sum.Referrals++;
            sum.Rewards += referral.Reward.Amount * factor;
            if (referral.WouldHaveJoinedAnyway)
            {
                sum.Saved += referral.AcquisitionCostSaved.Amount * factor;
            }
            else
            {
                sum.NewCustomers++;
                sum.NewValue += referral.LifetimeValue.Amount * factor;
            }

            index++;
        }

        var c = currency.GetValueOrDefault();
        return byReferrer
            .Select(pair => new ReferralValue(
                pair.Key,
                pair.Value.Referrals,
                pair.Value.NewCustomers,
                new Money(pair.Value.NewValue, c),
                new Money(pair.Value.Saved, c),
                new Money(pair.Value.Rewards, c)))
            .OrderByDescending(v => v.Value.Amount)
            .ThenBy(v => v.Referrer)
            .ToList()
            .AsReadOnly();
    }

    /// <summary>Ranks customers by lifetime value and by referral value and places each in a group.</summary>
    /// <param name="lifetimeValues">Every customer's lifetime value (each customer once, one currency); every referrer must be among them.</param>
    /// <param name="referralValues">The referral values (from <see cref="Compute(IEnumerable{Referral}, DiscountRate)"/>); a customer without one has a referral value of zero.</param>
    /// <returns>One row per customer of <paramref name="lifetimeValues"/>, by lifetime-value rank (ties in ordinal id order).</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="lifetimeValues"/> is empty, names a customer twice or mixes currencies, or a referrer has no lifetime value or another currency.</exception>
    public static IReadOnlyList<CustomerValueRanking> Rank(IEnumerable<KeyValuePair<CustomerId, Money>> lifetimeValues, IEnumerable<ReferralValue> referralValues)
    {
        ArgumentNullException.ThrowIfNull(lifetimeValues);
        ArgumentNullException.ThrowIfNull(referralValues);
        var clv = new Dictionary<CustomerId, Money>();
        foreach (var (customer, value) in lifetimeValues)
        {
            if (clv.Count > 0 && value.Currency != clv.First().Value.Currency)
            {
                throw new ArgumentException(
                    $"lifetimeValues must share one currency; \"{customer}\" is in {value.Currency.Code}, \"{clv.First().Key}\" in {clv.First().Value.Currency.Code}.", nameof(lifetimeValues));
            }

            if (!clv.TryAdd(customer, value))
            {
                throw new ArgumentException($"lifetimeValues must name each customer once; \"{customer}\" appears twice.", nameof(lifetimeValues));
            }
        }

        if (clv.Count == 0)
        {
            throw new ArgumentException("lifetimeValues must hold at least one customer; was empty.", nameof(lifetimeValues));
        }

        var currency = clv.First().Value.Currency;
        var crv = new Dictionary<CustomerId, Money>();
        foreach (var value in referralValues)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(referralValues));
            if (!clv.ContainsKey(value.Referrer))
            {
                throw new ArgumentException(
                    $"referralValues must be of customers in lifetimeValues; \"{value.Referrer}\" has no lifetime value.", nameof(referralValues));
            }

            if (value.Value.Currency != currency)
            {
                throw new ArgumentException(
                    $"referralValues must be in the currency of lifetimeValues ({currency.Code}); \"{value.Referrer}\" is in {value.Value.Currency.Code}.", nameof(referralValues));
            }

            crv[value.Referrer] = value.Value;
        }

        var customers = clv.Keys.Order().ToArray();
        var lifetime = customers.Select(c => clv[c].Amount).ToArray();
        var referral = customers.Select(c => crv.TryGetValue(c, out var v) ? v.Amount : 0m).ToArray();
        var lifetimeRanks = CompetitionRanks(lifetime);
        var referralRanks = CompetitionRanks(referral);
        var lifetimeMedian = Median(lifetime);
        var referralMedian = Median(referral);
        var rows = new List<CustomerValueRanking>(customers.Length);
        for (var i = 0; i < customers.Length; i++)
        {
            var highLifetime = lifetime[i] > 0 && lifetime[i] >= lifetimeMedian;
            var highReferral = referral[i] > 0 && referral[i] >= referralMedian;
            var group = (highLifetime, highReferral) switch
            {
                (true, true) => ReferralValueGroup.Champion,
                (true, false) => ReferralValueGroup.Affluent,
                (false, true) => ReferralValueGroup.Advocate,
                _ => ReferralValueGroup.Miser,
            };
            rows.Add(new CustomerValueRanking(customers[i], clv[customers[i]], new Money(referral[i], currency), lifetimeRanks[i], referralRanks[i], group));
        }

        return rows.OrderBy(r => r.LifetimeValueRank).ThenBy(r => r.Customer).ToList().AsReadOnly();
    }

    /// <summary>Ranks from 1 for the highest value; equal values share the rank (1, 2, 2, 4).</summary>
    private static int[] CompetitionRanks(decimal[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderByDescending(i => values[i]).ToArray();
        var ranks = new int[values.Length];
        for (var k = 0; k < order.Length; k++)
        {
            ranks[order[k]] = k > 0 && values[order[k]] == values[order[k - 1]] ? ranks[order[k - 1]] : k + 1;
        }

        return ranks;
    }

    private static decimal Median(decimal[] values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private sealed class Accumulator
    {
        public int Referrals { get; set; }

        public int NewCustomers { get; set; }

        public decimal NewValue { get; set; }

        public decimal Saved { get; set; }

        public decimal Rewards { get; set; }
    }
}
