using NodaTime;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Testing.Idic;

/// <summary>
/// The contract every <see cref="IPromiseStore"/> must meet (see <see cref="InteractionStoreContract"/> for how to
/// run it).
/// </summary>
public sealed class PromiseStoreContract(Func<IPromiseStore> createEmptyStore)
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly CustomerId Customer = new("contract-p");

    /// <summary>Runs every check, each on a new store.</summary>
    public async Task RunAllAsync()
    {
        await Make_ThenGet_RoundTrips_AndMakeTwiceIsDuplicate();
        await Attempt_ThenKeep_ClosesOnlyThroughARecordedContact();
        await StaleVersion_IsConflict();
        await ListOpen_IsEarliestDueFirst_AndForgetsNothing();
        await ConcurrentKeepers_ExactlyOneWins();
    }

    public async Task Make_ThenGet_RoundTrips_AndMakeTwiceIsDuplicate()
    {
        const string contract = "make then get round-trips; make twice is a duplicate";
        var store = createEmptyStore();
        var promise = Promise("p-1", 4);
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Written, 1), await store.MakeAsync(promise), contract, "the first make");
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Duplicate, 1), await store.MakeAsync(promise), contract, "the second make");
        var held = await store.GetAsync("p-1");
        ContractCheck.That(held is not null && held.Version == 1 && IdicJson.Serialize(held.Promise) == IdicJson.Serialize(promise), contract,
            $"get should return the promise at version 1; was {held}.");
        ContractCheck.That(await store.GetAsync("p-unknown") is null, contract, "an unknown promise should read as null.");
    }

    public async Task Attempt_ThenKeep_ClosesOnlyThroughARecordedContact()
    {
        const string contract = "a promise closes only through a recorded contact";
        var store = createEmptyStore();
        await store.MakeAsync(Promise("p-2", 4));
        var attempt = new Interaction("pa-1", Customer, Channel.Phone, T0 + Duration.FromHours(1), InteractionTopic.Callback, InteractionDirection.Outbound, ContactOutcome.NotReached);
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Written, 2), await store.RecordAttemptAsync("p-2", attempt, 1), contract, "the attempt");
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Duplicate, 2), await store.RecordAttemptAsync("p-2", attempt, 1), contract, "the retried attempt");
        var unrelated = new Interaction("pa-2", Customer, Channel.Phone, T0 + Duration.FromHours(2), InteractionTopic.Sale);
        var refused = false;
        try
        {
            await store.KeepAsync("p-2", unrelated, 2);
        }
        catch (ArgumentException)
        {
            refused = true;
        }

        ContractCheck.That(refused, contract, "keeping with a contact that does not name the promise must throw ArgumentException.");
        var call = new Interaction("pa-3", Customer, Channel.Phone, T0 + Duration.FromHours(2), InteractionTopic.Callback, InteractionDirection.Outbound, promisesKept: ["p-2"]);
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Written, 3), await store.KeepAsync("p-2", call, 2), contract, "the keeping contact");
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Duplicate, 3), await store.KeepAsync("p-2", call, 2), contract, "the retried keeping contact");
        var held = await store.GetAsync("p-2");
        ContractCheck.That(held?.Promise.KeptBy == "pa-3" && held.Promise.Attempts.SequenceEqual(["pa-1"]), contract, $"the kept promise should name pa-3 and attempt pa-1; was {held}.");
    }

    public async Task StaleVersion_IsConflict()
    {
        const string contract = "a stale expected version is a conflict";
        var store = createEmptyStore();
        await store.MakeAsync(Promise("p-3", 4));
        var attempt = new Interaction("pa-4", Customer, Channel.Phone, T0 + Duration.FromHours(1), InteractionTopic.Callback, InteractionDirection.Outbound, ContactOutcome.NotReached);
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Conflict, 1), await store.RecordAttemptAsync("p-3", attempt, 5), contract, "an attempt at version 5 over version 1");
        ContractCheck.Equal(0, (await store.GetAsync("p-3"))!.Promise.Attempts.Count, contract, "the number of attempts stored");
    }

    public async Task ListOpen_IsEarliestDueFirst_AndForgetsNothing()
    {
        const string contract = "open promises are listed, earliest due first";
        var store = createEmptyStore();
        await store.MakeAsync(Promise("p-late", 8));
        await store.MakeAsync(Promise("p-soon", 2));
        await store.MakeAsync(CallbackPromise.Make("p-other", new CustomerId("contract-q"), T0, T0 + Duration.FromHours(1), "quote", "sales", Channel.Email));
        var call = new Interaction("pa-5", Customer, Channel.Phone, T0 + Duration.FromHours(1), InteractionTopic.Callback, promisesKept: ["p-soon"]);
        var open = (await store.ListOpenAsync(Customer)).Select(p => p.Promise.Id).ToArray();
        ContractCheck.Equal("p-soon,p-late", string.Join(",", open), contract, "the customer's open promises");
        await store.KeepAsync("p-soon", call, 1);
        ContractCheck.Equal("p-other,p-late", string.Join(",", (await store.ListOpenAsync()).Select(p => p.Promise.Id)), contract, "all open promises after keeping p-soon");
    }

    public async Task ConcurrentKeepers_ExactlyOneWins()
    {
        const string contract = "concurrent keepers: exactly one wins";
        var store = createEmptyStore();
        await store.MakeAsync(Promise("p-4", 4));
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            var attempt = new Interaction($"pa-c{i}", Customer, Channel.Phone, T0 + Duration.FromMinutes(10 + i), InteractionTopic.Callback, InteractionDirection.Outbound, ContactOutcome.NotReached);
            return await store.RecordAttemptAsync("p-4", attempt, 1);
        })));
        ContractCheck.Equal(1, results.Count(r => r.Status == StoreWriteStatus.Written), contract, "the number of writers that won version 2");
        ContractCheck.Equal(1, (await store.GetAsync("p-4"))!.Promise.Attempts.Count, contract, "the number of attempts stored");
    }

    private static CallbackPromise Promise(string id, int dueInHours) =>
        CallbackPromise.Make(id, Customer, T0, T0 + Duration.FromHours(dueInHours), "passed to a specialist", "specialists", Channel.Phone);
}
