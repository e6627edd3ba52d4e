using NodaTime;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Tests.Interact;

public class CustomerContextTests
{
    private static readonly CustomerId Anna = new("c-7");
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 10, 0);

    [Fact]
    public void Create_ShowsWhatARepresentativeNeedsAtOnce()
    {
        var history = new[]
        {
            new Interaction("i1", Anna, Channel.Web, T0, InteractionTopic.Delivery),
            new Interaction("i2", Anna, Channel.Phone, T0 + Duration.FromDays(2), InteractionTopic.Return,
                learned: [new Fact("household-size", "4", T0 + Duration.FromDays(2), Channel.Phone, "i2")]),
            new Interaction("i3", Anna, Channel.Email, T0 + Duration.FromDays(3), InteractionTopic.Credit),
            new Interaction("i4", Anna, Channel.Shop, T0 + Duration.FromDays(4), InteractionTopic.Payment),
            new Interaction("i5", Anna, Channel.Phone, T0 + Duration.FromDays(5), InteractionTopic.Negotiation),
            new Interaction("i6", Anna, Channel.Web, T0 + Duration.FromDays(9), InteractionTopic.Delivery),
            new Interaction("x1", new CustomerId("c-8"), Channel.Web, T0, InteractionTopic.Delivery),
        };
        var promise = CallbackPromise.Make("p-1", Anna, T0 + Duration.FromDays(5), T0 + Duration.FromDays(6), "passed to a specialist", "sales", Channel.Phone);

        var context = CustomerContext.Create(Anna, history, T0 + Duration.FromDays(8), [promise]);

        context.LastDelivery!.Id.Should().Be("i1", "i6 is after the instant of the context");
        context.ReturnsAndCredits.Select(i => i.Id).Should().Equal("i3", "i2");
        context.LatestPayment!.Id.Should().Be("i4");
        context.LatestNegotiation!.Id.Should().Be("i5");
        context.LastInteraction!.Id.Should().Be("i5");
        context.RememberedCount.Should().Be(1);
        context.OpenPromises.Should().ContainSingle();
        context.ToString().Should().Be(
            "c-7 at 2026-03-09T10:00:00Z: 5 interactions on e-mail, phone, shop, web; last delivery 2026-03-01T10:00:00Z; 2 returns/credits; 1 answers remembered; 1 open promises");
    }
}
