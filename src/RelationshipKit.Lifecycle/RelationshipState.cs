using NodaTime;
using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents where one customer's relationship stands in a lifecycle: the stage, how many steps it has taken, when
/// it entered the stage. It is small on purpose; the history is a separate append-only log, so a transition never
/// copies it.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <remarks>
/// <para>States come from <see cref="LifecycleDefinition{TStage, TTrigger}.Start"/>, from an accepted
/// <see cref="TransitionResult{TStage, TTrigger}"/>, from a store, or from JSON. The constructor exists for stores
/// and test builders; it checks the invariants but not that the stage is one the definition allows.</para>
/// <para><see cref="Version"/> counts the history entries: the state after the first entry has version 1, and a
/// store write carries it as the expected version.</para>
/// <para>The <c>default</c> value is "no relationship" (<see cref="IsDefault"/>); firing on it is an
/// <see cref="ArgumentException"/>.</para>
/// <para>Equality compares every member. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct RelationshipState<TStage> : IEquatable<RelationshipState<TStage>>
    where TStage : struct, Enum
{
    /// <summary>Initializes a new <see cref="RelationshipState{TStage}"/>.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="definitionName">The name of the definition that wrote the state.</param>
    /// <param name="definitionVersion">The version of that definition (1 or more).</param>
    /// <param name="stage">The current stage.</param>
    /// <param name="version">The number of history entries (1 or more).</param>
    /// <param name="episode">The episode: 1 for the first relationship, one more after each win-back.</param>
    /// <param name="enteredAt">When the relationship entered <paramref name="stage"/>.</param>
    /// <param name="lastTransitionAt">When the last history entry was recorded (not before <paramref name="enteredAt"/>).</param>
    /// <param name="lastEventId">The event id of the last history entry.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customerId"/>, <paramref name="lastEventId"/> is the default value or <paramref name="definitionName"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a number is below 1 or <paramref name="lastTransitionAt"/> is before <paramref name="enteredAt"/>.</exception>
    public RelationshipState(
        CustomerId customerId,
        string definitionName,
        int definitionVersion,
        TStage stage,
        long version,
        int episode,
        Instant enteredAt,
        Instant lastTransitionAt,
        LifecycleEventId lastEventId)
        : this(customerId, definitionName, definitionVersion, stage, version, episode, enteredAt, lastTransitionAt, lastEventId, trusted: true)
    {
        if (customerId.IsDefault)
        {
            throw new ArgumentException("customerId must not be the default (unset) id.", nameof(customerId));
        }

        Text.Required(definitionName, LifecycleLimits.MaxNameLength, nameof(definitionName));
        ArgumentOutOfRangeException.ThrowIfLessThan(definitionVersion, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(episode, 1);
        if (lastTransitionAt < enteredAt)
        {
            throw new ArgumentOutOfRangeException(nameof(lastTransitionAt), lastTransitionAt, $"lastTransitionAt must not be before enteredAt ({enteredAt}); was {lastTransitionAt}.");
        }

        if (lastEventId.IsDefault)
        {
            throw new ArgumentException("lastEventId must not be the default (unset) id.", nameof(lastEventId));
        }
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the name of the definition that wrote the state; null for the <c>default</c> value.</summary>
    public string? DefinitionName { get; }

    /// <summary>Gets the version of the definition that wrote the state; 0 for the <c>default</c> value.</summary>
    public int DefinitionVersion { get; }

    /// <summary>Gets the current stage (a substage when the relationship is in one).</summary>
    public TStage Stage { get; }

    /// <summary>Gets the number of history entries; a store write carries it as the expected version.</summary>
    public long Version { get; }

    /// <summary>Gets the episode: 1 for the first relationship, one more after each win-back.</summary>
    public int Episode { get; }

    /// <summary>Gets when the relationship entered <see cref="Stage"/> (internal transitions do not change it).</summary>
    public Instant EnteredAt { get; }

    /// <summary>Gets when the last history entry was recorded.</summary>
    public Instant LastTransitionAt { get; }

    /// <summary>Gets the event id of the last history entry.</summary>
    public LifecycleEventId LastEventId { get; }

    /// <summary>Gets a value indicating whether this is the <c>default</c> value ("no relationship").</summary>
    public bool IsDefault => DefinitionName is null;

    /// <summary>Returns how long the relationship has been in its current stage at <paramref name="now"/>.</summary>
    /// <param name="now">The instant asked about (from an injected clock).</param>
    /// <returns><paramref name="now"/> minus <see cref="EnteredAt"/>.</returns>
    /// <exception cref="InvalidOperationException">Thrown when this is the <c>default</c> value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="now"/> is before <see cref="EnteredAt"/>.</exception>
    public Duration TimeInStage(Instant now) => Since(EnteredAt, now);

    /// <summary>Returns how long ago the last history entry was recorded, at <paramref name="now"/>.</summary>
    /// <param name="now">The instant asked about (from an injected clock).</param>
    /// <returns><paramref name="now"/> minus <see cref="LastTransitionAt"/>.</returns>
    /// <exception cref="InvalidOperationException">Thrown when this is the <c>default</c> value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="now"/> is before <see cref="LastTransitionAt"/>.</exception>
    public Duration TimeSinceLastTransition(Instant now) => Since(LastTransitionAt, now);

    /// <summary>Determines whether two states are equal.</summary>
    /// <param name="left">The first state.</param>
    /// <param name="right">The second state.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(RelationshipState<TStage> left, RelationshipState<TStage> right) => left.Equals(right);

    /// <summary>Determines whether two states differ.</summary>
    /// <param name="left">The first state.</param>
    /// <param name="right">The second state.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(RelationshipState<TStage> left, RelationshipState<TStage> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RelationshipState<TStage> other) =>
        CustomerId == other.CustomerId
        && string.Equals(DefinitionName, other.DefinitionName, StringComparison.Ordinal)
        && DefinitionVersion == other.DefinitionVersion
        && EqualityComparer<TStage>.Default.Equals(Stage, other.Stage)
        && Version == other.Version
        && Episode == other.Episode
        && EnteredAt == other.EnteredAt
        && LastTransitionAt == other.LastTransitionAt
        && LastEventId == other.LastEventId;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RelationshipState<TStage> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CustomerId, DefinitionName, DefinitionVersion, Stage, Version, Episode, EnteredAt, LastEventId);

    /// <summary>Returns a short description: customer, stage, version and episode.</summary>
    /// <returns>For example <c>"00042: Expansion (v3, episode 1, since 2026-03-01T00:00:00Z)"</c>.</returns>
    public override string ToString() =>
        IsDefault ? "(no relationship)" : $"{CustomerId}: {EnumTable<TStage>.NameOf(Stage)} (v{Version}, episode {Episode}, since {EnteredAt})";

    private Duration Since(Instant start, Instant now)
    {
        if (IsDefault)
        {
            throw new InvalidOperationException("The default RelationshipState has no stage; read a state from a store or start one.");
        }

        if (now < start)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"now must not be before {start}; was {now}.");
        }

        return now - start;
    }

    /// <summary>Returns a copy read under another definition version and stage (a migration).</summary>
    internal RelationshipState<TStage> Migrated(int definitionVersion, TStage stage) =>
        new(CustomerId, DefinitionName!, definitionVersion, stage, Version, Episode, EnteredAt, LastTransitionAt, LastEventId, trusted: true);

    /// <summary>The unchecked constructor for the definition's hot path (invariants hold by construction).</summary>
    internal RelationshipState(
        CustomerId customerId,
        string definitionName,
        int definitionVersion,
        TStage stage,
        long version,
        int episode,
        Instant enteredAt,
        Instant lastTransitionAt,
        LifecycleEventId lastEventId,
#pragma warning disable IDE0060 // The flag only selects this overload.
        bool trusted)
#pragma warning restore IDE0060
    {
        CustomerId = customerId;
        DefinitionName = definitionName;
        DefinitionVersion = definitionVersion;
        Stage = stage;
        Version = version;
        Episode = episode;
        EnteredAt = enteredAt;
        LastTransitionAt = lastTransitionAt;
        LastEventId = lastEventId;
    }
}
