using System.Globalization;
using System.Text.Json;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The <c>value_tiers</c> section of <c>analyze</c>: IDIC value tiers (MVC, MGC, BZ, the rest) of ten customers built
/// into the tool (synthetic; the worked example of docs/concepts/value-tiers.md), with the default thresholds.
/// </summary>
internal sealed class ValueTiersSection : ReportSection
{
    /// <summary>The description of the built-in sample, printed with the section.</summary>
    public const string SampleDescription = "ten synthetic customers built into the tool (not real data)";

    public override string Key => "value_tiers";

    /// <summary>Builds the sample: actual value, potential value and cost to serve per customer, in PLN a year.</summary>
    public static IReadOnlyList<CustomerValuation> SampleValuations()
    {
        static CustomerValuation V(string id, decimal actual, decimal potential, decimal cost) =>
            new(new CustomerId(id), new Money(actual, Currency.Pln), new Money(potential, Currency.Pln), new Money(cost, Currency.Pln));
        return
        [
            V("c01", 10_000, 12_000, 1_000), V("c02", 8_000, 9_000, 1_000), V("c03", 3_000, 15_000, 500),
            V("c04", 2_000, 10_000, 500), V("c05", 1_500, 2_000, 500), V("c06", 1_200, 1_500, 400),
            V("c07", 1_000, 1_000, 400), V("c08", 800, 1_200, 300), V("c09", 300, 600, 500), V("c10", 100, 100, 400),
        ];
    }

    public override PreparedSection Prepare(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Prepared(ValueTiers.Assign(SampleValuations()));
    }

    private sealed class Prepared(ValueTierAssignment assignment) : PreparedSection
    {
        public override void WriteText(TextWriter writer)
        {
            var thresholds = assignment.Thresholds;
            writer.WriteLine("Value tiers: most valuable (MVC), most growable (MGC), below zero (BZ) and the rest (Peppers & Rogers)");
            writer.WriteLine($"Sample: {SampleDescription}; amounts in {assignment.Currency.Code} a year.");
            writer.WriteLine(Invariant(
                $"Cuts: MVC at a net value of {MoneyText.Display(assignment.MostValuableCut.Amount)} (the {thresholds.MostValuableQuantile:R} quantile), MGC at an unrealised potential of {MoneyText.Display(assignment.MostGrowableCut.Amount)} (the {thresholds.MostGrowableQuantile:R} quantile)."));
            writer.Write(TextTable.Render(
                null,
                ["Customer", "Actual", "Potential", "Cost to serve", "Net value", "Tier"],
                assignment.Customers.Select(c => (IReadOnlyList<string>)
                [
                    c.Customer.Value,
                    MoneyText.Display(c.Valuation.ActualValue.Amount),
                    MoneyText.Display(c.Valuation.PotentialValue.Amount),
                    MoneyText.Display(c.Valuation.CostToServe.Amount),
                    MoneyText.Display(c.Valuation.NetValue.Amount),
                    TierName(c.Tier),
                ]),
                new HashSet<int> { 1, 2, 3, 4 }));
            writer.WriteLine(assignment.ToString() + ".");
        }

        public override void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("sample", SampleDescription);
            writer.WriteString("currency", assignment.Currency.Code);
            writer.WriteStartObject("thresholds");
            writer.WriteString("kind", "quantiles");
            writer.WriteFiniteOrNull("most_valuable", assignment.Thresholds.MostValuableQuantile);
            writer.WriteFiniteOrNull("most_growable", assignment.Thresholds.MostGrowableQuantile);
            writer.WriteEndObject();
            writer.WriteAmount("most_valuable_cut", assignment.MostValuableCut.Amount);
            writer.WriteAmount("most_growable_cut", assignment.MostGrowableCut.Amount);
            writer.WriteStartObject("counts");
            foreach (var tier in Enum.GetValues<ValueTier>())
            {
                writer.WriteNumber(TierKey(tier), assignment.CountOf(tier));
            }

            writer.WriteEndObject();
            writer.WriteStartArray("customers");
            foreach (var c in assignment.Customers)
            {
                writer.WriteStartObject();
                writer.WriteString("customer", c.Customer.Value);
                writer.WriteAmount("actual_value", c.Valuation.ActualValue.Amount);
                writer.WriteAmount("potential_value", c.Valuation.PotentialValue.Amount);
                writer.WriteAmount("cost_to_serve", c.Valuation.CostToServe.Amount);
                writer.WriteAmount("net_value", c.Valuation.NetValue.Amount);
                writer.WriteAmount("unrealised_potential", c.Valuation.UnrealisedPotential.Amount);
                writer.WriteString("tier", TierKey(c.Tier));
                writer.WriteString("reason", c.Reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static string TierName(ValueTier tier) => tier switch
        {
            ValueTier.MostValuable => "MVC",
            ValueTier.MostGrowable => "MGC",
            ValueTier.BelowZero => "BZ",
            _ => "standard",
        };

        private static string TierKey(ValueTier tier) => tier switch
        {
            ValueTier.MostValuable => "most_valuable",
            ValueTier.MostGrowable => "most_growable",
            ValueTier.BelowZero => "below_zero",
            _ => "standard",
        };

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
