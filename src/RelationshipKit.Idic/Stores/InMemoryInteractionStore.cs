using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Stores;

/// <summary>
/// Represents an <see cref="IInteractionStore"/> in process memory: for tests, samples and single-process
/// applications that persist elsewhere.
/// </summary>
/// <remarks>This type is thread-safe: one lock serialises writes.</remarks>
[Mutable]
public sealed class InMemoryInteractionStore : IInteractionStore
{
    private readonly object _gate = new();
    private readonly Dictionary<CustomerId, List<Interaction>> _streams = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<StoreWriteResult> AppendAsync(Interaction interaction, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var stream = _streams.TryGetValue(interaction.Customer, out var s) ? s : null;
            var version = stream?.Count ?? 0;
            if (_ids.Contains(interaction.Id))
            {
                return new(new StoreWriteResult(StoreWriteStatus.Duplicate, version));
            }

            if (version != expectedVersion)
            {
                return new(new StoreWriteResult(StoreWriteStatus.Conflict, version));
            }

            if (stream is null)
            {
                stream = [];
                _streams[interaction.Customer] = stream;
            }

            stream.Add(interaction);
            _ids.Add(interaction.Id);
            return new(new StoreWriteResult(StoreWriteStatus.Written, stream.Count));
        }
    }

    /// <inheritdoc />
    public ValueTask<StoredEvents<Interaction>> ReadAsync(CustomerId customer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var events = _streams.TryGetValue(customer, out var s) ? s.ToArray() : [];
            return new(new StoredEvents<Interaction>(customer, events, events.Length));
        }
    }
}
