using System.Collections.Immutable;
using NodaTime;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Testing.Idic;

/// <summary>
/// Represents the contract every <see cref="IPromiseStore"/> must meet, as plain code: each check creates a new,
/// empty store with the factory and throws a <see cref="ContractViolationException"/> naming the check when the store
/// fails it (see <see cref="InteractionStoreContract"/> for how to run a contract).
/// </summary>
/// <remarks>
/// <para>The checks: a promise made reads back (made twice is a duplicate, an unknown id reads as null), a promise
/// closes only through a recorded contact that names it (attempts and keeps are idempotent by interaction id), a
/// stale expected version is a conflict, open promises are listed earliest due first and a kept one leaves the list,
/// and of six concurrent writers expecting the same version exactly one wins.</para>
/// <para>An exception the store throws fails the check that made it (except the <see cref="ArgumentException"/> the
/// contract asks for). A store that implements <see cref="IDisposable"/> or <see cref="IAsyncDisposable"/> is
/// disposed after each check. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class PromiseStoreContract
{
    private static readonly Instant s_t0 = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly CustomerId s_customer = new("contract-p");

    private readonly Func<IPromiseStore> _create;
    private readonly ImmutableDictionary<string, Func<CancellationToken, Task>> _checks;

    /// <summary>Initializes a new <see cref="PromiseStoreContract"/>.</summary>
    /// <param name="createEmptyStore">Creates a new, empty store (called once per check).</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="createEmptyStore"/> is null.</exception>
    public PromiseStoreContract(Func<IPromiseStore> createEmptyStore)
    {
        ArgumentNullException.ThrowIfNull(createEmptyStore);
        _create = createEmptyStore;
        _checks = new Dictionary<string, Func<CancellationToken, Task>>(StringComparer.Ordinal)
        {
            [nameof(Make_ThenGet_RoundTrips_AndMakeTwiceIsDuplicate)] = Make_ThenGet_RoundTrips_AndMakeTwiceIsDuplicate,
            [nameof(Attempt_ThenKeep_ClosesOnlyThroughARecordedContact)] = Attempt_ThenKeep_ClosesOnlyThroughARecordedContact,
            [nameof(StaleVersion_IsConflict)] = StaleVersion_IsConflict,
            [nameof(ListOpen_IsEarliestDueFirst_AndForgetsNothing)] = ListOpen_IsEarliestDueFirst_AndForgetsNothing,
            [nameof(ConcurrentKeepers_ExactlyOneWins)] = ConcurrentKeepers_ExactlyOneWins,
        }.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the names of the checks, in the order <see cref="RunAllAsync"/> runs them.</summary>
    public static ImmutableArray<string> CheckNames { get; } =
    [
        nameof(Make_ThenGet_RoundTrips_AndMakeTwiceIsDuplicate),
        nameof(Attempt_ThenKeep_ClosesOnlyThroughARecordedContact),
        nameof(StaleVersion_IsConflict),
        nameof(ListOpen_IsEarliestDueFirst_AndForgetsNothing),
        nameof(ConcurrentKeepers_ExactlyOneWins),
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

    private Task Make_ThenGet_RoundTrips_AndMakeTwiceIsDuplicate(CancellationToken cancellationToken) =>
        ContractRunner.WithStore(_create, nameof(Make_ThenGet_RoundTrips_AndMakeTwiceIsDuplicate), async store =>
    {
        const string check = nameof(Make_ThenGet_RoundTrips_AndMakeTwiceIsDuplicate);
        var promise = Promise("p-1", 4);
        ContractRunner.RequireEqual(new StoreWriteResult(StoreWriteStatus.Written, 1), await store.MakeAsync(promise, cancellationToken).ConfigureAwait(false), check, "the first make");
        ContractRunner.RequireEqual(new StoreWriteResult(StoreWriteStatus.Duplicate, 1), await store.MakeAsync(promise, cancellationToken).ConfigureAwait(false), check, "the second make");
        var held = await store.GetAsync("p-1", cancellationToken).ConfigureAwait(false);
        ContractRunner.Require(held is not null && held.Version == 1 && IdicJson.Serialize(held.Promise) == IdicJson.Serialize(promise), check,
            $"get must return the promise at version 1; was {held?.ToString() ?? "null"}.");
        ContractRunner.Require(await store.GetAsync("p-unknown", cancellationToken).ConfigureAwait(false) is null, check, "an unknown promise must read as null.");
    }, cancellationToken);

    private Task Attempt_ThenKeep_ClosesOnlyThroughARecordedContact(CancellationToken cancellationToken) =>
        ContractRunner.WithStore(_create, nameof(Attempt_ThenKeep_ClosesOnlyThroughARecordedContact), async store =>
    {
        const string check = nameof(Attempt_ThenKeep_ClosesOnlyThroughARecordedContact);
        await store.MakeAsync(Promise("p-2", 4), cancellationToken).ConfigureAwait(false);
        var attempt = new Interaction(
            "pa-1", s_customer, Channel.Phone, s_t0 + Duration.FromHours(1), InteractionTopic.Callback, InteractionDirection.Outbound, ContactOutcome.NotReached);
        ContractRunner.RequireEqual(new StoreWriteResult(StoreWriteStatus.Written, 2), await store.RecordAttemptAsync("p-2", attempt, 1, cancellationToken).ConfigureAwait(false), check, "the attempt");
        ContractRunner.RequireEqual(
            new StoreWriteResult(StoreWriteStatus.Duplicate, 2), await store.RecordAttemptAsync("p-2", attempt, 1, cancellationToken).ConfigureAwait(false), check, "the retried attempt");
        var unrelated = new Interaction("pa-2", s_customer, Channel.Phone, s_t0 + Duration.FromHours(2), InteractionTopic.Sale);
        var refused = false;
        try
        {
            await store.KeepAsync("p-2", unrelated, 2, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            refused = true;
        }

        ContractRunner.Require(refused, check, "keeping with a contact that does not name the promise must throw ArgumentException.");
        var call = new Interaction(
            "pa-3", s_customer, Channel.Phone, s_t0 + Duration.FromHours(2), InteractionTopic.Callback, InteractionDirection.Outbound, promisesKept: ["p-2"]);
        ContractRunner.RequireEqual(new StoreWriteResult(StoreWriteStatus.Written, 3), await store.KeepAsync("p-2", call, 2, cancellationToken).ConfigureAwait(false), check, "the keeping contact");
        ContractRunner.RequireEqual(
            new StoreWriteResult(StoreWriteStatus.Duplicate, 3), await store.KeepAsync("p-2", call, 2, cancellationToken).ConfigureAwait(false), check, "the retried keeping contact");
        var held = await store.GetAsync("p-2", cancellationToken).ConfigureAwait(false);
        ContractRunner.Require(held?.Promise.KeptBy == "pa-3" && held.Promise.Attempts.SequenceEqual(["pa-1"]), check,
            $"the kept promise must name pa-3 and attempt pa-1; was {held?.ToString() ?? "null"}.");
    }, cancellationToken);

    private Task StaleVersion_IsConflict(CancellationToken cancellationToken) => ContractRunner.WithStore(_create, nameof(StaleVersion_IsConflict), async store =>
    {
        const string check = nameof(StaleVersion_IsConflict);
        await store.MakeAsync(Promise("p-3", 4), cancellationToken).ConfigureAwait(false);
        var attempt = new Interaction(
            "pa-4", s_customer, Channel.Phone, s_t0 + Duration.FromHours(1), InteractionTopic.Callback, InteractionDirection.Outbound, ContactOutcome.NotReached);
        ContractRunner.RequireEqual(
            new StoreWriteResult(StoreWriteStatus.Conflict, 1), await store.RecordAttemptAsync("p-3", attempt, 5, cancellationToken).ConfigureAwait(false), check, "an attempt expecting version 5 over version 1");
        var held = await store.GetAsync("p-3", cancellationToken).ConfigureAwait(false);
        ContractRunner.Require(held is not null && held.Promise.Attempts.Count == 0, check, $"the promise must be stored with no attempt; was {held?.ToString() ?? "null"}.");
    }, cancellationToken);

    private Task ListOpen_IsEarliestDueFirst_AndForgetsNothing(CancellationToken cancellationToken) =>
        ContractRunner.WithStore(_create, nameof(ListOpen_IsEarliestDueFirst_AndForgetsNothing), async store =>
    {
        const string check = nameof(ListOpen_IsEarliestDueFirst_AndForgetsNothing);
        await store.MakeAsync(Promise("p-late", 8), cancellationToken).ConfigureAwait(false);
        await store.MakeAsync(Promise("p-soon", 2), cancellationToken).ConfigureAwait(false);
        await store.MakeAsync(CallbackPromise.Make("p-other", new CustomerId("contract-q"), s_t0, s_t0 + Duration.FromHours(1), "quote", "sales", Channel.Email), cancellationToken)
            .ConfigureAwait(false);
        var call = new Interaction("pa-5", s_customer, Channel.Phone, s_t0 + Duration.FromHours(1), InteractionTopic.Callback, promisesKept: ["p-soon"]);
        var open = await store.ListOpenAsync(s_customer, cancellationToken).ConfigureAwait(false);
        ContractRunner.RequireEqual("p-soon,p-late", string.Join(",", open.Select(p => p.Promise.Id)), check, "the customer's open promises");
        await store.KeepAsync("p-soon", call, 1, cancellationToken).ConfigureAwait(false);
        var all = await store.ListOpenAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        ContractRunner.RequireEqual("p-other,p-late", string.Join(",", all.Select(p => p.Promise.Id)), check, "all open promises after keeping p-soon");
    }, cancellationToken);

    private Task ConcurrentKeepers_ExactlyOneWins(CancellationToken cancellationToken) => ContractRunner.WithStore(_create, nameof(ConcurrentKeepers_ExactlyOneWins), async store =>
    {
        const string check = nameof(ConcurrentKeepers_ExactlyOneWins);
        await store.MakeAsync(Promise("p-4", 4), cancellationToken).ConfigureAwait(false);
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(
            async () =>
            {
                var attempt = new Interaction(
                    $"pa-c{i}", s_customer, Channel.Phone, s_t0 + Duration.FromMinutes(10 + i), InteractionTopic.Callback, InteractionDirection.Outbound, ContactOutcome.NotReached);
                return await store.RecordAttemptAsync("p-4", attempt, 1, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken))).ConfigureAwait(false);
        ContractRunner.RequireEqual(1, results.Count(r => r.Status == StoreWriteStatus.Written), check, "the number of writers that won version 2");
        var held = await store.GetAsync("p-4", cancellationToken).ConfigureAwait(false);
        ContractRunner.Require(held is not null && held.Promise.Attempts.Count == 1, check, $"the promise must be stored with exactly 1 attempt; was {held?.ToString() ?? "null"}.");
    }, cancellationToken);

    private static CallbackPromise Promise(string id, int dueInHours) =>
        CallbackPromise.Make(id, s_customer, s_t0, s_t0 + Duration.FromHours(dueInHours), "passed to a specialist", "specialists", Channel.Phone);
}
