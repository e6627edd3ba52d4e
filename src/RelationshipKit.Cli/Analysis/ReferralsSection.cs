using System.Globalization;
using System.Text.Json;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The <c>referrals</c> section of <c>analyze</c>: customer referral value (Kumar, Petersen &amp; Leone 2007) next to
/// lifetime value, on referrals built into the tool. They are synthetic (the worked example of
/// docs/value/referral-value.md): the CDNOW sample has no referral data, and none is invented for it.
/// </summary>
internal sealed class ReferralsSection : ReportSection
{
    /// <summary>The description of the built-in sample, printed with the section.</summary>
    public const string SampleDescription = "synthetic referrals of three customers built into the tool (not real data; CDNOW has no referral data)";

    /// <summary>The discount rate of the sample, per year.</summary>
    public static readonly DiscountRate SampleDiscountRate = DiscountRate.PerYear(0.1);

    public override string Key => "referrals";

    /// <summary>Builds the sample referrals (PLN, years from now, a reward of 50 each).</summary>
    public static IReadOnlyList<Referral> SampleReferrals()
    {
        static Referral R(string referrer, string referred, int year, bool anyway, decimal worth, decimal saved) =>
            new(new CustomerId(referrer), new CustomerId(referred), year, anyway, Pln(worth), Pln(50), Pln(saved));
        return
        [
            R("anna", "b1", 1, false, 900, 0), R("anna", "b2", 1, true, 0, 150), R("anna", "b3", 2, false, 600, 0),
            R("ola", "c1", 0, false, 800, 0), R("ola", "c2", 1, false, 800, 0),
        ];
    }

    /// <summary>Builds the sample customers' lifetime values (PLN).</summary>
    public static IReadOnlyDictionary<CustomerId, Money> SampleLifetimeValues() => new Dictionary<CustomerId, Money>
    {
        [new CustomerId("anna")] = Pln(1_200),
        [new CustomerId("piotr")] = Pln(3_000),
        [new CustomerId("ola")] = Pln(400),
    };

    public override PreparedSection Prepare(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = CustomerReferralValue.Compute(SampleReferrals(), SampleDiscountRate);
        return new Prepared(values, CustomerReferralValue.Rank(SampleLifetimeValues(), values));
    }

    private static Money Pln(decimal amount) => new(amount, Currency.Pln);

    private sealed class Prepared(IReadOnlyList<ReferralValue> values, IReadOnlyList<CustomerValueRanking> ranking) : PreparedSection
    {
        public override void WriteText(TextWriter writer)
        {
            writer.WriteLine("Referrals: customer referral value (Kumar, Petersen & Leone 2007) next to lifetime value");
            writer.WriteLine(Invariant($"Sample: {SampleDescription}; PLN, discounted at {SampleDiscountRate.Value:R} a year."));
            writer.Write(TextTable.Render(
                null,
                ["Customer", "CLV", "CLV rank", "CRV", "CRV rank", "Referrals", "Group"],
                ranking.Select(r => (IReadOnlyList<string>)
                [
                    r.Customer.Value,
                    MoneyText.Display(r.LifetimeValue.Amount),
                    Invariant($"{r.LifetimeValueRank}"),
                    MoneyText.Display(r.ReferralValue.Amount),
                    Invariant($"{r.ReferralValueRank}"),
                    Invariant($"{values.FirstOrDefault(v => v.Referrer == r.Customer)?.Referrals ?? 0}"),
                    r.Group.ToString().ToLowerInvariant(),
                ]),
                new HashSet<int> { 1, 2, 3, 4, 5 }));
        }

        public override void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("sample", SampleDescription);
            writer.WriteString("currency", Currency.Pln.Code);
            writer.WriteFinite("discount_rate", SampleDiscountRate.Value);
            writer.WriteStartArray("referrers");
            foreach (var value in values)
            {
                writer.WriteStartObject();
                writer.WriteString("referrer", value.Referrer.Value);
                writer.WriteNumber("referrals", value.Referrals);
                writer.WriteNumber("new_customers", value.NewCustomers);
                writer.WriteAmount("new_customer_value", value.NewCustomerValue.Amount);
                writer.WriteAmount("acquisition_cost_saved", value.AcquisitionCostSaved.Amount);
                writer.WriteAmount("rewards", value.Rewards.Amount);
                writer.WriteAmount("crv", value.Value.Amount);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("ranking");
            foreach (var row in ranking)
            {
                writer.WriteStartObject();
                writer.WriteString("customer", row.Customer.Value);
                writer.WriteAmount("clv", row.LifetimeValue.Amount);
                writer.WriteAmount("crv", row.ReferralValue.Amount);
                writer.WriteNumber("clv_rank", row.LifetimeValueRank);
                writer.WriteNumber("crv_rank", row.ReferralValueRank);
                writer.WriteString("group", row.Group.ToString().ToLowerInvariant());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
