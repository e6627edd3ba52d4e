using NodaTime;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Customize;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Matching;
using RelationshipKit.Idic.Pipeline;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>The code of docs/concepts/consultant-matching.md and docs/concepts/care-plans.md, compiled and asserted.</summary>
[Collection(ConsoleCollection.Name)]
public class IdicCareSnippets
{
    private static readonly Instant At = Instant.FromUtc(2026, 6, 10, 8, 0);

    [Fact]
    public void MatchConsultant()
    {
        using var console = new ConsoleCapture();

        #region idic-match
        Consultant[] roster =
        [
            new("ewa", ["pl", "en"], CommunicationStyle.Analytical,
                ["billing", "complaints"], openCases: 2, capacity: 8),
            new("piotr", ["pl"], CommunicationStyle.Expressive,
                ["billing"], openCases: 0, capacity: 8),
        ];
        var jan = new MatchRequest(
            new CustomerId("c-1"), "pl", CommunicationStyle.Analytical,
            requiredSkills: ["billing", "complaints"]);

        var match = new ConsultantMatcher().Match(jan, roster);

        Console.WriteLine(match.Chosen!.Consultant.Id);
        foreach (var term in match.Chosen.Terms)
        {
            Console.WriteLine(term);
        }
        #endregion

        var printed = console.TakeOutput();
        printed.Split('\n').Should().Equal(
            "ewa",
            "style 3 × 1 (both analytical)",
            "skills 4 × 1 (has billing, complaints)",
            "load 2 × 0.75 (2 of 8 cases)",
            "age-band not scored (weight 0: the application does not match on age)",
            string.Empty);
        PageBlock("consultant-matching.md", 0).Should().Be(DocsPage.Wrap(printed, hangingIndent: 2).Trim());
    }

    [Fact]
    public void ChooseTreatment()
    {
        using var console = new ConsoleCapture();

        #region idic-treatment
        var facts = new TreatmentFacts(
            new CustomerId("c-1"),
            ValueTier.MostGrowable,
            lifecycleStage: "expansion",
            marketingConsent: false);

        var decision = TreatmentRules.Default.Decide(facts);

        Console.WriteLine(decision.Name);
        foreach (var outcome in decision.Outcomes)
        {
            Console.WriteLine(outcome);
        }

        Console.WriteLine(decision.OffersWithheldBecause);
        #endregion

        var printed = console.TakeOutput();
        printed.Split('\n').Should().Equal(
            "most-growable",
            "not fired falling-satisfaction: satisfaction trend unknown",
            "not fired most-valuable: tier is MostGrowable, not MostValuable",
            "fired most-growable: tier is MostGrowable",
            "not fired prospect: lifecycle stage is expansion, not exploration",
            "not fired below-zero: tier is MostGrowable, not BelowZero",
            "fired every-customer: no conditions",
            "no consent to marketing",
            string.Empty);
        PageBlock("care-plans.md", 0).Should().Be(DocsPage.Wrap(printed, hangingIndent: 2).Trim());
    }

    [Fact]
    public void PlanCare()
    {
        using var console = new ConsoleCapture();

        #region idic-care-plan
        var jan = new CustomerId("c-1");
        var warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
        var profile = new ContactProfile(jan, warsaw)
            .WithSuppression(new SuppressionWindow(
                Instant.FromUtc(2026, 6, 11, 15, 30),
                Instant.FromUtc(2026, 6, 11, 18, 0),
                "his team's match"));
        var sale = new CareEvent(
            "s-1", jan, CareEventKind.Sale,
            Instant.FromUtc(2026, 6, 10, 15, 30), "washing machine");

        var plan = new CarePlanner().Plan(
            profile, ConsentLedger.Empty(jan), [sale], At);

        foreach (var item in plan.Items)
        {
            Console.WriteLine($"{item.Name}: {item.Status}");
            Console.WriteLine($"  {item.Scheduled?.ToString() ?? "-"}");
            Console.WriteLine($"  {item.Checks[0]}");
        }
        #endregion

        var printed = console.TakeOutput();
        printed.Split('\n').Should().Equal(
            "thank-you-call: Moved",
            "  2026-06-11T18:00:00Z",
            "  contact policy: moved to 2026-06-11T18:00:00Z: suppressed: his team's match until 2026-06-11T18:00:00Z",
            "satisfaction-survey: NoConsent",
            "  -",
            "  contact policy: e-mail allowed at 2026-06-24T15:30:00Z",
            string.Empty);
        PageBlock("care-plans.md", 1).Should().Be(DocsPage.Wrap(printed, hangingIndent: 2).Trim());
    }

    [Fact]
    public async Task PlanCareInThePipeline()
    {
        using var console = new ConsoleCapture();

        #region idic-customize
        var jan = new CustomerId("c-1");
        var profile = new ContactProfile(
            jan, DateTimeZoneProviders.Tzdb["Europe/Warsaw"]);
        var consent = ConsentLedger.Empty(jan);
        CareEvent[] events =
        [
            new("s-1", jan, CareEventKind.Sale,
                Instant.FromUtc(2026, 6, 9, 15, 30), "washing machine"),
        ];
        var strategy = new TreatmentRulesCustomizeStrategy<CustomerId>(
            careInputs: a => new(new CareInputs(profile, consent, events)));
        var pipeline = new IdicPipelineBuilder<CustomerId>()
            .AddDifferentiate(new DifferentiateStageOptions<CustomerId>
            {
                TierOf = _ => new(ValueTier.MostValuable),
            })
            .AddCustomize(new CustomizeStageOptions<CustomerId>
            {
                Strategy = strategy,
            })
            .Build();

        var result = await pipeline.ExecuteAsync(
            new IdicRequest(Channel.Phone, customer: jan, at: At));

        foreach (var item in result.Treatment!.CarePlan!.Items)
        {
            Console.WriteLine($"{item.Name}: {item.Status} ({item.Rule})");
        }

        var trace = result.Trace.Entries.Where(e => e.Rule == "care-plan");
        Console.WriteLine(trace.First().Decision);
        #endregion

        var printed = console.TakeOutput();
        printed.Split('\n').Should().Equal(
            "key-account-alert: Internal (most-valuable)",
            "thank-you-call: Scheduled (thank-you-after-sale)",
            "valuable-customer-follow-up: Scheduled (most-valuable)",
            "product-news-by-manager: Moved (most-valuable)",
            "satisfaction-survey: NoConsent (survey-after-sale)",
            "care plan: 4 of 5 care activities planned",
            string.Empty);
        PageBlock("care-plans.md", 2).Should().Be(DocsPage.Wrap(printed, hangingIndent: 2).Trim());
    }

    /// <summary>The <paramref name="index"/>-th <c>text</c> block of a concept page: what the page shows as printed.</summary>
    private static string PageBlock(string page, int index)
    {
        var text = File.ReadAllText(Path.Combine(ReadmeTests.RepoRoot(), "docs", "concepts", page)).Replace("\r\n", "\n", StringComparison.Ordinal);
        return text.Split("```text\n")[index + 1].Split("```")[0].Trim();
    }
}
