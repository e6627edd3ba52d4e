using System.Text.Json;
using NodaTime;
using RelationshipKit.Lifecycle.Presets;
using RelationshipKit.Lifecycle.Serialization;
using RelationshipKit.Testing.Lifecycle;

namespace RelationshipKit.Lifecycle.Tests.Serialization;

public class LifecycleJsonTests
{
    private static readonly LifecycleDefinition<RelationshipStage, RelationshipTrigger> Sources = LifecyclePresets.Sources();

    private static LifecycleHistoryBuilder<RelationshipStage, RelationshipTrigger> Journey() =>
        new LifecycleHistoryBuilder<RelationshipStage, RelationshipTrigger>(Sources, "00042", Instant.FromUtc(2026, 2, 1, 9, 30))
            .By(new TransitionMetadata("ana.nowak", "demo went well", ChangeDriver.SupplierAction))
            .Fire(RelationshipTrigger.Advance)
            .Fire(RelationshipTrigger.Complain)
            .Fire(RelationshipTrigger.ResolveWell)
            .Fire(LifecyclePresets.Dissolve, new DissolutionReason(DissolutionInitiator.Customer, DissolutionCause.MovedToBetterBrandOrProduct));

    [Fact]
    public void State_RoundTrips()
    {
        var state = Journey().State;

        var json = LifecycleJson.SerializeState(Sources, state);
        var read = LifecycleJson.DeserializeState(Sources, json);

        read.Found.Should().BeTrue();
        read.State.Should().Be(state);
        json.Should().Be(
            "{\"schema_version\":1,\"kind\":\"relationship_state\",\"customer_id\":\"00042\",\"definition\":\"sources\",\"definition_version\":1,\"stage\":\"Dissolution\","
            + "\"version\":5,\"episode\":1,\"entered_at\":\"2026-02-05T09:30:00Z\",\"last_transition_at\":\"2026-02-05T09:30:00Z\",\"last_event_id\":\"00042-5\"}");
    }

    [Fact]
    public void History_RoundTripsAndStillVerifiesAndReplays()
    {
        var journey = Journey();
        var history = journey.Build();

        var json = LifecycleJson.SerializeHistory(history, indented: true);
        var read = LifecycleJson.DeserializeHistory(Sources, json);

        read.Select(e => e.Hash).Should().Equal(history.Select(e => e.Hash));
        read.Verify().Should().BeNull();
        Sources.Replay(read).State.Should().Be(journey.State);
        read[4].ArgumentSummary.Should().Be("customer: MovedToBetterBrandOrProduct");
        read[1].Metadata.Should().Be(new TransitionMetadata("ana.nowak", "demo went well", ChangeDriver.SupplierAction));
        json.Should().Contain("\"driver\": \"supplier_action\"").And.Contain("\"kind\": \"transition\"");
    }

    [Fact]
    public void History_ErasedAndEmpty_RoundTrip()
    {
        var erased = new LifecycleHistory<RelationshipStage, RelationshipTrigger>(Journey().Build().Select(e => e.WithPersonalDataErased()));
        LifecycleJson.DeserializeHistory(Sources, LifecycleJson.SerializeHistory(erased)).Verify().Should().BeNull();
        var empty = LifecycleJson.SerializeHistory(new LifecycleHistory<RelationshipStage, RelationshipTrigger>([]));
        empty.Should().Be("{\"schema_version\":1,\"kind\":\"lifecycle_history\",\"customer_id\":null,\"definition\":null,\"entries\":[]}");
        LifecycleJson.DeserializeHistory(Sources, empty).Count.Should().Be(0);
    }

    [Fact]
    public void History_TamperedInTheFile_IsCaughtByVerify()
    {
        var json = LifecycleJson.SerializeHistory(Journey().Build());
        var tampered = json.Replace("\"to\":\"Awareness\"", "\"to\":\"Expansion\"", StringComparison.Ordinal);

        var read = LifecycleJson.DeserializeHistory(Sources, tampered);

        read.Verify()!.Message.Should().Be("Entry 2 (sequence 2, event '00042-2'): its fields do not match its hash (edited).");
    }

    [Fact]
    public void Deserialize_NewerSchema_IsRejectedClearly()
    {
        var json = LifecycleJson.SerializeState(Sources, Journey().State).Replace("\"schema_version\":1", "\"schema_version\":2", StringComparison.Ordinal);

        FluentActions.Invoking(() => LifecycleJson.DeserializeState(Sources, json)).Should().Throw<JsonException>()
            .WithMessage("schema_version 2 is newer than the version 1 this RelationshipKit.Lifecycle reads; upgrade the package to read it.");
    }

    [Fact]
    public void Deserialize_BadDocuments_ThrowWithPositionOrPath()
    {
        FluentActions.Invoking(() => LifecycleJson.DeserializeState(Sources, "{\n  \"schema_version\": 1,\n  oops\n}")).Should().Throw<JsonException>()
            .Where(e => e.LineNumber == 2);
        FluentActions.Invoking(() => LifecycleJson.DeserializeState(Sources, "[1]")).Should().Throw<JsonException>()
            .WithMessage("The JSON must be an object with a schema_version; was array.");
        FluentActions.Invoking(() => LifecycleJson.DeserializeState(Sources, "{\"kind\":\"relationship_state\"}")).Should().Throw<JsonException>()
            .WithMessage("The JSON has no integer schema_version; it was not written by RelationshipKit.Lifecycle.");
        FluentActions.Invoking(() => LifecycleJson.DeserializeState(Sources, LifecycleJson.SerializeHistory(Journey().Build()))).Should().Throw<JsonException>()
            .WithMessage("The JSON must be a relationship_state; its kind was \"lifecycle_history\".");
        var extra = LifecycleJson.SerializeState(Sources, Journey().State).Replace("\"episode\":1", "\"episode\":1,\"mood\":\"good\"", StringComparison.Ordinal);
        FluentActions.Invoking(() => LifecycleJson.DeserializeState(Sources, extra)).Should().Throw<JsonException>().Where(e => e.Message.Contains("mood", StringComparison.Ordinal));
        var badHash = LifecycleJson.SerializeHistory(Journey().Build());
        badHash = badHash[..badHash.IndexOf("\"hash\":\"", StringComparison.Ordinal)] + "\"hash\":\"zz\"}]}";
        FluentActions.Invoking(() => LifecycleJson.DeserializeHistory(Sources, badHash)).Should().Throw<JsonException>()
            .WithMessage("$.entries[0].hash must be 64 hexadecimal digits; was \"zz\".");
    }

    [Fact]
    public void Deserialize_AnotherDefinition_IsAMismatchOrNamedEntry()
    {
        var dwyer = LifecyclePresets.Dwyer();
        var stateJson = LifecycleJson.SerializeState(Sources, Journey().State);
        var historyJson = LifecycleJson.SerializeHistory(Journey().Build());

        LifecycleJson.DeserializeState(dwyer, stateJson).Message.Should().Be("The state of customer '00042' belongs to definition \"sources\", not \"dwyer\".");
        FluentActions.Invoking(() => LifecycleJson.DeserializeHistory(dwyer, historyJson)).Should().Throw<JsonException>()
            .WithMessage("$.entries[0]: History entry 1 of customer '00042' belongs to definition \"sources\", not \"dwyer\".");
    }
}
