using NodaTime;
using RelationshipKit.Lifecycle.Storage;
using RelationshipKit.Testing.Lifecycle;

namespace RelationshipKit.Lifecycle.Tests.Storage;

public class LifecycleStoreArgumentsTests
{
    [Fact]
    public void Checks_BadArguments_NameTheArgumentAndTheRule()
    {
        var definition = ContractLifecycle.Version1();
        var write = definition.Start(new CustomerId("c1"), new LifecycleEventId("s"), Instant.FromUtc(2026, 1, 1, 0, 0)).ToWrite();

        FluentActions.Invoking(() => LifecycleStoreArguments.CheckCustomer(default)).Should().Throw<ArgumentException>()
            .WithMessage("customerId must not be the default (unset) id. (Parameter 'customerId')");
        FluentActions.Invoking(() => LifecycleStoreArguments.CheckEvent(default)).Should().Throw<ArgumentException>()
            .WithMessage("eventId must not be the default (unset) id. (Parameter 'eventId')");
        FluentActions.Invoking(() => LifecycleStoreArguments.CheckWrite(default(LifecycleWrite<ContractStage, ContractTrigger>)))
            .Should().Throw<ArgumentException>()
            .WithMessage("write must be a write made from an accepted transition; was the default value. (Parameter 'write')");
        FluentActions.Invoking(() => LifecycleStoreArguments.CheckWrites<ContractStage, ContractTrigger>([write, default]))
            .Should().Throw<ArgumentException>()
            .WithMessage("writes[1] must be a write made from an accepted transition; was the default value. (Parameter 'writes[1]')");
        FluentActions.Invoking(() => LifecycleStoreArguments.CheckWrites<ContractStage, ContractTrigger>(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("writes");
        FluentActions.Invoking(() => LifecycleStoreArguments.CheckStageQuery(definition, definition.InitialStage, Duration.FromSeconds(-1)))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("duration must be zero or more; was -0:00:00:01*");
        FluentActions.Invoking(() => LifecycleStoreArguments.CheckStageQuery(definition, (ContractStage)99, Duration.Zero))
            .Should().Throw<ArgumentException>()
            .WithMessage($"stage must be configured in \"{definition.Name}\"; was 99. (Parameter 'stage')");
    }

    [Fact]
    public void Checks_GoodArguments_Pass()
    {
        var definition = ContractLifecycle.Version1();
        var write = definition.Start(new CustomerId("c1"), new LifecycleEventId("s"), Instant.FromUtc(2026, 1, 1, 0, 0)).ToWrite();

        FluentActions.Invoking(() =>
        {
            LifecycleStoreArguments.CheckCustomer(new CustomerId("c1"));
            LifecycleStoreArguments.CheckEvent(new LifecycleEventId("e"));
            LifecycleStoreArguments.CheckWrite(write);
            LifecycleStoreArguments.CheckWrites<ContractStage, ContractTrigger>([write]);
            LifecycleStoreArguments.CheckStageQuery(definition, definition.InitialStage, Duration.Zero);
        }).Should().NotThrow();
    }
}
