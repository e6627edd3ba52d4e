using System.Collections.Concurrent;
using NodaTime;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.Storage;
using RelationshipKit.Testing.Lifecycle;

namespace RelationshipKit.Testing.Tests.Lifecycle;

/// <summary>A store with the classic mistakes: no version check (last writer wins) and no idempotency. The contract must catch it.</summary>
internal sealed class NaiveStore(LifecycleDefinition<ContractStage, ContractTrigger> definition) : ILifecycleStore<ContractStage, ContractTrigger>
{
    private readonly ConcurrentDictionary<CustomerId, List<LifecycleHistoryEntry<ContractStage, ContractTrigger>>> _entries = new();
    private readonly ConcurrentDictionary<CustomerId, RelationshipState<ContractStage>> _states = new();

    public LifecycleDefinition<ContractStage, ContractTrigger> Definition => definition;

    public ValueTask<StateReadResult<ContractStage>> GetStateAsync(CustomerId customerId, CancellationToken cancellationToken = default) =>
        new(_states.TryGetValue(customerId, out var state) ? StateReadResult.Found(state) : StateReadResult.NotFound<ContractStage>());

    public ValueTask<LifecycleHistory<ContractStage, ContractTrigger>> GetHistoryAsync(CustomerId customerId, CancellationToken cancellationToken = default) =>
        new(new LifecycleHistory<ContractStage, ContractTrigger>(_entries.TryGetValue(customerId, out var list) ? [.. list] : []));

    public ValueTask<LifecycleHistoryEntry<ContractStage, ContractTrigger>?> FindEventAsync(CustomerId customerId, LifecycleEventId eventId, CancellationToken cancellationToken = default) =>
        new(_entries.TryGetValue(customerId, out var list) ? list.Find(e => e.EventId == eventId) : null);

    public ValueTask<LifecycleWriteResult<ContractStage, ContractTrigger>> WriteAsync(LifecycleWrite<ContractStage, ContractTrigger> write, CancellationToken cancellationToken = default)
    {
        var list = _entries.GetOrAdd(write.CustomerId, _ => []);
        lock (list)
        {
            var entry = definition.CreateEntry(write.Record, list.Count == 0 ? default : list[^1].Hash);
            list.Add(entry);
            _states[write.CustomerId] = write.State;
            return new(new LifecycleWriteResult<ContractStage, ContractTrigger>(WriteStatus.Written, write.CustomerId, write.State, entry, list.Count, null));
        }
    }

    public async ValueTask<IReadOnlyList<LifecycleWriteResult<ContractStage, ContractTrigger>>> WriteBatchAsync(
        IReadOnlyList<LifecycleWrite<ContractStage, ContractTrigger>> writes, CancellationToken cancellationToken = default)
    {
        var results = new List<LifecycleWriteResult<ContractStage, ContractTrigger>>();
        foreach (var write in writes)
        {
            results.Add(await WriteAsync(write, cancellationToken));
        }

        return results;
    }

    public ValueTask<IReadOnlyList<RelationshipState<ContractStage>>> GetInStageLongerThanAsync(ContractStage stage, Duration duration, Instant now, CancellationToken cancellationToken = default) =>
        new(_states.Values.Where(s => s.Stage == stage && now - s.EnteredAt > duration).OrderBy(s => s.CustomerId).ToList());

    public ValueTask<int> ErasePersonalDataAsync(CustomerId customerId, CancellationToken cancellationToken = default) => new(0);
}
