using System.Collections.Concurrent;
using NodaTime;
using RelationshipKit.Lifecycle.Storage;
using RelationshipKit.Testing.Lifecycle;
using RelationshipKit.TestUtils.PostgreSql;

namespace RelationshipKit.Lifecycle.PostgreSql.Tests;

/// <summary>Many writers on the same customers, each with its own store and connections, against the real server.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class ConcurrencyTests(PostgreSqlCluster cluster)
{
    private const int Writers = 8;
    private const int Customers = 12;
    private const int StepsPerWriter = 60;
    private static readonly Instant s_start = Instant.FromUtc(2026, 4, 1, 8, 0);
    private long _tick;

    [PostgreSqlFact]
    public async Task ManyWritersOnSharedCustomers_EveryAcceptedTransitionIsStoredOnceAndNothingIsLost()
    {
        var definition = ContractLifecycle.Version1();
        var options = new PostgreSqlLifecycleStoreOptions { ConnectionString = cluster.ConnectionString, Schema = "concurrency", MaxAttempts = 50 };
        var accepted = new ConcurrentDictionary<CustomerId, int>();
        var acceptedEvents = new ConcurrentBag<(CustomerId Customer, string EventId)>();
        var conflicts = 0;
        var duplicates = 0;

        async Task Writer(int writer)
        {
            await using var store = new PostgreSqlLifecycleStore<ContractStage, ContractTrigger>(definition, options);
            var random = new Random(writer);
            var mine = new List<LifecycleWrite<ContractStage, ContractTrigger>>();
            for (var step = 0; step < StepsPerWriter; step++)
            {
                if (step % 10 == 9 && mine.Count > 0)
                {
                    // A redelivered event, with the version it was first written at (stale by now): a duplicate, never a second entry.
                    var again = await store.WriteAsync(mine[random.Next(mine.Count)]);
                    again.Status.Should().Be(WriteStatus.Duplicate);
                    Interlocked.Increment(ref duplicates);
                    continue;
                }

                var batchSize = writer % 4 == 3 ? 3 : 1;
                var customers = Enumerable.Range(0, Customers).OrderBy(_ => random.Next()).Take(batchSize).Select(i => new CustomerId($"c{i:D2}")).ToArray();
                var writes = new List<LifecycleWrite<ContractStage, ContractTrigger>>();
                foreach (var customer in customers)
                {
                    writes.Add(await NextWrite(store, definition, customer, $"w{writer}-s{step}-{customer}", random));
                }

                var results = await store.WriteBatchAsync(writes);
                for (var i = 0; i < results.Count; i++)
                {
                    switch (results[i].Status)
                    {
                        case WriteStatus.Written:
                            accepted.AddOrUpdate(writes[i].CustomerId, 1, (_, n) => n + 1);
                            acceptedEvents.Add((writes[i].CustomerId, writes[i].Record.EventId.Value));
                            mine.Add(writes[i]);
                            break;
                        case WriteStatus.Conflict:
                            Interlocked.Increment(ref conflicts);
                            break;
                        default:
                            throw new InvalidOperationException($"Unexpected {results[i].Status}: {results[i].Message}");
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => Writer(w))));

        await using var reader = new PostgreSqlLifecycleStore<ContractStage, ContractTrigger>(definition, options);
        conflicts.Should().BeGreaterThan(0, "the writers must really have competed for the same customers");
        duplicates.Should().BeGreaterThan(0);
        accepted.Keys.Should().HaveCount(Customers);
        foreach (var (customer, count) in accepted)
        {
            var history = await reader.GetHistoryAsync(customer);
            history.Count.Should().Be(count, $"every accepted transition of {customer} is stored once (no lost update)");
            history.Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, count).Select(n => (long)n));
            history.Select(e => e.EventId.Value).Should().OnlyHaveUniqueItems();
            history.Select(e => e.EventId.Value).Should().BeEquivalentTo(acceptedEvents.Where(e => e.Customer == customer).Select(e => e.EventId));
            history.Verify().Should().BeNull("the hash chain is intact");
            (await reader.GetStateAsync(customer)).State.Version.Should().Be(count);
        }
    }

    private async Task<LifecycleWrite<ContractStage, ContractTrigger>> NextWrite(
        PostgreSqlLifecycleStore<ContractStage, ContractTrigger> store, LifecycleDefinition<ContractStage, ContractTrigger> definition, CustomerId customer, string eventId, Random random)
    {
        var read = await store.GetStateAsync(customer);
        var at = s_start + Duration.FromSeconds(Interlocked.Increment(ref _tick));
        if (!read.Found)
        {
            return definition.Start(customer, new LifecycleEventId(eventId), at).ToWrite();
        }

        var trigger = read.State.Stage switch
        {
            ContractStage.Lead => ContractTrigger.Activate,
            ContractStage.Active => random.Next(3) == 0 ? ContractTrigger.Pause : ContractTrigger.Note,
            ContractStage.Paused => ContractTrigger.Resume,
            _ => ContractTrigger.Reopen,
        };
        var fired = definition.Fire(read.State, trigger, new LifecycleEventId(eventId), at);
        fired.IsAccepted.Should().BeTrue(fired.Message);
        return fired.ToWrite();
    }
}
