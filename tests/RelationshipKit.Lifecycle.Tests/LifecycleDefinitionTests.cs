using NodaTime;
using static RelationshipKit.Lifecycle.Tests.TestLifecycle;

namespace RelationshipKit.Lifecycle.Tests;

public partial class LifecycleDefinitionTests
{
    private static readonly LifecycleDefinition<Stage, Trigger> Deals = TestLifecycle.Build(out Score);
    private static readonly TypedTrigger<Trigger, int> Score;

    private static RelationshipState<Stage> Started(string customer = "c1") => Deals.Start(C(customer), E("start"), T0).State;

    private static RelationshipState<Stage> Opened(string customer = "c1") => Deals.Fire(Started(customer), Trigger.Qualify, E("qualify"), T0 + Duration.FromHours(1)).State;

    [Fact]
    public void Start_NewCustomer_IsAtInitialStageVersionOneEpisodeOne()
    {
        var result = Deals.Start(C("c1"), E("start"), T0, new TransitionMetadata("crm", "signed up", ChangeDriver.CustomerAction));

        result.IsAccepted.Should().BeTrue();
        result.State.Should().Be(new RelationshipState<Stage>(C("c1"), "deals", 1, Stage.New, 1, 1, T0, T0, E("start")));
        result.Record.Kind.Should().Be(HistoryEntryKind.Started);
        result.Record.From.Should().BeNull();
        result.Record.Trigger.Should().BeNull();
        result.Record.Sequence.Should().Be(1);
        result.Record.Metadata.Actor.Should().Be("crm");
        result.Effects.Should().BeEmpty("New has no entry effect");
        result.Message.Should().Be("The relationship started at New.");
    }

    [Fact]
    public void Import_ExistingCustomer_StartsAtTheGivenStageWithoutEffects()
    {
        var result = Deals.Import(C("c1"), Stage.Open, E("import"), T0);

        result.State.Stage.Should().Be(Stage.Open);
        result.Record.Kind.Should().Be(HistoryEntryKind.Imported);
        result.Effects.Should().BeEmpty();
        FluentActions.Invoking(() => Deals.Import(C("c1"), (Stage)77, E("import"), T0)).Should().Throw<ArgumentException>()
            .WithMessage("stage must be a stage configured in \"deals\"; was 77. (Parameter 'stage')");
    }

    [Fact]
    public void Start_InvalidArguments_Throw()
    {
        FluentActions.Invoking(() => Deals.Start(default, E("e"), T0)).Should().Throw<ArgumentException>().WithMessage("customerId must not be the default (unset) id. (Parameter 'customerId')");
        FluentActions.Invoking(() => Deals.Start(C("c"), default, T0)).Should().Throw<ArgumentException>()
            .WithMessage("eventId must not be the default (unset) id; pass the caller's id of the event (a queue message id, a request id). (Parameter 'eventId')");
        FluentActions.Invoking(() => Deals.Start(C("c"), E("e"), Instant.FromUtc(1650, 1, 1, 0, 0))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("at must be between 1700-01-01T00:00:00Z and 2250-01-01T00:00:00Z; was 1650-01-01T00:00:00Z. (Parameter 'at')*");
    }

    [Fact]
    public void IsIn_Substage_IsInItsParentToo()
    {
        var onHold = Deals.Fire(Opened(), Trigger.Hold, E("hold"), T0 + Duration.FromHours(2)).State;

        Deals.IsIn(onHold, Stage.OpenOnHold).Should().BeTrue();
        Deals.IsIn(onHold, Stage.Open).Should().BeTrue();
        Deals.IsIn(onHold, Stage.New).Should().BeFalse();
        Deals.IsIn(Opened(), Stage.OpenOnHold).Should().BeFalse();
        Deals.ParentOf(Stage.OpenOnHold).Should().Be(Stage.Open);
        Deals.ParentOf(Stage.Open).Should().BeNull();
        Deals.IsTerminal(Stage.Archived).Should().BeTrue();
        Deals.ArgumentTypeOf(Trigger.Score).Should().Be<int>();
        Deals.ArgumentTypeOf(Trigger.Win).Should().BeNull();
        FluentActions.Invoking(() => Deals.IsIn(default, Stage.Open)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void IsWithin_StageAndItsSubstages_NotItsParentOrUnconfigured()
    {
        Deals.IsWithin(Stage.OpenOnHold, Stage.Open).Should().BeTrue();
        Deals.IsWithin(Stage.Open, Stage.Open).Should().BeTrue();
        Deals.IsWithin(Stage.Open, Stage.OpenOnHold).Should().BeFalse();
        Deals.IsWithin(Stage.Won, Stage.Open).Should().BeFalse();
        Deals.IsWithin((Stage)99, Stage.Open).Should().BeFalse();
        Deals.Stages.Where(s => Deals.IsWithin(s, Stage.Open)).Should().Equal(Stage.Open, Stage.OpenOnHold);
    }
}
