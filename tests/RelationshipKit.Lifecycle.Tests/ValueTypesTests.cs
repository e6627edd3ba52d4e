using static RelationshipKit.Lifecycle.Tests.TestLifecycle;

namespace RelationshipKit.Lifecycle.Tests;

public class ValueTypesTests
{
    [Fact]
    public void LifecycleEventId_ValidatesAndComparesOrdinally()
    {
        EqualityContract.Verify(E("msg-1"), new LifecycleEventId(new string("msg-1".ToCharArray())), E("MSG-1"), default);
        default(LifecycleEventId).IsDefault.Should().BeTrue();
        FluentActions.Invoking(() => new LifecycleEventId("")).Should().Throw<ArgumentException>().WithMessage("value must not be empty or white space; was \"\". (Parameter 'value')");
        FluentActions.Invoking(() => new LifecycleEventId(new string('x', 201))).Should().Throw<ArgumentException>().WithMessage("value must be at most 200 characters; was 201 characters. (Parameter 'value')");
    }

    [Fact]
    public void TransitionMetadata_ValidatesLengthsAndDriver()
    {
        EqualityContract.Verify(new TransitionMetadata("a", "r", ChangeDriver.CustomerAction), new TransitionMetadata("a", "r", ChangeDriver.CustomerAction), new TransitionMetadata("a", "r"), default);
        FluentActions.Invoking(() => new TransitionMetadata(new string('a', 201))).Should().Throw<ArgumentException>().WithMessage("actor must be at most 200 characters; was 201 characters. (Parameter 'actor')");
        FluentActions.Invoking(() => new TransitionMetadata(reason: new string('r', 2001))).Should().Throw<ArgumentException>().WithParameterName("reason");
        FluentActions.Invoking(() => new TransitionMetadata(driver: (ChangeDriver)9)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("driver must be a defined ChangeDriver value; was 9. (Parameter 'driver')*");
    }

    [Fact]
    public void RelationshipState_ValidatesInvariants()
    {
        var state = new RelationshipState<Stage>(C("c"), "d", 1, Stage.Open, 2, 1, T0, T0, E("e"));
        EqualityContract.Verify(state, new RelationshipState<Stage>(C("c"), "d", 1, Stage.Open, 2, 1, T0, T0, E("e")),
            new RelationshipState<Stage>(C("c"), "d", 1, Stage.Open, 3, 1, T0, T0, E("e")), default);
        state.ToString().Should().Be("c: Open (v2, episode 1, since 2026-03-02T10:00:00Z)");
        default(RelationshipState<Stage>).ToString().Should().Be("(no relationship)");
        FluentActions.Invoking(() => new RelationshipState<Stage>(default, "d", 1, Stage.Open, 1, 1, T0, T0, E("e"))).Should().Throw<ArgumentException>().WithParameterName("customerId");
        FluentActions.Invoking(() => new RelationshipState<Stage>(C("c"), "d", 1, Stage.Open, 0, 1, T0, T0, E("e"))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("version");
        FluentActions.Invoking(() => new RelationshipState<Stage>(C("c"), "d", 1, Stage.Open, 1, 1, T0, T0 - NodaTime.Duration.FromSeconds(1), E("e")))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("lastTransitionAt must not be before enteredAt (2026-03-02T10:00:00Z); was 2026-03-02T09:59:59Z. (Parameter 'lastTransitionAt')*");
    }
}
