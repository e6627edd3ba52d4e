using NodaTime;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Identify;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Pipeline;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on the IDIC concept pages, compiled and checked here.</summary>
public class IdicSnippets
{
    private static readonly Instant At = Instant.FromUtc(2026, 6, 10, 17, 0);

    [Fact]
    public void ResolveIdentities()
    {
        #region idic-resolve
        ChannelRecord[] records =
        [
            new("web:1", Channel.Web,
                [Identifier.Email("Anna.Nowak@Example.com")]),
            new("shop:7", Channel.Shop,
                [Identifier.Phone("601 234 567"),
                 Identifier.Account("PL-00012345")]),
            new("cc:3", Channel.Phone,
                [Identifier.Phone("+48 601-234-567"),
                 Identifier.Email("anna.nowak@example.com")]),
        ];

        var resolver = new IdentityResolver();
        var resolution = resolver.Resolve(records);
        var anna = resolution.ClusterOf("web:1");

        foreach (var link in resolution.Explain(anna))
        {
            Console.WriteLine(link);
        }
        #endregion

        anna.RecordIds.Should().Equal("cc:3", "shop:7", "web:1");
        resolution.Explain(anna).Select(l => l.ToString()).Should().Equal(
            "shop:7 linked to cc:3 by phone +48*******67",
            "web:1 linked to cc:3 by e-mail a***@e***.com");
    }

    [Fact]
    public void DecideContact()
    {
        #region idic-contact-policy
        var warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
        var match = new SuppressionWindow(
            Instant.FromUtc(2026, 6, 10, 16, 0),
            Instant.FromUtc(2026, 6, 10, 18, 0),
            "Legia Warszawa match");
        var jan = new ContactProfile(new CustomerId("c-1"), warsaw)
            .WithSuppression(match);

        var policy = new ContactPolicy();
        var decision = policy.Decide(jan, Channel.Phone, At);

        Console.WriteLine(decision.NextAllowed);
        #endregion

        decision.IsAllowed.Should().BeFalse();
        decision.NextAllowed.Should().Be(Instant.FromUtc(2026, 6, 10, 18, 0));
    }

    [Fact]
    public async Task RunPipeline() =>
        (await PipelineTrace()).Split('\n').Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)]).Should().Equal(
            "Identify", "Identify", "Differentiate", "Differentiate", "Interact", "Interact", "Interact", "Interact", "Customize");

    internal static async Task<string> PipelineTrace()
    {
        var interactions = new InMemoryInteractionStore();
        var id = new CustomerId("c-1");
        await interactions.AppendAsync(new Interaction("i1", id, Channel.Phone, At - Duration.FromDays(2), InteractionTopic.Delivery,
            learned: [new Fact("household-size", "4", At - Duration.FromDays(2), Channel.Phone, "i1")]), 0);

        #region idic-pipeline
        var pipeline = new IdicPipelineBuilder<CustomerId>()
            .AddIdentify(new IdentifyStageOptions<CustomerId>
            {
                FindCustomer = a => new(a.Request.Customer ?? default),
                CustomerIdOf = customer => customer,
            })
            .AddDifferentiate(new DifferentiateStageOptions<CustomerId>
            {
                TierOf = _ => new(ValueTier.MostValuable),
            })
            .AddInteract(new InteractStageOptions<CustomerId>
            {
                Interactions = interactions,
                MaxOffersPerContact = 1,
            })
            .AddCustomize()
            .Build();

        var contact = Contact.Start("call-9", Channel.Phone, "ivr", At)
            .Verify(id, "pin", At)
            .TransferTo(Channel.Phone, "consultant-12", At);
        var request = new IdicRequest(
            Channel.Phone,
            customer: id,
            contact: contact,
            questions: ["household-size", "budget"],
            at: At);

        var result = await pipeline.ExecuteAsync(request);
        Console.WriteLine(result.Trace);
        #endregion

        result.NeedsVerification.Should().BeFalse();
        result.QuestionsToAsk.Should().Equal("budget");
        result.Trace.Entries.Select(e => e.Rule).Should().Equal(
            "find-customer", "one-verification", "value-tier", "needs-segment", "continue-dialogue", "consent",
            "never-ask-twice", "never-ask-twice", "treatment");
        return result.Trace.ToString();
    }
}
