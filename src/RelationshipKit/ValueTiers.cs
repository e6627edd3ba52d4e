using System.Globalization;

namespace RelationshipKit;

/// <summary>
/// Places customers in value tiers (Peppers &amp; Rogers' differentiate step): most valuable (MVC), most growable
/// (MGC), below zero (BZ) and the rest, from their actual value, potential value and cost to serve; and lists the
/// customers who moved between two assignments.
/// </summary>
/// <remarks>
/// <para><b>Rules</b>, applied in this order to each <see cref="CustomerValuation"/>; the first that holds decides:</para>
/// <list type="number">
/// <item><description><see cref="ValueTier.BelowZero"/> when the cost to serve exceeds the actual value (net value &lt; 0): the customer costs more than it brings.</description></item>
/// <item><description><see cref="ValueTier.MostValuable"/> when the net value is positive and at or above the most-valuable cut.</description></item>
/// <item><description><see cref="ValueTier.MostGrowable"/> when the unrealised potential is positive and at or above the most-growable cut.</description></item>
/// <item><description><see cref="ValueTier.Standard"/> otherwise.</description></item>
/// </list>
/// <para>The cuts are the threshold amounts, or with quantile thresholds the quantiles of all the customers' net values
/// and unrealised potentials (see <see cref="ValueTierThresholds"/>), computed in <see cref="decimal"/>. A cut of zero
/// does not make a customer with nothing most valuable or most growable: both rules need a positive figure.</para>
/// <para>Source: D. Peppers and M. Rogers, <i>Managing Customer Relationships: A Strategic Framework</i> (Wiley, 2004;
/// 2nd ed. 2011), the differentiate step of IDIC: rank customers by actual value (what they bring) and potential
/// value (what they could bring); below-zero customers cost more to serve than they will ever bring.</para>
/// <para>The methods are pure and thread-safe.</para>
/// </remarks>
public static class ValueTiers
{
    /// <summary>Places every customer in a value tier with the <see cref="ValueTierThresholds.Default"/> thresholds (the top fifth by net value and by unrealised potential).</summary>
    /// <param name="valuations">The customers' figures: at least one, each customer once, one currency.</param>
    /// <returns>The assignment.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="valuations"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="valuations"/> is empty, contains null, names a customer twice or mixes currencies.</exception>
    public static ValueTierAssignment Assign(IEnumerable<CustomerValuation> valuations) => Assign(valuations, ValueTierThresholds.Default);

    /// <summary>Places every customer in a value tier.</summary>
    /// <param name="valuations">The customers' figures: at least one, each customer once, one currency.</param>
    /// <param name="thresholds">Where the most-valuable and most-growable tiers begin, as quantiles or amounts.</param>
    /// <returns>The assignment, with each customer's tier and the rule that decided.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="valuations"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="valuations"/> is empty, contains null, names a customer twice or mixes currencies, or amount thresholds are in another currency.</exception>
    public static ValueTierAssignment Assign(IEnumerable<CustomerValuation> valuations, ValueTierThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(valuations);
        var list = new List<CustomerValuation>();
        var seen = new HashSet<CustomerId>();
        foreach (var valuation in valuations)
        {
            if (valuation is null)
            {
                throw new ArgumentException($"valuations must not contain null; valuations[{list.Count}] is null.", nameof(valuations));
            }

            if (list.Count > 0 && valuation.Currency != list[0].Currency)
            {
                throw new ArgumentException(
                    $"valuations must share one currency; valuations[{list.Count}] is in {valuation.Currency.Code}, valuations[0] in {list[0].Currency.Code}.",
                    nameof(valuations));
            }

            if (!seen.Add(valuation.Customer))
            {
                throw new ArgumentException(
                    $"valuations must name each customer once; valuations[{list.Count}] names \"{valuation.Customer}\" again.", nameof(valuations));
            }

            list.Add(valuation);
        }

        if (list.Count == 0)
        {
            throw new ArgumentException("valuations must hold at least one customer; was empty.", nameof(valuations));
        }

        var currency = list[0].Currency;
        Money mostValuableCut, mostGrowableCut;
        if (thresholds.Kind == ValueTierThresholdKind.Amounts)
        {
            CheckCurrency(thresholds, currency, nameof(thresholds));
            mostValuableCut = thresholds.MostValuableAmount.GetValueOrDefault();
            mostGrowableCut = thresholds.MostGrowableAmount.GetValueOrDefault();
        }
        else
        {
            mostValuableCut = new Money(Quantile(list.Select(v => v.NetValue.Amount), thresholds.MostValuableQuantile.GetValueOrDefault()), currency);
            mostGrowableCut = new Money(Quantile(list.Select(v => v.UnrealisedPotential.Amount), thresholds.MostGrowableQuantile.GetValueOrDefault()), currency);
        }

        var tiers = list.Select(v => Place(v, mostValuableCut, mostGrowableCut, thresholds)).ToArray();
        return new ValueTierAssignment(thresholds, mostValuableCut, mostGrowableCut, tiers);
    }

