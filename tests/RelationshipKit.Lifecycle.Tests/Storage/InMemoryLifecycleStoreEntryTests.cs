using NodaTime;
using RelationshipKit.Lifecycle.Storage;
using static RelationshipKit.Lifecycle.Tests.TestLifecycle;

namespace RelationshipKit.Lifecycle.Tests.Storage;

/// <summary>
/// The in-memory store keeps entries in a compact form and rebuilds them when read: every field must come back as
/// written, across the arena's chunks, under concurrent writers and after erasure.
/// </summary>
public class InMemoryLifecycleStoreEntryTests
{
    private static readonly LifecycleDefinition<Stage, Trigger> Deals = Build(out Score);
    private static readonly TypedTrigger<Trigger, int> Score;

    [Fact]
    public async Task GetHistoryAsync_EveryKindOfEntry_ReadsBackExactlyAsWritten()
    {
        var store = new InMemoryLifecycleStore<Stage, Trigger>(Deals);
        var written = new List<LifecycleHistoryEntry<Stage, Trigger>>();
        var ana = new TransitionMetadata("Ana Wiśniewska", "kwalifikacja", ChangeDriver.CustomerAction);
        var result = Deals.Start(C("c1"), E("e1"), T0);
        await Write(result);
        result = Deals.Fire(result.State, Trigger.Qualify, E("e2"), T0 + Duration.FromHours(1), ana);
        await Write(result);
        result = Deals.Fire(result.State, Trigger.Hold, E("e3"), T0 + Duration.FromDays(1));
        await Write(result);
        result = Deals.Fire(result.State, Trigger.Release, E("e4"), T0 + Duration.FromDays(2), new TransitionMetadata(null, "ready", ChangeDriver.SupplierAction));
        await Write(result);
        result = Deals.Fire(result.State, Trigger.Touch, E("e5"), T0 + Duration.FromDays(3), new TransitionMetadata("bot", null, ChangeDriver.CustomerEnvironmentChange));
        await Write(result);
        result = Deals.Fire(result.State, Trigger.Refresh, E("e6"), T0 + Duration.FromDays(4));
        await Write(result);
        result = Deals.Fire(result.State, Trigger.Lose, E("e7"), T0 + Duration.FromDays(5), new TransitionMetadata("ana", "chose a rival", ChangeDriver.CompetitorActivity));
        await Write(result);
        result = Deals.Fire(result.State, Trigger.Reopen, E("e8"), T0 + Duration.FromDays(30));
        await Write(result);
        result = Deals.Fire(result.State, Trigger.Qualify, E("e9"), T0 + Duration.FromDays(31));
        await Write(result);
        result = Deals.Fire(result.State, Score, 85, E("e10"), T0 + Duration.FromDays(32), ana);
        await Write(result);

        var history = await store.GetHistoryAsync(C("c1"));
        var found = await store.FindEventAsync(C("c1"), E("e10"));

        written.Select(e => e.Kind).Should().Contain([HistoryEntryKind.Started, HistoryEntryKind.Internal, HistoryEntryKind.Reentry, HistoryEntryKind.WinBack]);
        written[^1].ArgumentSummary.Should().Be("85");
        written[^1].Episode.Should().Be(2);
        history.Verify().Should().BeNull();
        history.Select(e => e.ToData()).Should().BeEquivalentTo(written.Select(e => e.ToData()), o => o.WithStrictOrdering());
        history.Select(e => (e.From, e.To, e.Trigger)).Should().Equal(written.Select(e => (e.From, e.To, e.Trigger)));
        found!.ToData().Should().BeEquivalentTo(written[^1].ToData());

        async Task Write(TransitionResult<Stage, Trigger> accepted)
        {
            accepted.IsAccepted.Should().BeTrue(accepted.Message);
            var outcome = await store.WriteAsync(accepted.ToWrite());
            outcome.Status.Should().Be(WriteStatus.Written);
            written.Add(outcome.Entry!);
        }
    }

