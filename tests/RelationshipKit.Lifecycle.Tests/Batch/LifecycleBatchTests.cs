using NodaTime;
using RelationshipKit.Lifecycle.Batch;
using RelationshipKit.Lifecycle.Presets;

namespace RelationshipKit.Lifecycle.Tests.Batch;

public class LifecycleBatchTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 4, 1, 8, 0);
    private static readonly LifecycleDefinition<FunnelStage, FunnelTrigger> Funnel = LifecyclePresets.Funnel();

    private static List<LifecycleEvent<FunnelStage, FunnelTrigger>> Events(int customers)
    {
        var events = new List<LifecycleEvent<FunnelStage, FunnelTrigger>>();
        for (var c = 0; c < customers; c++)
        {
            var id = new CustomerId("c" + c);
            events.Add(LifecycleEvent.Start<FunnelStage, FunnelTrigger>(id, new($"c{c}-s"), T0));
        }

        for (var purchase = 1; purchase <= 5; purchase++)
        {
            for (var c = 0; c < customers; c++)
            {
                var id = new CustomerId("c" + c);
                var at = T0 + Duration.FromDays((purchase * 10) + c);
                events.Add(c % 7 == 3 && purchase == 3
                    ? LifecycleEvent.Fire<FunnelStage, FunnelTrigger>(id, FunnelTrigger.Lapse, new($"c{c}-lapse"), at)
                    : LifecycleEvent.Fire<FunnelStage, FunnelTrigger, int>(id, LifecyclePresets.Purchase, purchase, new($"c{c}-p{purchase}"), at));
            }
        }

        return events;
    }

    [Fact]
    public void Apply_OneAndTwoThreads_GiveTheSameResultsInEventOrder()
    {
        var events = Events(200);

        var one = LifecycleBatch.Apply(Funnel, new Dictionary<CustomerId, RelationshipState<FunnelStage>>(), events, 1);
        var two = LifecycleBatch.Apply(Funnel, new Dictionary<CustomerId, RelationshipState<FunnelStage>>(), events, 2);

        two.Results.Select(r => (r.Outcome, r.State)).Should().Equal(one.Results.Select(r => (r.Outcome, r.State)));
        one.States.Should().HaveCount(200);
        one.States[new CustomerId("c0")].Stage.Should().Be(FunnelStage.Loyal);
        one.States[new CustomerId("c3")].Episode.Should().Be(2, "c3 lapsed at its third event and was won back by its next purchase");
        one.Accepted.Should().Be(events.Count);
        one.Writes.Should().HaveCount(events.Count);
        one.Writes.Where(w => w.CustomerId == new CustomerId("c0")).Select(w => w.ExpectedVersion).Should().Equal(0, 1, 2, 3, 4, 5);
    }

    [Fact]
    public void Apply_NotStartedAlreadyStartedAndDuplicates_AreResults()
    {
        var existing = Funnel.Start(new CustomerId("old"), new("old-s"), T0).State;
        var states = new Dictionary<CustomerId, RelationshipState<FunnelStage>> { [existing.CustomerId] = existing };
        LifecycleEvent<FunnelStage, FunnelTrigger>[] events =
        [
            LifecycleEvent.Fire<FunnelStage, FunnelTrigger>(new CustomerId("ghost"), FunnelTrigger.Lapse, new("g1"), T0),
            LifecycleEvent.Start<FunnelStage, FunnelTrigger>(existing.CustomerId, new("old-s2"), T0),
            LifecycleEvent.Start<FunnelStage, FunnelTrigger>(existing.CustomerId, new("old-s"), T0),
            LifecycleEvent.Fire<FunnelStage, FunnelTrigger>(existing.CustomerId, FunnelTrigger.Lapse, new("l1"), T0),
        ];

        var result = LifecycleBatch.Apply(Funnel, states, events);

        result.Results.Select(r => r.RejectionReason).Should().Equal(RejectionReason.NotStarted, RejectionReason.AlreadyStarted, RejectionReason.None, RejectionReason.NoTransition);
        result.Results[2].IsDuplicate.Should().BeTrue();
        result.Results[0].Message.Should().Be("The relationship has not started; Lapse was not applied.");
        result.Results[1].Message.Should().Be("The relationship has already started (at Prospect); a second start was not applied.");
        (result.Accepted, result.Rejected, result.Duplicates).Should().Be((0, 3, 1));
        result.Writes.Should().BeEmpty();
    }

    [Fact]
    public void Apply_InvalidArguments_Throw()
    {
        var none = new Dictionary<CustomerId, RelationshipState<FunnelStage>>();
        FluentActions.Invoking(() => LifecycleBatch.Apply(Funnel, none, [], 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("maxDegreeOfParallelism must be at least 1; was 0. (Parameter 'maxDegreeOfParallelism')*");
        FluentActions.Invoking(() => LifecycleBatch.Apply(Funnel, none, [default])).Should().Throw<ArgumentException>()
            .WithMessage("events must not contain the default value; events[0] was. (Parameter 'events')");
        FluentActions.Invoking(() => LifecycleEvent.Start<FunnelStage, FunnelTrigger>(default, new("e"), T0)).Should().Throw<ArgumentException>().WithParameterName("customerId");
        FluentActions.Invoking(() => LifecycleEvent.Fire<FunnelStage, FunnelTrigger>(new CustomerId("c"), FunnelTrigger.Lapse, default, T0)).Should().Throw<ArgumentException>().WithParameterName("eventId");
    }
}
