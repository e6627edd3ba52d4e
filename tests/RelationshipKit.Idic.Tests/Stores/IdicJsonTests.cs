using System.Text.Json;
using NodaTime;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;
using RelationshipKit.Satisfaction;

namespace RelationshipKit.Idic.Tests.Stores;

public class IdicJsonTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 10, 0);
    private static readonly CustomerId Anna = new("c-7");

    [Fact]
    public void Interaction_RoundTrips_WithSchemaVersion()
    {
        var interaction = new Interaction("i1", Anna, Channel.Phone, T0, InteractionTopic.Negotiation, InteractionDirection.Outbound, ContactOutcome.Reached, "rate",
            [new Fact("budget", "2000", T0, Channel.Phone, "i1", T0 + Duration.FromDays(30))], ["offer-1"], "call-1", "agent-1", ["p-1"]);
        var json = IdicJson.Serialize(interaction);
        json.Should().StartWith("{\"schema_version\":1,\"id\":\"i1\",\"customer\":\"c-7\",\"channel\":\"phone\",\"at\":\"2026-03-01T10:00:00Z\"");
        IdicJson.Serialize(IdicJson.DeserializeInteraction(json)).Should().Be(json);
    }

    [Fact]
    public void Interaction_WithServiceMeasures_RoundTrips()
    {
        var service = new ServiceMeasures(
            T0, T0 + Duration.FromSeconds(40), T0 + Duration.FromMinutes(3), T0 + Duration.FromMinutes(9), resolved: true, reExplained: false, process: "billing",
            satisfaction: new SatisfactionRating(Anna, 4, SatisfactionScale.FivePoint, T0 + Duration.FromMinutes(10), PurchaseCyclePhase.After),
            recommendation: new SatisfactionRating(Anna, 9, SatisfactionScale.ZeroToTen, T0 + Duration.FromMinutes(10), PurchaseCyclePhase.After));
        var interaction = new Interaction("i2", Anna, Channel.Phone, T0, InteractionTopic.Complaint, contactId: "call-2", handler: "agent-1", service: service);

        var json = IdicJson.Serialize(interaction);
        var read = IdicJson.DeserializeInteraction(json);

        json.Should().Contain(
            "\"service\":{\"started_at\":\"2026-03-01T10:00:00Z\",\"queued_at\":\"2026-03-01T10:00:40Z\",\"answered_at\":\"2026-03-01T10:03:00Z\",\"ended_at\":\"2026-03-01T10:09:00Z\",\"resolved\":true,\"re_explained\":false,\"process\":\"billing\",\"satisfaction\":{\"score\":4,\"scale_min\":1,\"scale_max\":5,\"rated_at\":\"2026-03-01T10:10:00Z\",\"phase\":\"after\"}");
        IdicJson.Serialize(read).Should().Be(json);
        read.Service!.WaitTime.Should().Be(Duration.FromSeconds(140));
        read.Service.Recommendation!.Score.Should().Be(9);
    }

    [Fact]
    public void Interaction_WrittenBeforeServiceMeasures_ReadsWithoutThem()
    {
        var old = "{\"schema_version\":1,\"id\":\"i1\",\"customer\":\"c-7\",\"channel\":\"phone\",\"at\":\"2026-03-01T10:00:00Z\",\"topic\":\"question\"," +
            "\"direction\":\"inbound\",\"outcome\":\"reached\",\"summary\":\"\",\"learned\":[],\"offers_made\":[],\"contact_id\":null,\"handler\":null,\"promises_kept\":[]}";
        IdicJson.DeserializeInteraction(old).Service.Should().BeNull();
        var bad = () => IdicJson.DeserializeInteraction(old[..^1] + ",\"service\":{\"resolved\":\"yes\"}}");
        bad.Should().Throw<JsonException>().WithMessage("resolved must be true, false or null; was \"yes\".");
    }

    [Fact]
    public void ConsentEventAndPromise_RoundTrip()
    {
        var e = new ConsentEvent("e1", Anna, ConsentPurpose.Survey, ConsentAction.Granted, T0, kind: AgreementKind.Implicit, basis: "loyalty terms", exchange: "points");
        IdicJson.Serialize(IdicJson.DeserializeConsentEvent(IdicJson.Serialize(e))).Should().Be(IdicJson.Serialize(e));
        var promise = CallbackPromise.Make("p-1", Anna, T0, T0 + Duration.FromHours(2), "passed to a specialist", "team", Channel.Phone)
            .Keep(new Interaction("i9", Anna, Channel.Phone, T0 + Duration.FromHours(1), InteractionTopic.Callback, promisesKept: ["p-1"]));
        var json = IdicJson.Serialize(promise);
        json.Should().Contain("\"kept_by\":\"i9\",\"kept_at\":\"2026-03-01T11:00:00Z\"");
        IdicJson.Serialize(IdicJson.DeserializeCallbackPromise(json)).Should().Be(json);
    }

    [Fact]
    public void Deserialize_OtherSchemaVersionOrBadValue_ThrowsJsonException()
    {
        var act = () => IdicJson.DeserializeConsentEvent("{\"schema_version\":2}");
        act.Should().Throw<JsonException>().WithMessage("schema_version must be 1; was 2.");
        var bad = () => IdicJson.DeserializeConsentEvent(
            "{\"schema_version\":1,\"id\":\"e1\",\"customer\":\"c\",\"purpose\":\"survey\",\"action\":\"maybe\",\"at\":\"2026-03-01T10:00:00Z\",\"kind\":\"explicit\"}");
        bad.Should().Throw<JsonException>().WithMessage("action must be one of granted, withdrawn, refused; was \"maybe\".");
    }
}
