using NodaTime;
using NodaTime.Testing;
using RelationshipKit.Idic.Customize;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Pipeline;

namespace RelationshipKit.Idic.Tests.Customize;

public class TreatmentRulesCustomizeStrategyTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 10, 17, 0);
    private static readonly CustomerId Jan = new("c-1");

    [Fact]
    public async Task CustomizeStage_RunsTheRules_AndTracesEveryRule()
    {
        var strategy = new TreatmentRulesCustomizeStrategy<string>(facts: a => TreatmentFacts.From(a.SoFar, lifecycleStage: "exploration", marketingConsent: true));
        var pipeline = new IdicPipelineBuilder<string> { Clock = new FakeClock(Now) }
            .AddDifferentiate(new DifferentiateStageOptions<string> { TierOf = _ => new(ValueTier.MostGrowable) })
            .AddCustomize(new CustomizeStageOptions<string> { Strategy = strategy })
            .Build();

        var result = await pipeline.ExecuteAsync(new IdicRequest(Channel.Phone, customer: Jan));

        result.Treatment!.Name.Should().Be("most-growable");
        result.Treatment.Actions.Should().Equal(
            "relationship-type:" + RelationshipKit.RelationshipTypes.RelationshipTypeInfo.For(
                RelationshipKit.RelationshipTypes.RelationshipTypeRecommender.Default.Recommend(default, ValueTier.MostGrowable).Type).Name,
            "offer:cross-sell", "care:other-products", "care:prospect-follow-up", "care:satisfaction-survey");
        var entry = result.Trace.Entries.Single(e => e.Stage == IdicStageKind.Customize);
        entry.Decision.Should().StartWith("treatment most-growable: ");
        entry.Basis.Should().Contain("fired most-growable: tier is MostGrowable; fired prospect: lifecycle stage is exploration");
        entry.Basis.Should().Contain("not fired below-zero: tier is MostGrowable, not BelowZero");
    }

    [Fact]
    public async Task CustomizeStage_DefaultFacts_ReadTheTierFromThePipeline()
    {
        var pipeline = new IdicPipelineBuilder<string> { Clock = new FakeClock(Now) }
            .AddDifferentiate(new DifferentiateStageOptions<string> { TierOf = _ => new(ValueTier.BelowZero) })
            .AddCustomize(new CustomizeStageOptions<string> { Strategy = new TreatmentRulesCustomizeStrategy<string>() })
            .Build();

        var result = await pipeline.ExecuteAsync(new IdicRequest(Channel.Phone, customer: Jan));

        result.Treatment!.Name.Should().Be("below-zero");
        result.Treatment.Reasons.Should().Contain("not evaluated every-customer: below-zero fired and ends the rules");
    }

    [Fact]
    public async Task CustomizeStage_WithCareInputs_SchedulesTheCarePlan_CheckedAgainstPolicyAndConsent()
    {
        // Wednesday 10 June 2026, 10:00 in Warsaw. He bought a washing machine yesterday at 17:30; his team plays
        // today from 17:00 to 20:00; he agreed to surveys but not to marketing.
        var at = Instant.FromUtc(2026, 6, 10, 8, 0);
        var warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
        var profile = new ContactProfile(Jan, warsaw)
            .WithSuppression(new SuppressionWindow(Instant.FromUtc(2026, 6, 10, 15, 0), Instant.FromUtc(2026, 6, 10, 18, 0), "his team's match"));
        var consent = ConsentLedger.Empty(Jan).Append(new ConsentEvent("k-1", Jan, ConsentPurpose.Survey, ConsentAction.Granted, at - Duration.FromDays(30)));
        var sale = new CareEvent("s-1", Jan, CareEventKind.Sale, Instant.FromUtc(2026, 6, 10, 15, 30) - Duration.FromDays(1), "washing machine");
        var asked = new List<CustomerId>();
        var strategy = new TreatmentRulesCustomizeStrategy<string>(
            facts: a => TreatmentFacts.From(a.SoFar, marketingConsent: false),
            careInputs: a =>
            {
                asked.Add(a.CustomerId);
                return new(new CareInputs(profile, consent, [sale]));
            });
        var pipeline = new IdicPipelineBuilder<string> { Clock = new FakeClock(at) }
            .AddDifferentiate(new DifferentiateStageOptions<string> { TierOf = _ => new(ValueTier.MostGrowable) })
            .AddCustomize(new CustomizeStageOptions<string> { Strategy = strategy })
            .Build();

        var result = await pipeline.ExecuteAsync(new IdicRequest(Channel.Phone, customer: Jan));

        asked.Should().Equal(Jan);
        var treatment = result.Treatment!;
        treatment.Decision!.Name.Should().Be("most-growable");
        var plan = treatment.CarePlan!;
        plan.Customer.Should().Be(Jan);
        plan.At.Should().Be(at);
        plan.Items.Select(i => (i.Name, i.Status, i.Rule)).Should().Equal(
            ("thank-you-call", CarePlanItemStatus.Moved, "thank-you-after-sale"),
            ("satisfaction-survey", CarePlanItemStatus.Scheduled, "survey-after-sale"),
            ("other-products", CarePlanItemStatus.NoConsent, "most-growable"));
        var call = plan.Items[0];
        call.Requested.Should().Be(Instant.FromUtc(2026, 6, 10, 15, 30));
        call.Scheduled.Should().Be(Instant.FromUtc(2026, 6, 10, 18, 0), "the slot in the team's match is moved to its end");
        call.Reason.Should().Be("1 day after Sale s-1 at 2026-06-09T15:30:00Z (washing machine)");
        plan.Items[2].Reason.Should().Be("treatment most-growable");
        plan.Items[2].Checks[^1].Should().StartWith("consent for marketing on e-mail: refused");

        var entries = result.Trace.Entries.Where(e => e.Rule == "care-plan").Select(e => e.ToString()).ToArray();
        entries.Should().HaveCount(4);
        entries[0].Should().Be("Customize [care-plan] care plan: 2 of 3 care activities planned (care inputs (contact profile, consent ledger, events))");
        entries[1].Should().StartWith("Customize [care-plan] moved: thank-you-call on phone at 2026-06-10T18:00:00Z (thank-you-after-sale: 1 day after Sale s-1");
        entries[1].Should().Contain("contact policy: moved to 2026-06-10T18:00:00Z: suppressed: his team's match");
        entries[3].Should().StartWith("Customize [care-plan] no-consent: other-products on e-mail, asked for ");
        entries[3].Should().Contain("(most-growable: treatment most-growable; ");
    }

    [Fact]
    public async Task CustomizeStage_CareInputsUnknown_TreatmentWithoutPlan()
    {
        var strategy = new TreatmentRulesCustomizeStrategy<string>(careInputs: _ => new((CareInputs?)null));
        var pipeline = new IdicPipelineBuilder<string> { Clock = new FakeClock(Now) }
            .AddCustomize(new CustomizeStageOptions<string> { Strategy = strategy })
            .Build();

        var result = await pipeline.ExecuteAsync(new IdicRequest(Channel.Phone, customer: Jan));

        result.Treatment!.Decision!.Name.Should().Be("every-customer");
        result.Treatment.CarePlan.Should().BeNull();
        result.Trace.Entries.Should().NotContain(e => e.Rule == "care-plan");
    }

    [Fact]
    public async Task CustomizeStage_CareInputsOfAnotherCustomer_Throws()
    {
        var other = new CustomerId("c-2");
        var strategy = new TreatmentRulesCustomizeStrategy<string>(
            careInputs: _ => new(new CareInputs(new ContactProfile(other, DateTimeZone.Utc), ConsentLedger.Empty(other))));
        var pipeline = new IdicPipelineBuilder<string> { Clock = new FakeClock(Now) }
            .AddCustomize(new CustomizeStageOptions<string> { Strategy = strategy })
            .Build();

        var act = async () => await pipeline.ExecuteAsync(new IdicRequest(Channel.Phone, customer: Jan));

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage(
            "The careInputs delegate returned c-2's inputs for c-1; return the inputs of arguments.CustomerId.");
    }

    [Fact]
    public void CareInputs_AndToTreatment_RejectAnotherCustomersData()
    {
        var other = new CustomerId("c-2");
        var profile = new ContactProfile(Jan, DateTimeZone.Utc);

        var ledger = () => new CareInputs(profile, ConsentLedger.Empty(other));
        ledger.Should().Throw<ArgumentException>().WithParameterName("consent").WithMessage("consent must be the ledger of c-1; was the ledger of c-2.*");
        var events = () => new CareInputs(profile, ConsentLedger.Empty(Jan), [new CareEvent("s-9", other, CareEventKind.Sale, Now)]);
        events.Should().Throw<ArgumentException>().WithParameterName("events").WithMessage("events must all be c-1's; event \"s-9\" is c-2's.*");

        var plan = new CarePlanner().Plan(new CareInputs(new ContactProfile(other, DateTimeZone.Utc), ConsentLedger.Empty(other)), Now);
        var decision = TreatmentRules.Default.Decide(new TreatmentFacts(Jan));
        var toTreatment = () => decision.ToTreatment(plan);
        toTreatment.Should().Throw<ArgumentException>().WithParameterName("carePlan").WithMessage("carePlan must be c-1's; was c-2's.*");
        decision.ToTreatment().Decision.Should().BeSameAs(decision);
        decision.ToTreatment().CarePlan.Should().BeNull();
    }
}
