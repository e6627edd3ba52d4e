using NodaTime;
using NodaTime.Testing;
using RelationshipKit.Idic.Identify;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Pipeline;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Idic.Tests.Pipeline;

public class IdicPipelineTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 10, 17, 0);
    private static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];

    private sealed record Customer(CustomerId Id, string Email, string Phone);

    private static readonly Customer Jan = new(new CustomerId("c-1"), "jan.kowalski@example.com", "+48601234567");

    private static async Task<(IdicPipeline<Customer> Pipeline, InMemoryInteractionStore Interactions, InMemoryConsentStore Consent, InMemoryPromiseStore Promises)> Build(
        CustomizeStrategy<Customer>? strategy = null)
    {
        var interactions = new InMemoryInteractionStore();
        var consent = new InMemoryConsentStore();
        var promises = new InMemoryPromiseStore();
        await interactions.AppendAsync(new Interaction("i1", Jan.Id, Channel.Phone, Now - Duration.FromDays(3), InteractionTopic.Delivery,
            learned: [new Fact("household-size", "4", Now - Duration.FromDays(3), Channel.Phone, "i1")]), 0);
        await consent.AppendAsync(new ConsentEvent("k1", Jan.Id, ConsentPurpose.Marketing, ConsentAction.Granted, Now - Duration.FromDays(30), exchange: "free delivery"), 0);
        await promises.MakeAsync(CallbackPromise.Make("p-1", Jan.Id, Now - Duration.FromHours(8), Now - Duration.FromHours(3), "passed to a specialist: billing", "billing", Channel.Phone));
        var normalizer = IdentifierNormalizer.ForRegion("PL");
        var builder = new IdicPipelineBuilder<Customer> { Clock = new FakeClock(Now) }
            .AddIdentify(new IdentifyStageOptions<Customer>
            {
                FindCustomer = a => new(a.Request.Customer == Jan.Id || a.Request.Identifiers.Any(i => normalizer.TryNormalize(i, out var n) && (n == Jan.Email || n == Jan.Phone)) ? Jan : null),
                CustomerIdOf = c => c.Id,
            })
            .AddDifferentiate(new DifferentiateStageOptions<Customer> { TierOf = _ => new(ValueTier.MostValuable) })
            .AddInteract(new InteractStageOptions<Customer>
            {
                Interactions = interactions,
                Consent = consent,
                Promises = promises,
                ContactProfileOf = a => new(new ContactProfile(a.CustomerId, Warsaw)
                    .WithSuppression(new SuppressionWindow(Now - Duration.FromHours(1), Now + Duration.FromHours(1), "Legia Warszawa match"))),
                LearningQuestions = { "household-size", "preferred-contact-hours" },
            });
        var pipeline = (strategy is null ? builder.AddCustomize() : builder.AddCustomize(new CustomizeStageOptions<Customer> { Strategy = strategy })).Build();
        return (pipeline, interactions, consent, promises);
    }

    [Fact]
    public async Task ExecuteAsync_InboundAfterTransfer_RemembersVerifiesOnceCapsOffersAndExplainsEverything()
    {
        var (pipeline, _, _, _) = await Build();
        var contact = Contact.Start("call-9", Channel.Phone, "ivr", Now - Duration.FromMinutes(5))
            .Verify(Jan.Id, "pin", Now - Duration.FromMinutes(4))
            .TransferTo(Channel.Phone, "consultant-12", Now - Duration.FromMinutes(2));
        var request = new IdicRequest(Channel.Phone, identifiers: [Identifier.Phone("601 234 567")], contact: contact,
            questions: ["household-size", "budget"], offers: ["premium-card", "insurance"]);

        var result = await pipeline.ExecuteAsync(request);

        result.CustomerId.Should().Be(Jan.Id);
        result.NeedsVerification.Should().BeFalse();
        result.Tier.Should().Be(ValueTier.MostValuable);
        result.QuestionsToAsk.Should().Equal("budget");
        result.KnownAnswers.Single().Question.Should().Be("household-size");
        result.SuggestedQuestion.Should().Be("preferred-contact-hours");
        result.OffersAllowed.Should().Equal("premium-card");
        result.OffersWithheld.Should().Equal("insurance");
        result.IsRefused.Should().BeFalse();
        result.OverduePromises.Should().ContainSingle().Which.Promise.Id.Should().Be("p-1");
        result.Treatment.Should().BeSameAs(Treatment.PassThrough);
        result.Trace.ToString().Should().Be(string.Join("\n",
            "Identify [find-customer] identified as c-1 (presented phone 60*****67 on phone)",
            "Identify [one-verification] already verified by pin on phone at 2026-06-10T16:56:00Z; carried across 1 transfers: do not ask again (contact call-9)",
            "Differentiate [value-tier] tier MostValuable (tier lookup)",
            "Differentiate [needs-segment] needs unknown: learn them in this contact (no needs evidence for this customer)",
            "Interact [continue-dialogue] continues delivery on phone at 2026-06-07T17:00:00Z; 1 answers remembered (interaction store, version 1)",
            "Interact [callback-promise] serve first: promise p-1 (passed to a specialist: billing) is overdue by 3:00, 0 attempts: escalated to billing (level 0) (promise store)",
            "Interact [consent] granted: implicit agreement: service messages need no explicit consent under this policy (consent store, version 1)",
            "Interact [never-ask-twice] do not ask household-size: household-size: known since 2026-06-07T17:00:00Z from phone, valid (dialogue memory)",
            "Interact [never-ask-twice] ask budget: budget: never answered (dialogue memory)",
            "Interact [learn-something] learn preferred-contact-hours in this contact (learning questions)",
            "Interact [offer-cap] make 1 of 2 offers (cap 1 per contact: learn something instead of pushing products) (interact options)",
            "Customize [treatment] treatment pass-through (no treatment rules configured: the interaction goes on unchanged)"));
    }

    [Fact]
    public async Task ExecuteAsync_OutboundCallDuringTheMatch_IsRefusedWithTheNextAllowedInstant()
    {
        var (pipeline, _, _, _) = await Build();
        var result = await pipeline.ExecuteAsync(new IdicRequest(Channel.Phone, IdicDirection.Outbound, customer: Jan.Id, purpose: ConsentPurpose.Marketing));
        result.IsRefused.Should().BeTrue();
        result.RefusalReason.Should().Be("not allowed now; next allowed 2026-06-10T18:00:00Z");
        result.ContactDecision!.Reasons.Single().Text.Should().Be("suppressed: Legia Warszawa match");
    }

    [Fact]
    public async Task ExecuteAsync_PurposeWithoutConsent_IsRefusedAndOffersWithheld()
    {
        var (pipeline, _, consent, _) = await Build();
        await consent.AppendAsync(new ConsentEvent("k2", Jan.Id, ConsentPurpose.Marketing, ConsentAction.Withdrawn, Now - Duration.FromMinutes(1), Channel.Sms), 1);
        var result = await pipeline.ExecuteAsync(new IdicRequest(Channel.Sms, customer: Jan.Id, purpose: ConsentPurpose.Marketing, offers: ["premium-card"]));
        result.RefusalReason.Should().Be("no consent for marketing on sms: agreement for marketing on sms withdrawn at 2026-06-10T16:59:00Z");
        result.OffersAllowed.Should().BeEmpty();
        result.OffersWithheld.Should().Equal("premium-card");
    }

    [Fact]
    public async Task ExecuteAsync_UnknownCustomer_LaterStagesSkip()
    {
        var (pipeline, _, _, _) = await Build();
        var result = await pipeline.ExecuteAsync(new IdicRequest(Channel.Web, identifiers: [Identifier.Email("someone@example.org")]));
        result.IsIdentified.Should().BeFalse();
        result.Trace.Entries.Select(e => e.Rule).Should().Equal("find-customer", "skipped", "skipped", "skipped");
        result.Trace.Entries[0].ToString().Should().Be(
            "Identify [find-customer] no customer matches: treat as a new or anonymous customer (presented e-mail s***@e***.org)");
    }

    [Fact]
    public async Task ExecuteAsync_CustomStrategy_IsTheCustomizeExtensionPoint()
    {
        var (pipeline, _, _, _) = await Build(new DedicatedAdviserForTopTier());
        var result = await pipeline.ExecuteAsync(new IdicRequest(Channel.Phone, customer: Jan.Id));
        result.Treatment!.ToString().Should().Be("dedicated-adviser: route to adviser-3");
        result.Trace.Of(IdicStageKind.Customize).Single().Basis.Should().Be("tier MostValuable gets a dedicated adviser");
    }

    [Fact]
    public async Task ExecuteAsync_Cancelled_Throws()
    {
        var (pipeline, _, _, _) = await Build();
        using var source = new CancellationTokenSource();
        await source.CancelAsync();
        var act = async () => await pipeline.ExecuteAsync(new IdicRequest(Channel.Phone), source.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task ExecuteAsync_NoIdentifyStage_TakesTheRequestsCustomer()
    {
        var pipeline = new IdicPipelineBuilder<Customer>()
            .AddDifferentiate(new DifferentiateStageOptions<Customer> { TierOf = a => new(a.CustomerId == Jan.Id ? ValueTier.MostGrowable : null) })
            .Build();
        var result = await pipeline.ExecuteAsync(new IdicRequest(Channel.Web, customer: Jan.Id, at: Now));
        result.Tier.Should().Be(ValueTier.MostGrowable);
        result.Trace.Entries[0].ToString().Should().Be("Identify [given-customer] no identify stage: the request names customer c-1");
    }

    [Fact]
    public void Build_InvalidStages_ListsEveryProblem()
    {
        var builder = new IdicPipelineBuilder<Customer>()
            .AddCustomize()
            .AddIdentify(new IdentifyStageOptions<Customer> { FindCustomer = _ => default, CustomerIdOf = c => c.Id })
            .AddCustomize();
        var act = () => builder.Build();
        act.Should().Throw<InvalidOperationException>().WithMessage(
            "The IDIC pipeline is invalid: Customize was added 2 times: add each stage kind once; Identify is stage 2: add it first, so that the stages before it see the customer.");
        var empty = new IdicPipelineBuilder<Customer>();
        empty.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>().WithMessage("*no stage was added*");
    }

    [Fact]
    public void Build_Twice_Throws_AndAddAfterBuild_Throws()
    {
        var builder = new IdicPipelineBuilder<Customer>().AddCustomize();
        builder.Build().Stages.Should().Equal(IdicStageKind.Customize);
        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>()
            .WithMessage("This builder was already built; create a new IdicPipelineBuilder for another pipeline.");
        builder.Invoking(b => b.AddCustomize()).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void AddStages_InvalidOptions_ThrowNamingTheOption()
    {
        var builder = new IdicPipelineBuilder<Customer>();
        builder.Invoking(b => b.AddIdentify(new IdentifyStageOptions<Customer>())).Should().Throw<ArgumentException>()
            .WithMessage("FindCustomer must be set; was null. (Parameter 'options')");
        builder.Invoking(b => b.AddDifferentiate(new DifferentiateStageOptions<Customer>())).Should().Throw<ArgumentException>()
            .WithMessage("Tiers, TierOf, Needs or NeedsOf must be set (the stage needs a source of tiers or needs); was null. (Parameter 'options')");
        builder.Invoking(b => b.AddInteract(new InteractStageOptions<Customer> { MaxOffersPerContact = -1 })).Should().Throw<ArgumentException>()
            .WithMessage("MaxOffersPerContact must be 0 or more; was -1. (Parameter 'options')");
    }

    private sealed class DedicatedAdviserForTopTier : CustomizeStrategy<Customer>
    {
        public override ValueTask<Treatment> CustomizeAsync(CustomizeArguments<Customer> arguments) =>
            new(arguments.SoFar.Tier == ValueTier.MostValuable
                ? new Treatment("dedicated-adviser", ["route to adviser-3"], ["tier MostValuable gets a dedicated adviser"])
                : Treatment.PassThrough);
    }
}
