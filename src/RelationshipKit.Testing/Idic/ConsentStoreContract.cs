using NodaTime;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Testing.Idic;

/// <summary>
/// The contract every <see cref="IConsentStore"/> must meet (see <see cref="InteractionStoreContract"/> for how to
/// run it).
/// </summary>
public sealed class ConsentStoreContract(Func<IConsentStore> createEmptyStore)
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 10, 0);

    /// <summary>Runs every check, each on a new store.</summary>
    public async Task RunAllAsync()
    {
        await AppendThenRead_RebuildsTheLedger();
        await Append_StaleVersion_IsConflict_AndDuplicateIdIsDuplicate();
        await Erase_KeepsATombstoneAndBlocksAppends();
        await ConcurrentWriters_ExactlyOneWinsEachVersion();
    }

    public async Task AppendThenRead_RebuildsTheLedger()
    {
        const string contract = "append then read rebuilds the ledger";
        var store = createEmptyStore();
        var customer = new CustomerId("contract-c1");
        var grant = new ConsentEvent("ce-1", customer, ConsentPurpose.Marketing, ConsentAction.Granted, T0, Channel.Sms, exchange: "10% off");
        var withdraw = new ConsentEvent("ce-2", customer, ConsentPurpose.Marketing, ConsentAction.Withdrawn, T0 + Duration.FromDays(1), Channel.Sms, reason: "too many messages");
        await store.AppendAsync(grant, 0);
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Written, 2), await store.AppendAsync(withdraw, 1), contract, "the second append");
        var read = await store.ReadAsync(customer);
        ContractCheck.Equal(2L, read.Version, contract, "the version");
        ContractCheck.Equal(
            string.Join("|", new[] { grant, withdraw }.Select(IdicJson.Serialize)), string.Join("|", read.Ledger.Events.Select(IdicJson.Serialize)), contract, "the stored events (as JSON)");
        ContractCheck.That(!read.Ledger.Check(ConsentPurpose.Marketing, Channel.Sms, T0 + Duration.FromDays(2)).IsGranted, contract, "the withdrawal must hold after a read.");
    }

    public async Task Append_StaleVersion_IsConflict_AndDuplicateIdIsDuplicate()
    {
        const string contract = "optimistic concurrency and event-id idempotency";
        var store = createEmptyStore();
        var customer = new CustomerId("contract-c2");
        var grant = new ConsentEvent("ce-3", customer, ConsentPurpose.Survey, ConsentAction.Granted, T0);
        await store.AppendAsync(grant, 0);
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Duplicate, 1), await store.AppendAsync(grant, 0), contract, "a retried append");
        var other = new ConsentEvent("ce-4", customer, ConsentPurpose.Survey, ConsentAction.Withdrawn, T0);
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Conflict, 1), await store.AppendAsync(other, 0), contract, "a stale append");
        ContractCheck.Equal(1, (await store.ReadAsync(customer)).Ledger.Events.Count, contract, "the number of stored events");
    }

    public async Task Erase_KeepsATombstoneAndBlocksAppends()
    {
        const string contract = "erasure on request leaves a tombstone";
        var store = createEmptyStore();
        var customer = new CustomerId("contract-c3");
        await store.AppendAsync(new ConsentEvent("ce-5", customer, ConsentPurpose.Marketing, ConsentAction.Granted, T0), 0);
        await store.AppendAsync(new ConsentEvent("ce-6", customer, ConsentPurpose.Survey, ConsentAction.Granted, T0), 1);
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Conflict, 2), await store.EraseAsync(customer, T0 + Duration.FromDays(5), 1), contract, "a stale erasure");
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Written, 3), await store.EraseAsync(customer, T0 + Duration.FromDays(5), 2), contract, "the erasure");
        ContractCheck.Equal(new StoreWriteResult(StoreWriteStatus.Duplicate, 3), await store.EraseAsync(customer, T0 + Duration.FromDays(6), 3), contract, "a second erasure");
        var read = await store.ReadAsync(customer);
        ContractCheck.That(read.Ledger.Events.Count == 0 && read.Ledger.ErasedAt == T0 + Duration.FromDays(5) && read.Ledger.ErasedEventCount == 2, contract,
            $"the read after erasure should be a tombstone of 2 events erased at {T0 + Duration.FromDays(5)}; was {read.Ledger}.");
        var late = new ConsentEvent("ce-7", customer, ConsentPurpose.Marketing, ConsentAction.Granted, T0 + Duration.FromDays(7));
        ContractCheck.Equal(StoreWriteStatus.Conflict, (await store.AppendAsync(late, 3)).Status, contract, "an append after erasure");
    }

    public async Task ConcurrentWriters_ExactlyOneWinsEachVersion()
    {
        const string contract = "concurrent writers: exactly one wins each version";
        var store = createEmptyStore();
        var customer = new CustomerId("contract-c4");
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            await store.AppendAsync(new ConsentEvent($"ce-w{i}", customer, ConsentPurpose.Marketing, ConsentAction.Granted, T0), 0))));
        ContractCheck.Equal(1, results.Count(r => r.Status == StoreWriteStatus.Written), contract, "the number of writers that won version 1");
        ContractCheck.Equal(1, (await store.ReadAsync(customer)).Ledger.Events.Count, contract, "the number of stored events");
    }
}
