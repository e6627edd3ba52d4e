using NodaTime;
using RelationshipKit.Testing.Lifecycle;
using static RelationshipKit.Lifecycle.Tests.TestLifecycle;

namespace RelationshipKit.Lifecycle.Tests;

public partial class LifecycleDefinitionTests
{
    private static LifecycleHistoryBuilder<Stage, Trigger> Journey() =>
        new LifecycleHistoryBuilder<Stage, Trigger>(Deals, "c1", T0)
            .By(new TransitionMetadata("ana", "first call", ChangeDriver.SupplierAction))
            .Fire(Trigger.Qualify)
            .Fire(Trigger.Hold)
            .Fire(Trigger.Release)
            .Fire(Trigger.Touch)
            .After(Duration.FromDays(10))
            .Fire(Trigger.Win);

    [Fact]
    public void Replay_ValidHistory_RebuildsTheState()
    {
        var journey = Journey();

        var result = Deals.Replay(journey.Build());

        result.IsValid.Should().BeTrue();
        result.Problem.Should().BeNull();
        result.State.Should().Be(journey.State);
    }

    [Fact]
    public void Replay_Empty_IsInvalid()
    {
        var result = Deals.Replay(new LifecycleHistory<Stage, Trigger>([]));

        result.IsValid.Should().BeFalse();
        result.Problem!.Message.Should().Be("The history is empty; a relationship's history starts with a Started or Imported entry.");
    }

    [Fact]
    public void Replay_EditedEntry_NamesIt()
    {
        var history = Journey().Build();
        var data = history[2].ToData();
        var edited = Deals.RestoreEntry(new LifecycleHistoryEntryData
        {
            CustomerId = data.CustomerId, DefinitionName = data.DefinitionName, DefinitionVersion = data.DefinitionVersion, Sequence = data.Sequence,
            Episode = data.Episode, Kind = data.Kind, From = data.From, To = data.To, Trigger = data.Trigger, EventId = data.EventId,
            At = data.At + Duration.FromHours(1), Actor = data.Actor, Reason = data.Reason, Driver = data.Driver, PersonalDataSalt = data.PersonalDataSalt,
            PersonalDataDigest = data.PersonalDataDigest, PreviousHash = data.PreviousHash, Hash = data.Hash,
        });

        var result = Deals.Replay(new LifecycleHistory<Stage, Trigger>(history.Entries.SetItem(2, edited)));

        result.IsValid.Should().BeFalse();
        result.Problem!.Index.Should().Be(2);
        result.Problem.Message.Should().Be("Entry 3 (sequence 3, event 'c1-3'): its fields do not match its hash (edited).");
    }

    [Fact]
    public void Replay_EditedActor_IsDetectedThroughThePersonalDigest()
    {
        var history = Journey().Build();
        var data = history[1].ToData();
        var edited = Deals.RestoreEntry(Copy(data, actor: "mallory"));

        var result = Deals.Replay(new LifecycleHistory<Stage, Trigger>(history.Entries.SetItem(1, edited)));

        result.Problem!.Message.Should().Be("Entry 2 (sequence 2, event 'c1-2'): its actor or reason does not match its personal-data digest (edited).");
    }

    [Fact]
    public void Replay_RemovedEntry_BreaksContiguity()
    {
        var history = Journey().Build();

        var result = Deals.Replay(new LifecycleHistory<Stage, Trigger>(history.Entries.RemoveAt(3)));

        result.Problem!.Message.Should().Be("Entry 4 (sequence 5, event 'c1-5'): sequence must be 4 (versions must be contiguous); was 5.");
    }

    [Fact]
    public void Replay_InstantsGoingBack_NamesTheEntry()
    {
        var builder = new LifecycleHistoryBuilder<Stage, Trigger>(Deals, "c1", T0).Fire(Trigger.Qualify);
        var history = builder.Build();
        var back = Deals.CreateEntry(Deals.Fire(builder.State, Trigger.Touch, E("touch"), builder.State.LastTransitionAt).Record, history[1].Hash);
        var data = back.ToData();
        var forged = Deals.RestoreEntry(Copy(data, at: T0 - Duration.FromDays(1)));

        var result = Deals.Replay(history.Append(forged));

        result.Problem!.Message.Should().Be("Entry 3 (sequence 3, event 'touch'): its instant 2026-03-01T10:00:00Z is before the previous entry's 2026-03-03T10:00:00Z (instants must not go back).");
    }

