using System.Collections.Immutable;
using NodaTime;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Testing.Idic;

/// <summary>
/// Represents the contract every <see cref="IInteractionStore"/> must meet, as plain code: each check creates a new,
/// empty store with the factory, writes through it, and throws a <see cref="ContractViolationException"/> naming the
/// check, the expectation and what the store did when it fails. No test framework is needed.
/// </summary>
/// <remarks>
/// <para>Run every check with <see cref="RunAllAsync"/>, or one by name with <see cref="RunAsync"/> (for example one
/// test case per name in <see cref="CheckNames"/>).</para>
/// <para>The checks: an append reads back with every field (and an unknown customer reads as empty at version 0), a
/// stale expected version is a conflict that writes nothing, an event id appended twice is a duplicate (with the
/// current or the old version), and of eight concurrent writers expecting the same version exactly one wins.</para>
/// <para>An exception the store throws fails the check that made it. A store that implements
/// <see cref="IDisposable"/> or <see cref="IAsyncDisposable"/> is disposed after each check. This type is immutable
/// and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class InteractionStoreContract
{
    private static readonly Instant s_t0 = Instant.FromUtc(2026, 3, 1, 10, 0);

    private readonly Func<IInteractionStore> _create;
    private readonly ImmutableDictionary<string, Func<CancellationToken, Task>> _checks;

    /// <summary>Initializes a new <see cref="InteractionStoreContract"/>.</summary>
    /// <param name="createEmptyStore">Creates a new, empty store (called once per check).</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="createEmptyStore"/> is null.</exception>
    public InteractionStoreContract(Func<IInteractionStore> createEmptyStore)
    {
        ArgumentNullException.ThrowIfNull(createEmptyStore);
        _create = createEmptyStore;
        _checks = new Dictionary<string, Func<CancellationToken, Task>>(StringComparer.Ordinal)
        {
            [nameof(AppendThenRead_RoundTripsEveryField)] = AppendThenRead_RoundTripsEveryField,
            [nameof(Append_StaleVersion_IsConflictAndWritesNothing)] = Append_StaleVersion_IsConflictAndWritesNothing,
            [nameof(Append_SameEventIdTwice_IsDuplicate)] = Append_SameEventIdTwice_IsDuplicate,
            [nameof(ConcurrentWriters_ExactlyOneWinsEachVersion)] = ConcurrentWriters_ExactlyOneWinsEachVersion,
        }.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the names of the checks, in the order <see cref="RunAllAsync"/> runs them.</summary>
    public static ImmutableArray<string> CheckNames { get; } =
    [
        nameof(AppendThenRead_RoundTripsEveryField),
        nameof(Append_StaleVersion_IsConflictAndWritesNothing),
        nameof(Append_SameEventIdTwice_IsDuplicate),
        nameof(ConcurrentWriters_ExactlyOneWinsEachVersion),
    ];

    /// <summary>Runs one check on a new store.</summary>
    /// <param name="checkName">One of <see cref="CheckNames"/>.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that completes when the check passed.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="checkName"/> is not a check's name.</exception>
    /// <exception cref="ContractViolationException">Thrown when the store breaks the contract.</exception>
    public Task RunAsync(string checkName, CancellationToken cancellationToken = default) =>
        ContractRunner.Run(_checks, CheckNames, checkName, cancellationToken);

    /// <summary>Runs every check, each on a new store, and reports every failure at once.</summary>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>A task that completes when every check passed.</returns>
    /// <exception cref="ContractViolationException">Thrown when the store breaks the contract; the message lists every failed check.</exception>
    public Task RunAllAsync(CancellationToken cancellationToken = default) =>
        ContractRunner.RunAll(_checks, CheckNames, cancellationToken);

    private Task AppendThenRead_RoundTripsEveryField(CancellationToken cancellationToken) => ContractRunner.WithStore(_create, nameof(AppendThenRead_RoundTripsEveryField), async store =>
    {
        const string check = nameof(AppendThenRead_RoundTripsEveryField);
        var customer = new CustomerId("contract-1");
        var full = new Interaction("ix-1", customer, Channel.Phone, s_t0, InteractionTopic.Negotiation, InteractionDirection.Outbound, ContactOutcome.Reached,
            "asked for a better rate", [new Fact("budget", "about 2000", s_t0, Channel.Phone, "ix-1", s_t0 + Duration.FromDays(90))], ["rate-offer"], "contact-1", "consultant-7", ["p-1"]);
        ContractRunner.RequireEqual(new StoreWriteResult(StoreWriteStatus.Written, 1), await store.AppendAsync(full, 0, cancellationToken).ConfigureAwait(false), check, "the first append");
        var read = await store.ReadAsync(customer, cancellationToken).ConfigureAwait(false);
        ContractRunner.RequireEqual(1L, read.Version, check, "the version after one append");
        ContractRunner.Require(read.Events.Count == 1, check, $"the read after one append must hold 1 interaction; held {read.Events.Count}.");
        ContractRunner.RequireEqual(IdicJson.Serialize(full), IdicJson.Serialize(read.Events[0]), check, "the stored interaction (as JSON)");
        var empty = await store.ReadAsync(new CustomerId("contract-unknown"), cancellationToken).ConfigureAwait(false);
        ContractRunner.Require(empty.Events.Count == 0 && empty.Version == 0, check,
            $"an unknown customer must read as empty at version 0; read {empty.Events.Count} interactions at version {empty.Version}.");
    }, cancellationToken);

    private Task Append_StaleVersion_IsConflictAndWritesNothing(CancellationToken cancellationToken) => ContractRunner.WithStore(_create, nameof(Append_StaleVersion_IsConflictAndWritesNothing), async store =>
    {
        const string check = nameof(Append_StaleVersion_IsConflictAndWritesNothing);
        var customer = new CustomerId("contract-2");
        await store.AppendAsync(Make("ix-a", customer, 0), 0, cancellationToken).ConfigureAwait(false);
        ContractRunner.RequireEqual(
            new StoreWriteResult(StoreWriteStatus.Conflict, 1), await store.AppendAsync(Make("ix-b", customer, 1), 0, cancellationToken).ConfigureAwait(false), check, "an append expecting version 0 over version 1");
        ContractRunner.RequireEqual(1, (await store.ReadAsync(customer, cancellationToken).ConfigureAwait(false)).Events.Count, check, "the number of stored interactions");
    }, cancellationToken);

    private Task Append_SameEventIdTwice_IsDuplicate(CancellationToken cancellationToken) => ContractRunner.WithStore(_create, nameof(Append_SameEventIdTwice_IsDuplicate), async store =>
    {
        const string check = nameof(Append_SameEventIdTwice_IsDuplicate);
        var customer = new CustomerId("contract-3");
        var first = Make("ix-c", customer, 0);
        await store.AppendAsync(first, 0, cancellationToken).ConfigureAwait(false);
        ContractRunner.RequireEqual(new StoreWriteResult(StoreWriteStatus.Duplicate, 1), await store.AppendAsync(first, 1, cancellationToken).ConfigureAwait(false), check, "a retry with the current version");
        ContractRunner.RequireEqual(new StoreWriteResult(StoreWriteStatus.Duplicate, 1), await store.AppendAsync(first, 0, cancellationToken).ConfigureAwait(false), check, "a retry with the old version");
        ContractRunner.RequireEqual(1, (await store.ReadAsync(customer, cancellationToken).ConfigureAwait(false)).Events.Count, check, "the number of stored interactions");
    }, cancellationToken);

    private Task ConcurrentWriters_ExactlyOneWinsEachVersion(CancellationToken cancellationToken) => ContractRunner.WithStore(_create, nameof(ConcurrentWriters_ExactlyOneWinsEachVersion), async store =>
    {
        const string check = nameof(ConcurrentWriters_ExactlyOneWinsEachVersion);
        var customer = new CustomerId("contract-4");
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(
            async () => await store.AppendAsync(Make($"ix-w{i}", customer, i), 0, cancellationToken).ConfigureAwait(false), cancellationToken))).ConfigureAwait(false);
        ContractRunner.RequireEqual(1, results.Count(r => r.Status == StoreWriteStatus.Written), check, "the number of writers that won version 1");
        ContractRunner.RequireEqual(7, results.Count(r => r.Status == StoreWriteStatus.Conflict), check, "the number of writers told of a conflict");
        ContractRunner.RequireEqual(1, (await store.ReadAsync(customer, cancellationToken).ConfigureAwait(false)).Events.Count, check, "the number of stored interactions");
    }, cancellationToken);

    private static Interaction Make(string id, CustomerId customer, int minutes) =>
        new(id, customer, Channel.Web, s_t0 + Duration.FromMinutes(minutes), InteractionTopic.Question);
}
