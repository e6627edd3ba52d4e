using NodaTime;
using static RelationshipKit.Lifecycle.Tests.TestLifecycle;

namespace RelationshipKit.Lifecycle.Tests;

public partial class LifecycleDefinitionTests
{
    private static RelationshipStateData StateData(int version, string stage, string definition = "deals") => new()
    {
        CustomerId = "c1",
        DefinitionName = definition,
        DefinitionVersion = version,
        Stage = stage,
        Version = 4,
        Episode = 1,
        EnteredAt = T0,
        LastTransitionAt = T0,
        LastEventId = "e4",
    };

    [Fact]
    public void RestoreState_CurrentVersion_RoundTripsThroughData()
    {
        var opened = Opened();

        var read = Deals.RestoreState(Deals.ToData(opened));

        read.Found.Should().BeTrue();
        read.State.Should().Be(opened);
    }

    [Fact]
    public void RestoreState_DeclaredRenameAndMerge_MapsOldNames()
    {
        var builder = new LifecycleBuilder<Stage, Trigger>("deals", 3).InitialStage(Stage.New);
        builder.Configure(Stage.New).Permit(Trigger.Qualify, Stage.Open);
        builder.Configure(Stage.Open);
        builder.MigrateFrom(1, m => m.Rename("Prospect", Stage.New).Merge(["Engaged", "Negotiating"], Stage.Open));
        builder.MigrateFrom(2, _ => { });
        var v3 = builder.Build();

        v3.MigratesFrom.Should().Equal(1, 2);
        v3.RestoreState(StateData(1, "Prospect")).State.Stage.Should().Be(Stage.New);
        v3.RestoreState(StateData(1, "Negotiating")).State.Stage.Should().Be(Stage.Open);
        v3.RestoreState(StateData(2, "Open")).State.Should().Match<RelationshipState<Stage>>(s => s.Stage == Stage.Open && s.DefinitionVersion == 3);
        v3.RestoreState(StateData(1, "Gone")).Message.Should().Be(
            "The state of customer 'c1': stage \"Gone\" of version 1 has no counterpart in version 3; add Rename(\"Gone\", ...) to the migration from version 1.");
    }

    [Fact]
    public void RestoreState_Mismatches_AreResultsWithClearMessages()
    {
        Deals.RestoreState(StateData(2, "New")).Message.Should().Be(
            "The state of customer 'c1': it was written by version 2 of \"deals\", newer than this definition's version 1; upgrade the application.");
        Deals.RestoreState(StateData(1, "New", definition: "tickets")).Message.Should().Be("The state of customer 'c1' belongs to definition \"tickets\", not \"deals\".");
        Deals.RestoreState(StateData(1, "Nope")).Status.Should().Be(StateReadStatus.DefinitionMismatch);
    }

    [Fact]
    public void RestoreState_MalformedData_ThrowsInvalidData()
    {
        var data = new RelationshipStateData
        {
            CustomerId = " ",
            DefinitionName = "deals",
            DefinitionVersion = 1,
            Stage = "New",
            Version = 1,
            Episode = 1,
            EnteredAt = T0,
            LastTransitionAt = T0,
            LastEventId = "e",
        };

        FluentActions.Invoking(() => Deals.RestoreState(data)).Should().Throw<InvalidDataException>()
            .WithMessage("The state of customer ' ', field state: value must not be empty or white space; was \" \". (Parameter 'value')");
    }

    [Fact]
    public void CreateEntry_RecordOfAnotherDefinition_Throws()
    {
        var other = new LifecycleBuilder<Stage, Trigger>("other").InitialStage(Stage.New);
        other.Configure(Stage.New);
        var record = other.Build().Start(C("c1"), E("s"), T0).Record;

        FluentActions.Invoking(() => Deals.CreateEntry(record, default)).Should().Throw<ArgumentException>()
            .WithMessage("record must come from \"deals\" v1; was from \"other\" v1. (Parameter 'record')");
        FluentActions.Invoking(() => Deals.CreateEntry(default, default)).Should().Throw<ArgumentException>().WithParameterName("record");
    }

    [Fact]
    public void CreateEntry_PersonalData_IsSaltedSoEqualTextsGiveDifferentDigests()
    {
        var metadata = new TransitionMetadata("ana", "called", ChangeDriver.SupplierAction);
        var record = Deals.Start(C("c1"), E("s"), T0, metadata).Record;

        var first = Deals.CreateEntry(record, default);
        var second = Deals.CreateEntry(record, default);

        first.PersonalDataSalt.Should().HaveCount(16);
        first.PersonalDataDigest.Should().NotBe(second.PersonalDataDigest);
        first.CheckIntegrity().Should().BeNull();
        var bare = Deals.CreateEntry(Deals.Start(C("c1"), E("s"), T0).Record, default);
        bare.PersonalDataDigest.IsZero.Should().BeTrue();
        bare.PersonalDataSalt.Should().BeEmpty();
        bare.ToString().Should().Be("#1 Started at New at 2026-03-02T10:00:00Z");
    }

    [Fact]
    public void RestoreEntry_InvalidData_ThrowsNamingTheEntryAndField()
    {
        var good = Deals.CreateEntry(Deals.Start(C("c1"), E("s"), T0).Record, default).ToData();

        FluentActions.Invoking(() => Deals.RestoreEntry(new LifecycleHistoryEntryData
        {
            CustomerId = "c1", DefinitionName = "deals", DefinitionVersion = 1, Sequence = 1, Episode = 1, Kind = HistoryEntryKind.Started,
            To = "Nowhere", EventId = "s", At = T0, Hash = good.Hash,
        })).Should().Throw<InvalidDataException>().WithMessage("History entry 1 of customer 'c1', field to: stage \"Nowhere\" is not configured in \"deals\" v1.");
        FluentActions.Invoking(() => Deals.RestoreEntry(new LifecycleHistoryEntryData
        {
            CustomerId = "c1", DefinitionName = "deals", DefinitionVersion = 1, Sequence = 2, Episode = 1, Kind = HistoryEntryKind.Transition,
            To = "Open", EventId = "s", At = T0, Hash = good.Hash,
        })).Should().Throw<InvalidDataException>().WithMessage("History entry 2 of customer 'c1': a Transition entry must name a from stage and a trigger.");
    }
}