    [Fact]
    public void Replay_TransitionTheDefinitionDoesNotHave_NamesTheEntry()
    {
        var other = new LifecycleBuilder<Stage, Trigger>("deals").InitialStage(Stage.New);
        other.Configure(Stage.New).Permit(Trigger.Win, Stage.Won);
        other.Configure(Stage.Won);
        var history = new LifecycleHistoryBuilder<Stage, Trigger>(other.Build(), "c1", T0).Fire(Trigger.Win).Build();

        var result = Deals.Replay(history);

        result.Problem!.Message.Should().Be("Entry 2 (sequence 2, event 'c1-2'): New permits no Transition to Won for Win in \"deals\" v1.");
    }

    [Fact]
    public void Replay_HistoryOfAnotherDefinition_NamesIt()
    {
        var tickets = new LifecycleBuilder<Stage, Trigger>("tickets").InitialStage(Stage.New);
        tickets.Configure(Stage.New);
        var history = new LifecycleHistoryBuilder<Stage, Trigger>(tickets.Build(), "c1", T0).Build();

        var result = Deals.Replay(history);

        result.Problem!.Message.Should().Be("Entry 1 (sequence 1, event 'c1-1'): it belongs to definition \"tickets\", not \"deals\".");
    }

    [Fact]
    public void Replay_EntryOfAnotherCustomer_NamesIt()
    {
        var mine = Journey().Build();
        var theirs = new LifecycleHistoryBuilder<Stage, Trigger>(Deals, "c2", T0).Fire(Trigger.Qualify).Build();
        var forged = Deals.RestoreEntry(Copy(theirs[1].ToData(), previousHash: mine[0].Hash));

        var result = Deals.Replay(new LifecycleHistory<Stage, Trigger>([mine[0], forged]));

        result.Problem!.Message.Should().Be("Entry 2 (sequence 2, event 'c2-2'): customer must be 'c1' like the entries before; was 'c2'.");
    }

    [Fact]
    public void Replay_ErasedHistory_StillReplays()
    {
        var history = Journey().Build();
        var erased = new LifecycleHistory<Stage, Trigger>(history.Select(e => e.WithPersonalDataErased()));

        var result = Deals.Replay(erased);

        result.IsValid.Should().BeTrue();
        erased.Should().OnlyContain(e => e.Metadata.Actor == null && e.Metadata.Reason == null);
        erased[1].PersonalDataErased.Should().BeTrue();
        erased[0].PersonalDataErased.Should().BeFalse("the first entry had no personal data to erase");
    }

    [Fact]
    public void Append_EntryThatDoesNotContinueTheChain_Throws()
    {
        var history = Journey().Build();

        FluentActions.Invoking(() => history.Append(history[1])).Should().Throw<ArgumentException>()
            .WithMessage($"entry must continue the chain (sequence 7, previous hash {history[5].Hash}); was sequence 2, previous hash {history[0].Hash}. (Parameter 'entry')");
    }

    private static LifecycleHistoryEntryData Copy(LifecycleHistoryEntryData data, string? actor = null, Instant? at = null, LifecycleHash? previousHash = null) => new()
    {
        CustomerId = data.CustomerId,
        DefinitionName = data.DefinitionName,
        DefinitionVersion = data.DefinitionVersion,
        Sequence = data.Sequence,
        Episode = data.Episode,
        Kind = data.Kind,
        From = data.From,
        To = data.To,
        Trigger = data.Trigger,
        ArgumentSummary = data.ArgumentSummary,
        EventId = data.EventId,
        At = at ?? data.At,
        Actor = actor ?? data.Actor,
        Reason = data.Reason,
        Driver = data.Driver,
        PersonalDataErased = data.PersonalDataErased,
        PersonalDataSalt = data.PersonalDataSalt,
        PersonalDataDigest = data.PersonalDataDigest,
        PreviousHash = previousHash ?? data.PreviousHash,
        Hash = data.Hash,
    };
}
