using NodaTime;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Testing.Idic;

/// <summary>
/// The contract every <see cref="IInteractionStore"/> must meet. Framework-agnostic: run <see cref="RunAllAsync"/>
/// (or one check) from any test framework with a factory that returns a new, empty store; a failed check throws an
/// <see cref="InvalidOperationException"/> naming the contract.
/// </summary>
public sealed class InteractionStoreContract(Func<IInteractionStore> createEmptyStore)
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 10, 0);

    /// <summary>Runs every check, each on a new store.</summary>
    public async Task RunAllAsync()
    {
        await AppendThenRead_RoundTripsEveryField();
        await Append_StaleVersion_IsConflictAndWritesNothing();
        await Append_SameEventIdTwice_IsDuplicate();
        await ConcurrentWriters_ExactlyOneWinsEachVersion();
    }

    public async Task AppendThenRead_RoundTripsEveryField()
    {
        const string contract = "append then read round-trips every field";
        var store = createEmptyStore();
        var customer = new CustomerId("contract-1");
        var full = new Interaction("ix-1", customer, Channel.Phone, T0, InteractionTopic.Negotiation, InteractionDirection.Outbound, ContactOutcome.Reached,
            "asked for a better rate", [new Fact("budget", "about 2000", T0, Channel.Phone, "ix-1", T0 + Duration.FromDays(90))], ["rate-offer"], "contact-1", "consultant-7", ["p-1"]);
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Written, 1), await store.AppendAsync(full, 0), contract, "the first append");
        var read = await store.ReadAsync(customer);
        ContractCheck.Equal(1L, read.Version, contract, "the version");
        ContractCheck.Equal(IdicJson.Serialize(full), IdicJson.Serialize(read.Events.Single()), contract, "the stored interaction (as JSON)");
        var empty = await store.ReadAsync(new CustomerId("contract-unknown"));
        ContractCheck.That(empty.Events.Count == 0 && empty.Version == 0, contract, "an unknown customer reads as empty at version 0.");
    }

    public async Task Append_StaleVersion_IsConflictAndWritesNothing()
    {
        const string contract = "a stale expected version is a conflict, never a lost update";
        var store = createEmptyStore();
        var customer = new CustomerId("contract-2");
        await store.AppendAsync(Make("ix-a", customer, 0), 0);
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Conflict, 1), await store.AppendAsync(Make("ix-b", customer, 1), 0), contract, "an append at version 0 over version 1");
        ContractCheck.Equal(1, (await store.ReadAsync(customer)).Events.Count, contract, "the number of stored interactions");
    }

    public async Task Append_SameEventIdTwice_IsDuplicate()
    {
        const string contract = "event-id idempotency";
        var store = createEmptyStore();
        var customer = new CustomerId("contract-3");
        var first = Make("ix-c", customer, 0);
        await store.AppendAsync(first, 0);
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Duplicate, 1), await store.AppendAsync(first, 1), contract, "a retry with the current version");
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Duplicate, 1), await store.AppendAsync(first, 0), contract, "a retry with the old version");
        ContractCheck.Equal(1, (await store.ReadAsync(customer)).Events.Count, contract, "the number of stored interactions");
    }

    public async Task ConcurrentWriters_ExactlyOneWinsEachVersion()
    {
        const string contract = "concurrent writers: exactly one wins each version";
        var store = createEmptyStore();
        var customer = new CustomerId("contract-4");
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () => await store.AppendAsync(Make($"ix-w{i}", customer, i), 0))));
        ContractCheck.Equal(1, results.Count(r => r.Status == StoreWriteStatus.Written), contract, "the number of writers that won version 1");
        ContractCheck.Equal(7, results.Count(r => r.Status == StoreWriteStatus.Conflict), contract, "the number of writers told of a conflict");
        ContractCheck.Equal(1, (await store.ReadAsync(customer)).Events.Count, contract, "the number of stored interactions");
    }

    private static Interaction Make(string id, CustomerId customer, int minutes) =>
        new(id, customer, Channel.Web, T0 + Duration.FromMinutes(minutes), InteractionTopic.Question);
}