    [Fact]
    public async Task ErasePersonalDataAsync_ThenRead_KeepsDigestAndChainAndErasesOnce()
    {
        var store = new InMemoryLifecycleStore<Stage, Trigger>(Deals);
        var started = Deals.Start(C("c1"), E("e1"), T0, new TransitionMetadata("Ana", "first call", ChangeDriver.SupplierAction));
        var qualified = Deals.Fire(started.State, Trigger.Qualify, E("e2"), T0 + Duration.FromHours(1));
        var touched = Deals.Fire(qualified.State, Trigger.Touch, E("e3"), T0 + Duration.FromHours(2), new TransitionMetadata(null, "follow-up", ChangeDriver.CustomerAction));
        var before = new List<LifecycleHistoryEntry<Stage, Trigger>>();
        foreach (var result in new[] { started, qualified, touched })
        {
            before.Add((await store.WriteAsync(result.ToWrite())).Entry!);
        }

        var erased = await store.ErasePersonalDataAsync(C("c1"));
        var again = await store.ErasePersonalDataAsync(C("c1"));
        var history = await store.GetHistoryAsync(C("c1"));

        erased.Should().Be(2);
        again.Should().Be(0);
        history.Verify().Should().BeNull();
        history.Select(e => e.PersonalDataErased).Should().Equal(true, false, true);
        history.Select(e => e.Metadata.Actor ?? e.Metadata.Reason).Should().AllSatisfy(text => text.Should().BeNull());
        history.Select(e => e.PersonalDataSalt.Length).Should().Equal(0, 0, 0);
        history.Select(e => e.PersonalDataDigest).Should().Equal(before.Select(e => e.PersonalDataDigest));
        history.Select(e => e.Metadata.Driver).Should().Equal(ChangeDriver.SupplierAction, ChangeDriver.Unspecified, ChangeDriver.CustomerAction);
        history.Select(e => e.Hash).Should().Equal(before.Select(e => e.Hash));
    }

    [Fact]
    public async Task WriteAsync_InterleavedCustomersPastManyChunks_KeepsEachHistoryInOrder()
    {
        // 700 customers written round-robin three times, then one customer 1,300 times: 3,400 entries over several
        // chunks, each customer's entries far apart.
        var store = new InMemoryLifecycleStore<Stage, Trigger>(Deals);
        var states = new RelationshipState<Stage>[700];
        for (var round = 0; round < 3; round++)
        {
            for (var c = 0; c < states.Length; c++)
            {
                var result = round == 0
                    ? Deals.Start(C("c" + c), E("e0"), T0)
                    : Deals.Fire(states[c], round == 1 ? Trigger.Qualify : Trigger.Touch, E("e" + round), T0 + Duration.FromMinutes(round));
                (await store.WriteAsync(result.ToWrite())).Status.Should().Be(WriteStatus.Written);
                states[c] = result.State;
            }
        }

        var busy = states[350];
        for (var i = 3; i < 1_303; i++)
        {
            var result = Deals.Fire(busy, Trigger.Touch, E("e" + i), T0 + Duration.FromMinutes(i));
            (await store.WriteAsync(result.ToWrite())).Status.Should().Be(WriteStatus.Written);
            busy = result.State;
        }

        var first = await store.GetHistoryAsync(C("c0"));
        var last = await store.GetHistoryAsync(C("c699"));
        var long_ = await store.GetHistoryAsync(C("c350"));

        store.Count.Should().Be(700);
        first.Select(e => e.EventId.Value).Should().Equal("e0", "e1", "e2");
        last.Select(e => e.CustomerId.Value).Should().AllBe("c699");
        last.Verify().Should().BeNull();
        long_.Count.Should().Be(1_303);
        long_.Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, 1_303).Select(i => (long)i));
        long_.Verify().Should().BeNull();
        (await store.FindEventAsync(C("c350"), E("e2")))!.Sequence.Should().Be(3);
        (await store.GetStateAsync(C("c350"))).State.Version.Should().Be(1_303);
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWritersOnDifferentCustomers_LoseNothing()
    {
        var store = new InMemoryLifecycleStore<Stage, Trigger>(Deals);
        const int Writers = 4;
        const int CustomersEach = 250;
        const int Steps = 6;

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var c = 0; c < CustomersEach; c++)
            {
                var result = Deals.Start(C($"w{w}-c{c}"), E("e0"), T0);
                await store.WriteAsync(result.ToWrite());
                for (var s = 1; s < Steps; s++)
                {
                    result = Deals.Fire(result.State, s == 1 ? Trigger.Qualify : Trigger.Touch, E("e" + s), T0 + Duration.FromMinutes(s));
                    (await store.WriteAsync(result.ToWrite())).Status.Should().Be(WriteStatus.Written);
                }
            }
        })));

        store.Count.Should().Be(Writers * CustomersEach);
        for (var w = 0; w < Writers; w++)
        {
            for (var c = 0; c < CustomersEach; c += 49)
            {
                var history = await store.GetHistoryAsync(C($"w{w}-c{c}"));
                history.Select(e => e.EventId.Value).Should().Equal(Enumerable.Range(0, Steps).Select(s => "e" + s));
                history.Verify().Should().BeNull();
            }
        }
    }
}
