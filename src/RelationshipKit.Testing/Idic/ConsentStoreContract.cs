using System.Collections.Immutable;
using NodaTime;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Testing.Idic;

/// <summary>
/// Represents the contract every <see cref="IConsentStore"/> must meet, as plain code: each check creates a new,
/// empty store with the factory and throws a <see cref="ContractViolationException"/> naming the check when the store
/// fails it (see <see cref="InteractionStoreContract"/> for how to run a contract).
/// </summary>
/// <remarks>
/// <para>The checks: appends read back as the same ledger (a withdrawal still holds after the read), a stale
/// expected version is a conflict and a retried event id a duplicate, erasure on request leaves a tombstone (stale
/// erasure is a conflict, a second one a duplicate, appends after it conflict), and of eight concurrent writers
/// expecting the same version exactly one wins.</para>
/// <para>An exception the store throws fails the check that made it. A store that implements
/// <see cref="IDisposable"/> or <see cref="IAsyncDisposable"/> is disposed after each check. This type is immutable
/// and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ConsentStoreContract
{
    private static readonly Instant s_t0 = Instant.FromUtc(2026, 3, 1, 10, 0);

    private readonly Func<IConsentStore> _create;
    private readonly ImmutableDictionary<string, Func<CancellationToken, Task>> _checks;

    /// <summary>Initializes a new <see cref="ConsentStoreContract"/>.</summary>
    /// <param name="createEmptyStore">Creates a new, empty store (called once per check).</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="createEmptyStore"/> is null.</exception>
    public ConsentStoreContract(Func<IConsentStore> createEmptyStore)
    {
        ArgumentNullException.ThrowIfNull(createEmptyStore);
        _create = createEmptyStore;
        _checks = new Dictionary<string, Func<CancellationToken, Task>>(StringComparer.Ordinal)
        {
            [nameof(AppendThenRead_RebuildsTheLedger)] = AppendThenRead_RebuildsTheLedger,
            [nameof(Append_StaleVersion_IsConflict_AndDuplicateIdIsDuplicate)] = Append_StaleVersion_IsConflict_AndDuplicateIdIsDuplicate,
            [nameof(Erase_KeepsATombstoneAndBlocksAppends)] = Erase_KeepsATombstoneAndBlocksAppends,
            [nameof(ConcurrentWriters_ExactlyOneWinsEachVersion)] = ConcurrentWriters_ExactlyOneWinsEachVersion,
        }.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the names of the checks, in the order <see cref="RunAllAsync"/> runs them.</summary>
    public static ImmutableArray<string> CheckNames { get; } =
    [
        nameof(AppendThenRead_RebuildsTheLedger),
        nameof(Append_StaleVersion_IsConflict_AndDuplicateIdIsDuplicate),
        nameof(Erase_KeepsATombstoneAndBlocksAppends),
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

    private Task AppendThenRead_RebuildsTheLedger(CancellationToken cancellationToken) => ContractRunner.WithStore(_create, nameof(AppendThenRead_RebuildsTheLedger), async store =>
    {
        const string check = nameof(AppendThenRead_RebuildsTheLedger);
        var customer = new CustomerId("contract-c1");
        var grant = new ConsentEvent("ce-1", customer, ConsentPurpose.Marketing, ConsentAction.Granted, s_t0, Channel.Sms, exchange: "10% off");
        var withdraw = new ConsentEvent("ce-2", customer, ConsentPurpose.Marketing, ConsentAction.Withdrawn, s_t0 + Duration.FromDays(1), Channel.Sms, reason: "too many messages");
        ContractRunner.RequireEqual(new StoreWriteResult(StoreWriteStatus.Written, 1), await store.AppendAsync(grant, 0, cancellationToken).ConfigureAwait(false), check, "the first append");
        ContractRunner.RequireEqual(new StoreWriteResult(StoreWriteStatus.Written, 2), await store.AppendAsync(withdraw, 1, cancellationToken).ConfigureAwait(false), check, "the second append");
        var read = await store.ReadAsync(customer, cancellationToken).ConfigureAwait(false);
        ContractRunner.RequireEqual(2L, read.Version, check, "the version after two appends");
        ContractRunner.RequireEqual(
            string.Join("|", new[] { grant, withdraw }.Select(IdicJson.Serialize)), string.Join("|", read.Ledger.Events.Select(IdicJson.Serialize)), check, "the stored events (as JSON)");
        ContractRunner.Require(!read.Ledger.Check(ConsentPurpose.Marketing, Channel.Sms, s_t0 + Duration.FromDays(2)).IsGranted, check, "the withdrawal must hold after a read.");
    }, cancellationToken);

    private Task Append_StaleVersion_IsConflict_AndDuplicateIdIsDuplicate(CancellationToken cancellationToken) =>
        ContractRunner.WithStore(_create, nameof(Append_StaleVersion_IsConflict_AndDuplicateIdIsDuplicate), async store =>
    {
        const string check = nameof(Append_StaleVersion_IsConflict_AndDuplicateIdIsDuplicate);
        var customer = new CustomerId("contract-c2");
        var grant = new ConsentEvent("ce-3", customer, ConsentPurpose.Survey, ConsentAction.Granted, s_t0);
        await store.AppendAsync(grant, 0, cancellationToken).ConfigureAwait(false);
        ContractRunner.RequireEqual(new StoreWriteResult(StoreWriteStatus.Duplicate, 1), await store.AppendAsync(grant, 0, cancellationToken).ConfigureAwait(false), check, "a retried append");
        var other = new ConsentEvent("ce-4", customer, ConsentPurpose.Survey, ConsentAction.Withdrawn, s_t0);
        ContractRunner.RequireEqual(new StoreWriteResult(StoreWriteStatus.Conflict, 1), await store.AppendAsync(other, 0, cancellationToken).ConfigureAwait(false), check, "a stale append");
        ContractRunner.RequireEqual(1, (await store.ReadAsync(customer, cancellationToken).ConfigureAwait(false)).Ledger.Events.Count, check, "the number of stored events");
    }, cancellationToken);

    private Task Erase_KeepsATombstoneAndBlocksAppends(CancellationToken cancellationToken) => ContractRunner.WithStore(_create, nameof(Erase_KeepsATombstoneAndBlocksAppends), async store =>
    {
        const string check = nameof(Erase_KeepsATombstoneAndBlocksAppends);
        var customer = new CustomerId("contract-c3");
        var erasedAt = s_t0 + Duration.FromDays(5);
        await store.AppendAsync(new ConsentEvent("ce-5", customer, ConsentPurpose.Marketing, ConsentAction.Granted, s_t0), 0, cancellationToken).ConfigureAwait(false);
        await store.AppendAsync(new ConsentEvent("ce-6", customer, ConsentPurpose.Survey, ConsentAction.Granted, s_t0), 1, cancellationToken).ConfigureAwait(false);
        ContractRunner.RequireEqual(new StoreWriteResult(StoreWriteStatus.Conflict, 2), await store.EraseAsync(customer, erasedAt, 1, cancellationToken).ConfigureAwait(false), check, "a stale erasure");
        ContractRunner.RequireEqual(new StoreWriteResult(StoreWriteStatus.Written, 3), await store.EraseAsync(customer, erasedAt, 2, cancellationToken).ConfigureAwait(false), check, "the erasure");
        ContractRunner.RequireEqual(
            new StoreWriteResult(StoreWriteStatus.Duplicate, 3), await store.EraseAsync(customer, s_t0 + Duration.FromDays(6), 3, cancellationToken).ConfigureAwait(false), check, "a second erasure");
        var read = await store.ReadAsync(customer, cancellationToken).ConfigureAwait(false);
        ContractRunner.Require(read.Ledger.Events.Count == 0 && read.Ledger.ErasedAt == erasedAt && read.Ledger.ErasedEventCount == 2, check,
            $"the read after erasure must be a tombstone of 2 events erased at {erasedAt}; was {read.Ledger}.");
        var late = new ConsentEvent("ce-7", customer, ConsentPurpose.Marketing, ConsentAction.Granted, s_t0 + Duration.FromDays(7));
        ContractRunner.RequireEqual(StoreWriteStatus.Conflict, (await store.AppendAsync(late, 3, cancellationToken).ConfigureAwait(false)).Status, check, "an append after erasure");
    }, cancellationToken);

    private Task ConcurrentWriters_ExactlyOneWinsEachVersion(CancellationToken cancellationToken) => ContractRunner.WithStore(_create, nameof(ConcurrentWriters_ExactlyOneWinsEachVersion), async store =>
    {
        const string check = nameof(ConcurrentWriters_ExactlyOneWinsEachVersion);
        var customer = new CustomerId("contract-c4");
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(
            async () => await store.AppendAsync(new ConsentEvent($"ce-w{i}", customer, ConsentPurpose.Marketing, ConsentAction.Granted, s_t0), 0, cancellationToken).ConfigureAwait(false),
            cancellationToken))).ConfigureAwait(false);
        ContractRunner.RequireEqual(1, results.Count(r => r.Status == StoreWriteStatus.Written), check, "the number of writers that won version 1");
        ContractRunner.RequireEqual(1, (await store.ReadAsync(customer, cancellationToken).ConfigureAwait(false)).Ledger.Events.Count, check, "the number of stored events");
    }, cancellationToken);
}
