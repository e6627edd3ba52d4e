using NodaTime;
using RelationshipKit.Lifecycle;

namespace RelationshipKit.Testing.Lifecycle;

/// <summary>Represents a builder of <see cref="RelationshipState{TStage}"/> values for tests: every member has a valid default, set only what the test is about.</summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <remarks>Defaults: customer "customer-1", definition "lifecycle" v1, the enum's default stage, version 1, episode 1,
/// entered and last moved at 2026-01-05T09:00:00Z, last event "event-1". Mutable and not thread-safe; <see cref="Build"/> may be called many times.</remarks>
[Mutable]
public sealed class RelationshipStateBuilder<TStage>
    where TStage : struct, Enum
{
    private CustomerId _customer = new("customer-1");
    private string _definition = "lifecycle";
    private int _definitionVersion = 1;
    private TStage _stage;
    private long _version = 1;
    private int _episode = 1;
    private Instant _enteredAt = Instant.FromUtc(2026, 1, 5, 9, 0);
    private Instant? _lastTransitionAt;
    private LifecycleEventId _lastEvent = new("event-1");

    /// <summary>Sets the customer.</summary>
    /// <param name="customerId">The customer id text.</param>
    /// <returns>This builder.</returns>
    public RelationshipStateBuilder<TStage> ForCustomer(string customerId)
    {
        _customer = new CustomerId(customerId);
        return this;
    }

    /// <summary>Sets the definition's name and version (for example from a definition under test).</summary>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="definition">The definition.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="definition"/> is null.</exception>
    public RelationshipStateBuilder<TStage> Of<TTrigger>(LifecycleDefinition<TStage, TTrigger> definition)
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(definition);
        _definition = definition.Name;
        _definitionVersion = definition.Version;
        return this;
    }

    /// <summary>Sets the definition's name and version.</summary>
    /// <param name="name">The name.</param>
    /// <param name="version">The version.</param>
    /// <returns>This builder.</returns>
    public RelationshipStateBuilder<TStage> Of(string name, int version = 1)
    {
        _definition = name;
        _definitionVersion = version;
        return this;
    }

    /// <summary>Sets the stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>This builder.</returns>
    public RelationshipStateBuilder<TStage> In(TStage stage)
    {
        _stage = stage;
        return this;
    }

    /// <summary>Sets the version (the number of history entries).</summary>
    /// <param name="version">The version.</param>
    /// <returns>This builder.</returns>
    public RelationshipStateBuilder<TStage> AtVersion(long version)
    {
        _version = version;
        return this;
    }

    /// <summary>Sets the episode.</summary>
    /// <param name="episode">The episode.</param>
    /// <returns>This builder.</returns>
    public RelationshipStateBuilder<TStage> InEpisode(int episode)
    {
        _episode = episode;
        return this;
    }

    /// <summary>Sets when the stage was entered (and, unless set, the last transition).</summary>
    /// <param name="enteredAt">The instant.</param>
    /// <returns>This builder.</returns>
    public RelationshipStateBuilder<TStage> EnteredAt(Instant enteredAt)
    {
        _enteredAt = enteredAt;
        return this;
    }

    /// <summary>Sets when the last history entry was recorded.</summary>
    /// <param name="lastTransitionAt">The instant (not before the stage was entered).</param>
    /// <returns>This builder.</returns>
    public RelationshipStateBuilder<TStage> LastMovedAt(Instant lastTransitionAt)
    {
        _lastTransitionAt = lastTransitionAt;
        return this;
    }

    /// <summary>Sets the last event id.</summary>
    /// <param name="eventId">The event id text.</param>
    /// <returns>This builder.</returns>
    public RelationshipStateBuilder<TStage> WithLastEvent(string eventId)
    {
        _lastEvent = new LifecycleEventId(eventId);
        return this;
    }

    /// <summary>Builds the state (the state's constructor checks the values).</summary>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentException">Thrown when a value breaks a state invariant.</exception>
    public RelationshipState<TStage> Build() =>
        new(_customer, _definition, _definitionVersion, _stage, _version, _episode, _enteredAt, _lastTransitionAt ?? _enteredAt, _lastEvent);
}
