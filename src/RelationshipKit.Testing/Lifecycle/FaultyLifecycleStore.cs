using NodaTime;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.Storage;

namespace RelationshipKit.Testing.Lifecycle;

/// <summary>
/// Represents a store decorator that misbehaves on demand, to test an application's retry and error paths: it answers
/// the next writes with a conflict (as if a concurrent writer had won) or throws, and counts the calls.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>Faked conflicts and failures write nothing to the inner store. Thread-safe.</remarks>
[Mutable]
public sealed class FaultyLifecycleStore<TStage, TTrigger> : ILifecycleStore<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly ILifecycleStore<TStage, TTrigger> _inner;
    private int _conflicts;
    private Exception? _failure;
    private int _writes;

    /// <summary>Initializes a new <see cref="FaultyLifecycleStore{TStage, TTrigger}"/> over <paramref name="inner"/>.</summary>
    /// <param name="inner">The store that does the real work.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="inner"/> is null.</exception>
    public FaultyLifecycleStore(ILifecycleStore<TStage, TTrigger> inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc />
    public LifecycleDefinition<TStage, TTrigger> Definition => _inner.Definition;

    /// <summary>Gets the number of <see cref="WriteAsync"/> calls so far.</summary>
    public int Writes => Volatile.Read(ref _writes);

    /// <summary>Makes the next <paramref name="count"/> writes return a conflict.</summary>
    /// <param name="count">The number of writes (0 or more).</param>
    /// <returns>This store.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="count"/> is negative.</exception>
    public FaultyLifecycleStore<TStage, TTrigger> ConflictNextWrites(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Volatile.Write(ref _conflicts, count);
        return this;
    }

    /// <summary>Makes the next write (or batch) throw <paramref name="exception"/>.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>This store.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="exception"/> is null.</exception>
    public FaultyLifecycleStore<TStage, TTrigger> FailNextWrite(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Volatile.Write(ref _failure, exception);
        return this;
    }

    /// <inheritdoc />
    public ValueTask<StateReadResult<TStage>> GetStateAsync(CustomerId customerId, CancellationToken cancellationToken = default) =>
        _inner.GetStateAsync(customerId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<LifecycleHistory<TStage, TTrigger>> GetHistoryAsync(CustomerId customerId, CancellationToken cancellationToken = default) =>
        _inner.GetHistoryAsync(customerId, cancellationToken);

    /// <inheritdoc />
    public ValueTask<LifecycleHistoryEntry<TStage, TTrigger>?> FindEventAsync(CustomerId customerId, LifecycleEventId eventId, CancellationToken cancellationToken = default) =>
        _inner.FindEventAsync(customerId, eventId, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<LifecycleWriteResult<TStage, TTrigger>> WriteAsync(LifecycleWrite<TStage, TTrigger> write, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        ThrowIfFailing();
        if (TakeConflict())
        {
            var current = await _inner.GetStateAsync(write.CustomerId, cancellationToken).ConfigureAwait(false);
            return new LifecycleWriteResult<TStage, TTrigger>(WriteStatus.Conflict, write.CustomerId, current.State, null, current.State.IsDefault ? 0 : current.State.Version,
                "A conflict faked by FaultyLifecycleStore.");
        }

        return await _inner.WriteAsync(write, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LifecycleWriteResult<TStage, TTrigger>>> WriteBatchAsync(IReadOnlyList<LifecycleWrite<TStage, TTrigger>> writes, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        return _inner.WriteBatchAsync(writes, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RelationshipState<TStage>>> GetInStageLongerThanAsync(TStage stage, Duration duration, Instant now, CancellationToken cancellationToken = default) =>
        _inner.GetInStageLongerThanAsync(stage, duration, now, cancellationToken);

    /// <inheritdoc />
    public ValueTask<int> ErasePersonalDataAsync(CustomerId customerId, CancellationToken cancellationToken = default) =>
        _inner.ErasePersonalDataAsync(customerId, cancellationToken);

    private void ThrowIfFailing()
    {
        var failure = Interlocked.Exchange(ref _failure, null);
        if (failure is not null)
        {
            throw failure;
        }
    }

    private bool TakeConflict()
    {
        while (true)
        {
            var left = Volatile.Read(ref _conflicts);
            if (left == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _conflicts, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
