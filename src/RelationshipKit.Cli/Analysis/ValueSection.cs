using System.Globalization;
using System.Text.Json;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The <c>value</c> section of <c>analyze</c>: lifetime value by segment, with the acquisition check, for an
/// illustrative customer base built in code (four segments of a book shop, in PLN per year, undiscounted). It shows
/// why one-off buyers must not be valued as five-year customers and where acquisition spend destroys value. The JSON
/// shape is documented in docs/value/acquisition-and-segments.md.
/// </summary>
internal sealed class ValueSection : ReportSection
{
    /// <summary>The description of the built-in sample, printed with the section.</summary>
    public const string SampleDescription = "illustrative segments built into the tool (not real data)";

    public override string Key => "value";

    /// <summary>Builds the illustrative segments: amounts in PLN, retention and costs per year.</summary>
    public static IReadOnlyList<CustomerSegment> SampleSegments()
    {
        static Money Pln(decimal amount) => new(amount, Currency.Pln);
        return
        [
            new CustomerSegment("one-off buyers", 6_000, Pln(150), 1, RetentionRate.PerYear(0), Pln(20), Pln(50)),
            new CustomerSegment("occasional", 3_000, Pln(250), 3, RetentionRate.PerYear(0.5), Pln(60), Pln(150)),
            new CustomerSegment("loyal readers", 1_000, Pln(1_000), 6, RetentionRate.PerYear(0.8), Pln(1_000), Pln(4_000)),
            new CustomerSegment("deal hunters", 2_000, Pln(100), 1, RetentionRate.PerYear(0.1), Pln(15), Pln(200)),
        ];
    }

    public override PreparedSection Prepare(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Prepared(CustomerLifetimeValue.BySegment(SampleSegments()));
    }

    private sealed class Prepared(SegmentValuation valuation) : PreparedSection
    {
        private static readonly string[] Headers =
            ["Segment", "Customers", "Years", "LTV", "Acq. cost", "Net", "Verdict", "Payback", "Total value", "Share"];

        private static readonly HashSet<int> NumericColumns = [1, 2, 3, 4, 5, 7, 8, 9];

        public override void WriteText(TextWriter writer)
        {
            var currency = valuation.Currency.Code;
            writer.WriteLine("Value: lifetime value by segment, with the acquisition check");
            writer.WriteLine($"Sample: {SampleDescription}; amounts in {currency} per customer, per year, undiscounted.");
            writer.WriteLine("Each segment is valued with its own purchase value, frequency, retention and costs: years = 1 / (1 - retention),");
            writer.WriteLine("LTV = (purchase x purchases per year - cost to serve) x years, net = LTV - acquisition cost, payback in years.");
            var rows = valuation.Segments.Select(value => (IReadOnlyList<string>)
            [
                value.Segment.Name,
                value.Segment.Customers.ToString("#,0", CultureInfo.InvariantCulture),
                Number(value.ExpectedPeriods),
                MoneyText.Display(value.LifetimeValue.Amount),
                MoneyText.Display(value.Segment.AcquisitionCost.Amount),
                MoneyText.Display(value.NetValue.Amount),
                Verdict(value.Acquisition.Outcome),
                value.Acquisition.PaybackPeriods is { } payback ? Number(payback) : "never",
                MoneyText.Display(value.TotalValue.Amount),
                (value.Share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %",
            ]);
            writer.Write(TextTable.Render(null, Headers, rows, NumericColumns));
            writer.WriteLine($"Total: {valuation.TotalCustomers.ToString("#,0", CultureInfo.InvariantCulture)} customers worth {MoneyText.Display(valuation.TotalValue.Amount)} {currency} after acquisition.");
            foreach (var loss in valuation.Segments.Where(v => v.Acquisition.Outcome == AcquisitionOutcome.Loss))
            {
                writer.WriteLine(
                    $"Acquisition destroys value in \"{loss.Segment.Name}\": {MoneyText.Display(loss.Segment.AcquisitionCost.Amount)} {currency} spent to win a customer worth " +
                    $"{MoneyText.Display(loss.LifetimeValue.Amount)} {currency} (break-even cost {MoneyText.Display(loss.Acquisition.BreakEvenAcquisitionCost.Amount)} {currency}).");
            }
        }

        public override void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("sample", SampleDescription);
            writer.WriteString("currency", valuation.Currency.Code);
            writer.WriteString("period", "P1Y");
            writer.WriteNumber("discount_rate", valuation.DiscountRate.Value);
            writer.WriteStartArray("segments");
            foreach (var value in valuation.Segments)
            {
                var segment = value.Segment;
                writer.WriteStartObject();
                writer.WriteString("segment", segment.Name);
                writer.WriteNumber("customers", segment.Customers);
                writer.WriteAmount("average_purchase", segment.AveragePurchase.Amount);
                writer.WriteAmount("purchases_per_period", segment.PurchasesPerPeriod);
                writer.WriteNumber("retention_rate", segment.RetentionRate.Value);
                writer.WriteAmount("cost_to_serve_per_period", segment.CostToServePerPeriod.Amount);
                writer.WriteAmount("expected_periods", value.ExpectedPeriods);
                writer.WriteAmount("revenue", value.Revenue.Amount);
                writer.WriteAmount("cost_to_serve", value.CostToServe.Amount);
                writer.WriteAmount("lifetime_value", value.LifetimeValue.Amount);
                writer.WriteAmount("acquisition_cost", segment.AcquisitionCost.Amount);
                writer.WriteAmount("net_value", value.NetValue.Amount);
                writer.WriteBoolean("profitable", value.Acquisition.IsProfitable);
                writer.WriteString("outcome", Verdict(value.Acquisition.Outcome).Replace('-', '_'));
                writer.WriteAmount("break_even_acquisition_cost", value.Acquisition.BreakEvenAcquisitionCost.Amount);
                writer.WriteAmountOrNull("payback_periods", value.Acquisition.PaybackPeriods);

                writer.WriteAmount("total_value", value.TotalValue.Amount);
                writer.WriteAmount("share", value.Share);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("total_customers", valuation.TotalCustomers);
            writer.WriteAmount("total_value", valuation.TotalValue.Amount);
            writer.WriteEndObject();
        }

        private static string Verdict(AcquisitionOutcome outcome) => outcome switch
        {
            AcquisitionOutcome.Profit => "profit",
            AcquisitionOutcome.Loss => "loss",
            _ => "break-even",
        };

        private static string Number(decimal value) => MoneyText.Format(Math.Round(value, 2, MidpointRounding.ToEven));
    }
}