    /// <summary>Places one customer in a value tier against threshold amounts (quantiles need the whole base).</summary>
    /// <param name="valuation">The customer's figures.</param>
    /// <param name="thresholds">Amount thresholds (<see cref="ValueTierThresholds.Amounts(Money, Money)"/>) in the valuation's currency.</param>
    /// <returns>The customer's tier and the rule that decided.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="valuation"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="thresholds"/> are quantiles, or amounts in another currency.</exception>
    public static CustomerTier Assign(CustomerValuation valuation, ValueTierThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(valuation);
        if (thresholds.Kind != ValueTierThresholdKind.Amounts)
        {
            throw new ArgumentException(
                $"thresholds must be amounts to place one customer, since quantiles need the whole customer base; was {thresholds}. Call Assign(valuations, thresholds) with every customer instead.",
                nameof(thresholds));
        }

        CheckCurrency(thresholds, valuation.Currency, nameof(thresholds));
        return Place(valuation, thresholds.MostValuableAmount.GetValueOrDefault(), thresholds.MostGrowableAmount.GetValueOrDefault(), thresholds);
    }

    /// <summary>Lists the customers whose tier differs between two assignments, including customers in only one of them.</summary>
    /// <param name="earlier">The earlier assignment.</param>
    /// <param name="later">The later assignment.</param>
    /// <returns>The migrations, in ordinal customer-id order; empty when nobody moved.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="earlier"/> or <paramref name="later"/> is null.</exception>
    public static IReadOnlyList<ValueTierMigration> Migrations(ValueTierAssignment earlier, ValueTierAssignment later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var customers = new SortedSet<CustomerId>(earlier.Customers.Select(c => c.Customer));
        customers.UnionWith(later.Customers.Select(c => c.Customer));
        var migrations = new List<ValueTierMigration>();
        foreach (var customer in customers)
        {
            ValueTier? from = earlier.TryGet(customer, out var before) ? before.Tier : null;
            ValueTier? to = later.TryGet(customer, out var after) ? after.Tier : null;
            if (from != to)
            {
                migrations.Add(new ValueTierMigration(customer, from, to));
            }
        }

        return migrations.AsReadOnly();
    }

    /// <summary>Computes the q-quantile by linear interpolation between order statistics (Hyndman &amp; Fan 1996, definition 7).</summary>
    internal static decimal Quantile(IEnumerable<decimal> values, double q)
    {
        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * (decimal)q;
        var lo = (int)decimal.Floor(h);
        var value = lo + 1 < sorted.Length ? sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo])) : sorted[lo];

        // Dividing by 1 with 28 zero decimals drops trailing zeros (3400.0 becomes 3400), so cuts print as they were entered.
        return value / 1.0000000000000000000000000000m;
    }

    private static CustomerTier Place(CustomerValuation valuation, Money mostValuableCut, Money mostGrowableCut, ValueTierThresholds thresholds)
    {
        var net = valuation.NetValue;
        var room = valuation.UnrealisedPotential;
        if (net.Amount < 0)
        {
            return new CustomerTier(valuation, ValueTier.BelowZero, $"cost to serve {valuation.CostToServe} exceeds actual value {valuation.ActualValue} (net value {net}).");
        }

        var valuableCut = Describe(mostValuableCut, thresholds.MostValuableQuantile);
        if (net.Amount > 0 && net >= mostValuableCut)
        {
            return new CustomerTier(valuation, ValueTier.MostValuable, $"net value {net} is at or above the most-valuable cut {valuableCut}.");
        }

        var growableCut = Describe(mostGrowableCut, thresholds.MostGrowableQuantile);
        if (room.Amount > 0 && room >= mostGrowableCut)
        {
            return new CustomerTier(valuation, ValueTier.MostGrowable, $"unrealised potential {room} is at or above the most-growable cut {growableCut}.");
        }

        var notValuable = net.Amount > 0 ? $"net value {net} is below the most-valuable cut {valuableCut}" : $"net value {net} is not positive";
        var notGrowable = room.Amount > 0 ? $"unrealised potential {room} is below the most-growable cut {growableCut}" : "there is no unrealised potential";
        return new CustomerTier(valuation, ValueTier.Standard, $"{notValuable} and {notGrowable}.");
    }

    private static string Describe(Money cut, double? quantile) => quantile is { } q
        ? string.Create(CultureInfo.InvariantCulture, $"{cut} (the {q:R} quantile)")
        : cut.ToString();

    private static void CheckCurrency(ValueTierThresholds thresholds, Currency currency, string paramName)
    {
        var amountCurrency = thresholds.MostValuableAmount.GetValueOrDefault().Currency;
        if (amountCurrency != currency)
        {
            throw new ArgumentException(
                $"{paramName} must be in the currency of the valuations ({currency.Code}); was {amountCurrency.Code}.", paramName);
        }
    }
}
