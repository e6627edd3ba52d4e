namespace RelationshipKit.Idic.Stores;

/// <summary>
/// Represents what a store holds for one customer: the events in append order and the version to pass as the
/// expected version of the next write.
/// </summary>
/// <typeparam name="TEvent">The event type.</typeparam>
/// <remarks>The version is the number of events appended (0 for a new customer). Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class StoredEvents<TEvent>
    where TEvent : class
{
    /// <summary>Initializes a new <see cref="StoredEvents{TEvent}"/>.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="events">The events in append order.</param>
    /// <param name="version">The version; at least the number of events.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="version"/> is below the number of events.</exception>
    public StoredEvents(CustomerId customer, IEnumerable<TEvent> events, long version)
    {
        Customer = customer;
        Events = Guard.CopyNotNull(events);
        if (version < Events.Count)
        {
            throw Guard.OutOfRange(nameof(version), version, $"be at least the number of events ({Events.Count})");
        }

        Version = version;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets the events in append order.</summary>
    public IReadOnlyList<TEvent> Events { get; }

    /// <summary>Gets the version to pass as the expected version of the next write.</summary>
    public long Version { get; }

    /// <summary>Returns the customer, the event count and the version.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Customer}: {Events.Count} events, version {Version}";
}
