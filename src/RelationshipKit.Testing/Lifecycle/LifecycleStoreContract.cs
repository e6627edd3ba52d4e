using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.Storage;

namespace RelationshipKit.Testing.Lifecycle;

/// <summary>
/// Represents the contract every <see cref="ILifecycleStore{TStage, TTrigger}"/> must meet, as plain code: each check
/// creates a fresh store with the factory, writes through it, and throws a <see cref="ContractViolationException"/>
/// naming the check, the expectation and what the store did when it fails. No test framework is needed.
/// </summary>
/// <remarks>
/// <para>Run every check with <see cref="RunAllAsync"/>, or one by name with <see cref="RunAsync"/> (for example one test case
/// per name in <see cref="CheckNames"/>, so a failure points at one check).</para>
/// <para>The checks: reads of unknown customers, a first write, a chain of writes whose history replays to the stored state,
/// conflicts that lose nothing (stale, ahead, new-customer-twice), duplicate event ids (even with a stale version),
/// concurrent writers on one customer that never both win, batches with conflicts and duplicates inside, the time-in-stage
/// query with substages, erasure of personal data, writes from another definition, and (when a reopen function is given)
/// reading version 1 data under version 2 with and without a declared migration.</para>
/// <para>A store that implements <see cref="IDisposable"/> or <see cref="IAsyncDisposable"/> is disposed after each check.
/// This type is immutable and thread-safe; checks may run in parallel when the factory's stores are independent.</para>
/// </remarks>
[Immutable]
public sealed class LifecycleStoreContract
{
    private static readonly Instant s_start = Instant.FromUtc(2026, 1, 5, 9, 0);

    private readonly Func<LifecycleDefinition<ContractStage, ContractTrigger>, ILifecycleStore<ContractStage, ContractTrigger>> _create;
    private readonly Func<ILifecycleStore<ContractStage, ContractTrigger>, LifecycleDefinition<ContractStage, ContractTrigger>, ILifecycleStore<ContractStage, ContractTrigger>>? _reopen;
    private readonly ImmutableDictionary<string, Func<CancellationToken, Task>> _checks;

    /// <summary>Initializes a new <see cref="LifecycleStoreContract"/>.</summary>
    /// <param name="createStore">Creates a new, empty store for a definition (called once per check).</param>
    /// <param name="reopenStore">Returns a store over the same data that reads under another definition (a newer version), as a restarted application would; null skips the migration checks.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="createStore"/> is null.</exception>
    public LifecycleStoreContract(
        Func<LifecycleDefinition<ContractStage, ContractTrigger>, ILifecycleStore<ContractStage, ContractTrigger>> createStore,
        Func<ILifecycleStore<ContractStage, ContractTrigger>, LifecycleDefinition<ContractStage, ContractTrigger>, ILifecycleStore<ContractStage, ContractTrigger>>? reopenStore = null)
    {
        ArgumentNullException.ThrowIfNull(createStore);
        _create = createStore;
        _reopen = reopenStore;
        _checks = new Dictionary<string, Func<CancellationToken, Task>>(StringComparer.Ordinal)
        {
            [nameof(UnknownCustomer_ReadsNothing)] = UnknownCustomer_ReadsNothing,
            [nameof(FirstWrite_IsReadBack)] = FirstWrite_IsReadBack,
            [nameof(Writes_ChainAndReplayToStoredState)] = Writes_ChainAndReplayToStoredState,
            [nameof(StaleWrite_ConflictsAndLosesNothing)] = StaleWrite_ConflictsAndLosesNothing,
            [nameof(WriteAhead_Conflicts)] = WriteAhead_Conflicts,
            [nameof(DuplicateEvent_ReturnsOriginalAndAppendsNothing)] = DuplicateEvent_ReturnsOriginalAndAppendsNothing,
            [nameof(ConcurrentWriters_NeverBothWin)] = ConcurrentWriters_NeverBothWin,
            [nameof(Batch_AppliesInOrderWithConflictsAndDuplicates)] = Batch_AppliesInOrderWithConflictsAndDuplicates,
            [nameof(InStageLongerThan_RespectsSubstagesAndDuration)] = InStageLongerThan_RespectsSubstagesAndDuration,
            [nameof(ErasePersonalData_KeepsTransitionsAndChain)] = ErasePersonalData_KeepsTransitionsAndChain,
            [nameof(OtherDefinition_IsAMismatch)] = OtherDefinition_IsAMismatch,
            [nameof(NewerVersion_ReadsThroughDeclaredMigration)] = NewerVersion_ReadsThroughDeclaredMigration,
            [nameof(InvalidArguments_Throw)] = InvalidArguments_Throw,
        }.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the names of the checks, in the order <see cref="RunAllAsync"/> runs them.</summary>
    public static ImmutableArray<string> CheckNames { get; } =
    [
        nameof(UnknownCustomer_ReadsNothing),
        nameof(FirstWrite_IsReadBack),
        nameof(Writes_ChainAndReplayToStoredState),
        nameof(StaleWrite_ConflictsAndLosesNothing),
        nameof(WriteAhead_Conflicts),
        nameof(DuplicateEvent_ReturnsOriginalAndAppendsNothing),
        nameof(ConcurrentWriters_NeverBothWin),
        nameof(Batch_AppliesInOrderWithConflictsAndDuplicates),
        nameof(InStageLongerThan_RespectsSubstagesAndDuration),
        nameof(ErasePersonalData_KeepsTransitionsAndChain),
        nameof(OtherDefinition_IsAMismatch),
        nameof(NewerVersion_ReadsThroughDeclaredMigration),
        nameof(InvalidArguments_Throw),
    ];

    /// <summary>Runs one check.</summary>
    /// <param name="checkName">One of <see cref="CheckNames"/>.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that completes when the check passed.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="checkName"/> is not a check's name.</exception>
    /// <exception cref="ContractViolationException">Thrown when the store breaks the contract.</exception>
    public Task RunAsync(string checkName, CancellationToken cancellationToken = default) =>
        ContractRunner.Run(_checks, CheckNames, checkName, cancellationToken);

    /// <summary>Runs every check, and reports every failure at once.</summary>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>A task that completes when every check passed.</returns>
    /// <exception cref="ContractViolationException">Thrown when the store breaks the contract; the message lists every failed check.</exception>
    public Task RunAllAsync(CancellationToken cancellationToken = default) =>
        ContractRunner.RunAll(_checks, CheckNames, cancellationToken);

    private static CustomerId Customer(string id) => new(id);

    private static LifecycleEventId Event(string id) => new(id);

    private static Instant At(int minutes) => s_start + Duration.FromMinutes(minutes);

    private static void Require(bool condition, string check, string message) => ContractRunner.Require(condition, check, message);

    private static TransitionResult<ContractStage, ContractTrigger> Accepted(TransitionResult<ContractStage, ContractTrigger> result)
    {
        if (!result.IsAccepted)
        {
            throw new InvalidOperationException("The contract's own lifecycle rejected a step: " + result.Message);
        }

        return result;
    }

    private static async Task<LifecycleWriteResult<ContractStage, ContractTrigger>> Write(
        ILifecycleStore<ContractStage, ContractTrigger> store, TransitionResult<ContractStage, ContractTrigger> result, string check, CancellationToken cancellationToken)
    {
        var written = await Guarded(check, "WriteAsync", () => store.WriteAsync(result.ToWrite(), cancellationToken)).ConfigureAwait(false);
        Require(written.Status == WriteStatus.Written, check, $"writing version {result.State.Version} of '{result.State.CustomerId}' must be Written; was {written.Status} ({written.Message}).");
        return written;
    }

    private static async Task<T> Guarded<T>(string check, string operation, Func<ValueTask<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not ContractViolationException)
        {
            throw new ContractViolationException($"{check}: {operation} threw {exception.GetType().Name}: {exception.Message}", exception);
        }
    }

    /// <summary>Writes a customer through Start, Activate, Note, Pause, Review at minutes 0..4 and returns the final result.</summary>
    private static async Task<TransitionResult<ContractStage, ContractTrigger>> WriteJourney(
        ILifecycleStore<ContractStage, ContractTrigger> store, LifecycleDefinition<ContractStage, ContractTrigger> definition, CustomerId customer, string check, CancellationToken cancellationToken)
    {
        var metadata = new TransitionMetadata("agent-7", "customer asked for a pause", ChangeDriver.CustomerAction);
        var result = Accepted(definition.Start(customer, Event(customer.Value + "-0"), At(0)));
        await Write(store, result, check, cancellationToken).ConfigureAwait(false);
        var steps = new[] { ContractTrigger.Activate, ContractTrigger.Note, ContractTrigger.Pause, ContractTrigger.Review };
        for (var i = 0; i < steps.Length; i++)
        {
            result = Accepted(definition.Fire(result.State, steps[i], Event($"{customer.Value}-{i + 1}"), At(i + 1), metadata));
            await Write(store, result, check, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async Task WithStore(Func<ILifecycleStore<ContractStage, ContractTrigger>, Task> body, LifecycleDefinition<ContractStage, ContractTrigger>? definition = null)
    {
        var store = _create(definition ?? ContractLifecycle.Version1());
        try
        {
            await body(store).ConfigureAwait(false);
        }
        finally
        {
            await ContractRunner.DisposeAsync(store).ConfigureAwait(false);
        }
    }

    private Task UnknownCustomer_ReadsNothing(CancellationToken cancellationToken) => WithStore(async store =>
    {
        const string check = nameof(UnknownCustomer_ReadsNothing);
        var unknown = Customer("nobody");
        var state = await Guarded(check, "GetStateAsync", () => store.GetStateAsync(unknown, cancellationToken)).ConfigureAwait(false);
        Require(state.Status == StateReadStatus.NotFound, check, $"GetStateAsync of an unknown customer must be NotFound; was {state.Status}.");
        var history = await Guarded(check, "GetHistoryAsync", () => store.GetHistoryAsync(unknown, cancellationToken)).ConfigureAwait(false);
        Require(history.Count == 0, check, $"GetHistoryAsync of an unknown customer must be empty; had {history.Count} entries.");
        var found = await Guarded(check, "FindEventAsync", () => store.FindEventAsync(unknown, Event("e"), cancellationToken)).ConfigureAwait(false);
        Require(found is null, check, "FindEventAsync of an unknown customer must be null.");
        var erased = await Guarded(check, "ErasePersonalDataAsync", () => store.ErasePersonalDataAsync(unknown, cancellationToken)).ConfigureAwait(false);
        Require(erased == 0, check, $"ErasePersonalDataAsync of an unknown customer must erase 0 entries; was {erased}.");
    });

    private Task FirstWrite_IsReadBack(CancellationToken cancellationToken) => WithStore(async store =>
    {
        const string check = nameof(FirstWrite_IsReadBack);
        var customer = Customer("c-first");
        var started = Accepted(store.Definition.Start(customer, Event("start-1"), At(0), new TransitionMetadata("web", "sign-up", ChangeDriver.CustomerAction)));
        var written = await Write(store, started, check, cancellationToken).ConfigureAwait(false);
        Require(written.StoredVersion == 1 && written.State == started.State, check, $"a first write must return version 1 and the new state; was version {written.StoredVersion}, {written.State}.");
        Require(written.Entry is { Sequence: 1, Kind: HistoryEntryKind.Started } && written.Entry.PreviousHash.IsZero, check, "the first entry must be sequence 1, Started, with a zero previous hash.");
        var read = await Guarded(check, "GetStateAsync", () => store.GetStateAsync(customer, cancellationToken)).ConfigureAwait(false);
        Require(read.Found && read.State == started.State, check, $"GetStateAsync must return the state written ({started.State}); was {read.Status} {read.State}.");
        var history = await Guarded(check, "GetHistoryAsync", () => store.GetHistoryAsync(customer, cancellationToken)).ConfigureAwait(false);
        Require(history.Count == 1 && history[0].Hash == written.Entry!.Hash, check, $"the history must hold the one entry written; had {history.Count}.");
        Require(history[0].Metadata == started.Record.Metadata, check, "the entry must keep the actor, reason and driver.");
        var found = await Guarded(check, "FindEventAsync", () => store.FindEventAsync(customer, Event("start-1"), cancellationToken)).ConfigureAwait(false);
        Require(found is not null && found.Hash == written.Entry!.Hash, check, "FindEventAsync must return the entry the event id wrote.");
    });

    private Task Writes_ChainAndReplayToStoredState(CancellationToken cancellationToken) => WithStore(async store =>
    {
        const string check = nameof(Writes_ChainAndReplayToStoredState);
        var customer = Customer("c-chain");
        var last = await WriteJourney(store, store.Definition, customer, check, cancellationToken).ConfigureAwait(false);
        var history = await Guarded(check, "GetHistoryAsync", () => store.GetHistoryAsync(customer, cancellationToken)).ConfigureAwait(false);
        Require(history.Count == 5, check, $"five writes must leave five entries; found {history.Count}.");
        var problem = history.Verify();
        Require(problem is null, check, $"the stored history must verify; {problem?.Message}");
        var replay = store.Definition.Replay(history);
        Require(replay.IsValid && replay.State == last.State, check, $"replaying the stored history must give the stored state {last.State}; was {(replay.IsValid ? replay.State.ToString() : replay.Problem!.Message)}.");
        var read = await Guarded(check, "GetStateAsync", () => store.GetStateAsync(customer, cancellationToken)).ConfigureAwait(false);
        Require(read.State.Version == history.Count, check, $"the stored version must equal the number of entries ({history.Count}); was {read.State.Version}.");
        Require(history.Select(e => e.Kind).SequenceEqual([HistoryEntryKind.Started, HistoryEntryKind.Transition, HistoryEntryKind.Internal, HistoryEntryKind.Transition, HistoryEntryKind.Transition]),
            check, "the entries must keep their kinds (Started, Transition, Internal, Transition, Transition).");
    });

    private Task StaleWrite_ConflictsAndLosesNothing(CancellationToken cancellationToken) => WithStore(async store =>
    {
        const string check = nameof(StaleWrite_ConflictsAndLosesNothing);
        var definition = store.Definition;
        var customer = Customer("c-stale");
        var started = Accepted(definition.Start(customer, Event("s"), At(0)));
        await Write(store, started, check, cancellationToken).ConfigureAwait(false);
        var winner = Accepted(definition.Fire(started.State, ContractTrigger.Activate, Event("w"), At(1)));
        var loser = Accepted(definition.Fire(started.State, ContractTrigger.Close, Event("l"), At(1)));
        await Write(store, winner, check, cancellationToken).ConfigureAwait(false);
        var lost = await Guarded(check, "WriteAsync", () => store.WriteAsync(loser.ToWrite(), cancellationToken)).ConfigureAwait(false);
        Require(lost.Status == WriteStatus.Conflict, check, $"a write expecting version 1 when version 2 is stored must be a Conflict; was {lost.Status}.");
        Require(lost.StoredVersion == 2 && lost.State == winner.State, check, $"a conflict must report the stored version 2 and state; was {lost.StoredVersion}, {lost.State}.");
        var read = await Guarded(check, "GetStateAsync", () => store.GetStateAsync(customer, cancellationToken)).ConfigureAwait(false);
        Require(read.State == winner.State, check, $"the loser must change nothing; the state is {read.State}.");
        var history = await Guarded(check, "GetHistoryAsync", () => store.GetHistoryAsync(customer, cancellationToken)).ConfigureAwait(false);
        Require(history.Count == 2 && history[1].EventId == winner.Record.EventId, check, "the loser must append nothing.");
        var again = await Guarded(check, "WriteAsync", () => store.WriteAsync(started.ToWrite(), cancellationToken)).ConfigureAwait(false);
        Require(again.Status == WriteStatus.Duplicate, check, $"re-writing the first event must be a Duplicate; was {again.Status}.");
        var other = Accepted(definition.Start(customer, Event("s-again"), At(2)));
        var twice = await Guarded(check, "WriteAsync", () => store.WriteAsync(other.ToWrite(), cancellationToken)).ConfigureAwait(false);
        Require(twice.Status == WriteStatus.Conflict && twice.StoredVersion == 2, check, $"starting an existing customer again (expected version 0) must be a Conflict at version 2; was {twice.Status} at {twice.StoredVersion}.");
    });

    private Task WriteAhead_Conflicts(CancellationToken cancellationToken) => WithStore(async store =>
    {
        const string check = nameof(WriteAhead_Conflicts);
        var definition = store.Definition;
        var customer = Customer("c-ahead");
        var started = Accepted(definition.Start(customer, Event("s"), At(0)));
        var activated = Accepted(definition.Fire(started.State, ContractTrigger.Activate, Event("a"), At(1)));
        var early = await Guarded(check, "WriteAsync", () => store.WriteAsync(activated.ToWrite(), cancellationToken)).ConfigureAwait(false);
        Require(early.Status == WriteStatus.Conflict && early.StoredVersion == 0, check, $"writing version 2 of an unknown customer must be a Conflict at version 0; was {early.Status} at {early.StoredVersion}.");
        await Write(store, started, check, cancellationToken).ConfigureAwait(false);
        var paused = Accepted(definition.Fire(activated.State, ContractTrigger.Pause, Event("p"), At(2)));
        var ahead = await Guarded(check, "WriteAsync", () => store.WriteAsync(paused.ToWrite(), cancellationToken)).ConfigureAwait(false);
        Require(ahead.Status == WriteStatus.Conflict && ahead.StoredVersion == 1, check, $"a write expecting version 2 when version 1 is stored must be a Conflict at version 1; was {ahead.Status} at {ahead.StoredVersion}.");
        var history = await Guarded(check, "GetHistoryAsync", () => store.GetHistoryAsync(customer, cancellationToken)).ConfigureAwait(false);
        Require(history.Count == 1, check, $"conflicting writes must append nothing; found {history.Count} entries.");
    });

    private Task DuplicateEvent_ReturnsOriginalAndAppendsNothing(CancellationToken cancellationToken) => WithStore(async store =>
    {
        const string check = nameof(DuplicateEvent_ReturnsOriginalAndAppendsNothing);
        var definition = store.Definition;
        var customer = Customer("c-dup");
        var started = Accepted(definition.Start(customer, Event("s"), At(0)));
        await Write(store, started, check, cancellationToken).ConfigureAwait(false);
        var activated = Accepted(definition.Fire(started.State, ContractTrigger.Activate, Event("evt-42"), At(1)));
        var first = await Write(store, activated, check, cancellationToken).ConfigureAwait(false);
        var noted = Accepted(definition.Fire(activated.State, ContractTrigger.Note, Event("n"), At(2)));
        await Write(store, noted, check, cancellationToken).ConfigureAwait(false);
        var redelivered = await Guarded(check, "WriteAsync", () => store.WriteAsync(activated.ToWrite(), cancellationToken)).ConfigureAwait(false);
        Require(redelivered.Status == WriteStatus.Duplicate, check, $"a redelivered event id (with its now stale expected version) must be a Duplicate; was {redelivered.Status}.");
        Require(redelivered.Entry is not null && redelivered.Entry.Hash == first.Entry!.Hash, check, "a duplicate must return the original entry.");
        Require(redelivered.State == noted.State && redelivered.StoredVersion == 3, check, $"a duplicate must return the current state (version 3); was {redelivered.State}.");
        var sameIdOtherTrigger = Accepted(definition.Fire(noted.State, ContractTrigger.Pause, Event("evt-42"), At(3)));
        var reused = await Guarded(check, "WriteAsync", () => store.WriteAsync(sameIdOtherTrigger.ToWrite(), cancellationToken)).ConfigureAwait(false);
        Require(reused.Status == WriteStatus.Duplicate, check, $"an event id already written for the customer must be a Duplicate even with the right version; was {reused.Status}.");
        var history = await Guarded(check, "GetHistoryAsync", () => store.GetHistoryAsync(customer, cancellationToken)).ConfigureAwait(false);
        Require(history.Count == 3, check, $"duplicates must append nothing; found {history.Count} entries.");
        var otherCustomer = Accepted(definition.Start(Customer("c-dup-2"), Event("evt-42"), At(0)));
        await Write(store, otherCustomer, check, cancellationToken).ConfigureAwait(false);
    });

    private Task ConcurrentWriters_NeverBothWin(CancellationToken cancellationToken) => WithStore(async store =>
    {
        const string check = nameof(ConcurrentWriters_NeverBothWin);
        var definition = store.Definition;
        var customer = Customer("c-race");
        var started = Accepted(definition.Start(customer, Event("s"), At(0)));
        var activated = Accepted(definition.Fire(started.State, ContractTrigger.Activate, Event("a"), At(1)));
        await Write(store, started, check, cancellationToken).ConfigureAwait(false);
        await Write(store, activated, check, cancellationToken).ConfigureAwait(false);

        const int writers = 8;
        const int rounds = 25;
        var sameVersion = Enumerable.Range(0, writers)
            .Select(writer => definition.Fire(activated.State, ContractTrigger.Note, Event($"same-{writer}"), At(2)).ToWrite())
            .ToArray();
        var start = new Barrier(writers);
        var racing = sameVersion.Select(write => Task.Run(async () =>
        {
            start.SignalAndWait(cancellationToken);
            return await store.WriteAsync(write, cancellationToken).ConfigureAwait(false);
        }, cancellationToken)).ToArray();
        var raced = await Guarded(check, "WriteAsync", () => new ValueTask<LifecycleWriteResult<ContractStage, ContractTrigger>[]>(Task.WhenAll(racing))).ConfigureAwait(false);
        var sameVersionWins = raced.Count(r => r.Status == WriteStatus.Written);
        Require(sameVersionWins == 1 && raced.Count(r => r.Status == WriteStatus.Conflict) == writers - 1, check,
            $"{writers} concurrent writes expecting version 2 must give exactly one Written and {writers - 1} Conflicts; gave {string.Join(", ", raced.GroupBy(r => r.Status).Select(g => $"{g.Count()} {g.Key}"))}.");

        var wins = 0;
        var gate = new Barrier(writers);
        var tasks = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            gate.SignalAndWait(cancellationToken);
            for (var round = 0; round < rounds; round++)
            {
                var read = await store.GetStateAsync(customer, cancellationToken).ConfigureAwait(false);
                var note = definition.Fire(read.State, ContractTrigger.Note, Event($"w{writer}-r{round}"), read.State.LastTransitionAt);
                var written = await store.WriteAsync(note.ToWrite(), cancellationToken).ConfigureAwait(false);
                if (written.Status == WriteStatus.Written)
                {
                    Interlocked.Increment(ref wins);
                }
                else if (written.Status != WriteStatus.Conflict)
                {
                    throw new ContractViolationException($"{check}: a racing write must be Written or Conflict; was {written.Status} ({written.Message}).");
                }
            }
        }, cancellationToken)).ToArray();
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not ContractViolationException)
        {
            throw new ContractViolationException($"{check}: a racing writer threw {exception.GetType().Name}: {exception.Message}", exception);
        }

        var history = await store.GetHistoryAsync(customer, cancellationToken).ConfigureAwait(false);
        var state = await store.GetStateAsync(customer, cancellationToken).ConfigureAwait(false);
        Require(history.Count == 3 + wins, check, $"every win must append exactly one entry: {wins} wins after 3 entries, but the history has {history.Count}.");
        Require(state.State.Version == history.Count, check, $"the stored version ({state.State.Version}) must equal the number of entries ({history.Count}): two writers won the same version.");
        Require(history.Select(e => e.Sequence).SequenceEqual(Enumerable.Range(1, history.Count).Select(i => (long)i)), check, "the sequences must be 1, 2, 3, ... with no gap or repeat.");
        var problem = history.Verify();
        Require(problem is null, check, $"the history written by racing writers must verify; {problem?.Message}");
        Require(wins >= rounds, check, $"at least one writer must win each round; only {wins} wins in {rounds} rounds.");
    });

    private Task Batch_AppliesInOrderWithConflictsAndDuplicates(CancellationToken cancellationToken) => WithStore(async store =>
    {
        const string check = nameof(Batch_AppliesInOrderWithConflictsAndDuplicates);
        var definition = store.Definition;
        var writes = new List<LifecycleWrite<ContractStage, ContractTrigger>>();
        var expected = new List<WriteStatus>();
        for (var i = 0; i < 20; i++)
        {
            var customer = Customer("b-" + i.ToString("D2", CultureInfo.InvariantCulture));
            var started = Accepted(definition.Start(customer, Event($"b{i}-s"), At(0)));
            var activated = Accepted(definition.Fire(started.State, ContractTrigger.Activate, Event($"b{i}-a"), At(1)));
            writes.Add(started.ToWrite());
            writes.Add(activated.ToWrite());
            expected.Add(WriteStatus.Written);
            expected.Add(WriteStatus.Written);
            if (i == 7)
            {
                var stale = Accepted(definition.Fire(started.State, ContractTrigger.Close, Event($"b{i}-stale"), At(2)));
                writes.Add(stale.ToWrite());
                expected.Add(WriteStatus.Conflict);
                writes.Add(activated.ToWrite());
                expected.Add(WriteStatus.Duplicate);
            }
        }

        var results = await Guarded(check, "WriteBatchAsync", () => store.WriteBatchAsync(writes, cancellationToken)).ConfigureAwait(false);
        Require(results.Count == writes.Count, check, $"a batch must return one result per write ({writes.Count}); returned {results.Count}.");
        for (var i = 0; i < results.Count; i++)
        {
            Require(results[i].Status == expected[i] && results[i].CustomerId == writes[i].CustomerId, check,
                $"result {i} ({writes[i].CustomerId}, version {writes[i].State.Version}) must be {expected[i]}; was {results[i].Status} for {results[i].CustomerId}.");
        }

        for (var i = 0; i < 20; i++)
        {
            var customer = Customer("b-" + i.ToString("D2", CultureInfo.InvariantCulture));
            var history = await store.GetHistoryAsync(customer, cancellationToken).ConfigureAwait(false);
            Require(history.Count == 2 && history.Verify() is null, check, $"each customer of the batch must have two chained entries; {customer} has {history.Count}.");
        }

        var empty = await Guarded(check, "WriteBatchAsync", () => store.WriteBatchAsync([], cancellationToken)).ConfigureAwait(false);
        Require(empty.Count == 0, check, "an empty batch must return no result.");
    });

    private Task InStageLongerThan_RespectsSubstagesAndDuration(CancellationToken cancellationToken) => WithStore(async store =>
    {
        const string check = nameof(InStageLongerThan_RespectsSubstagesAndDuration);
        var definition = store.Definition;
        await WriteJourney(store, definition, Customer("q-b"), check, cancellationToken).ConfigureAwait(false);
        await WriteJourney(store, definition, Customer("q-a"), check, cancellationToken).ConfigureAwait(false);
        var paused = Accepted(definition.Start(Customer("q-c"), Event("q-c-0"), At(0)));
        await Write(store, paused, check, cancellationToken).ConfigureAwait(false);
        paused = Accepted(definition.Fire(paused.State, ContractTrigger.Activate, Event("q-c-1"), At(1)));
        await Write(store, paused, check, cancellationToken).ConfigureAwait(false);
        paused = Accepted(definition.Fire(paused.State, ContractTrigger.Pause, Event("q-c-2"), At(10)));
        await Write(store, paused, check, cancellationToken).ConfigureAwait(false);

        var now = At(70);
        var found = await Guarded(check, "GetInStageLongerThanAsync", () => store.GetInStageLongerThanAsync(ContractStage.Paused, Duration.FromMinutes(60), now, cancellationToken)).ConfigureAwait(false);
        Require(found.Select(s => s.CustomerId.Value).SequenceEqual(["q-a", "q-b"]), check,
            $"customers in Paused (or its review substage) for more than 60 minutes must be q-a and q-b, ordered by id; were [{string.Join(", ", found.Select(s => s.CustomerId))}].");
        var boundary = await store.GetInStageLongerThanAsync(ContractStage.Paused, Duration.FromMinutes(60), At(64), cancellationToken).ConfigureAwait(false);
        Require(boundary.Count == 0, check, "a relationship exactly 60 minutes in its stage is not in it for longer than 60 minutes.");
        var all = await store.GetInStageLongerThanAsync(ContractStage.Paused, Duration.Zero, now, cancellationToken).ConfigureAwait(false);
        Require(all.Count == 3, check, $"all three customers are in Paused or its substage; found {all.Count}.");
        var reviewOnly = await store.GetInStageLongerThanAsync(ContractStage.PausedInReview, Duration.Zero, now, cancellationToken).ConfigureAwait(false);
        Require(reviewOnly.Count == 2, check, $"two customers are in the review substage; found {reviewOnly.Count}.");
    });

    private Task ErasePersonalData_KeepsTransitionsAndChain(CancellationToken cancellationToken) => WithStore(async store =>
    {
        const string check = nameof(ErasePersonalData_KeepsTransitionsAndChain);
        var customer = Customer("c-erase");
        await WriteJourney(store, store.Definition, customer, check, cancellationToken).ConfigureAwait(false);
        var before = await store.GetHistoryAsync(customer, cancellationToken).ConfigureAwait(false);
        var erased = await Guarded(check, "ErasePersonalDataAsync", () => store.ErasePersonalDataAsync(customer, cancellationToken)).ConfigureAwait(false);
        Require(erased == 4, check, $"four entries had an actor and reason; ErasePersonalDataAsync returned {erased}.");
        var after = await store.GetHistoryAsync(customer, cancellationToken).ConfigureAwait(false);
        Require(after.Count == before.Count, check, "erasure must keep every entry.");
        for (var i = 0; i < after.Count; i++)
        {
            Require(after[i].Metadata.Actor is null && after[i].Metadata.Reason is null, check, $"entry {i + 1} must have no actor or reason after erasure.");
            Require(after[i].Hash == before[i].Hash && after[i].ToName == before[i].ToName && after[i].Metadata.Driver == before[i].Metadata.Driver, check,
                $"entry {i + 1} must keep its transition, driver and hash.");
        }

        var problem = after.Verify();
        Require(problem is null, check, $"the erased history must still verify; {problem?.Message}");
        var again = await store.ErasePersonalDataAsync(customer, cancellationToken).ConfigureAwait(false);
        Require(again == 0, check, $"a second erasure must find nothing to erase; returned {again}.");
    });

    private Task OtherDefinition_IsAMismatch(CancellationToken cancellationToken) => WithStore(async store =>
    {
        const string check = nameof(OtherDefinition_IsAMismatch);
        var builder = new LifecycleBuilder<ContractStage, ContractTrigger>("another-lifecycle").InitialStage(ContractStage.Lead);
        builder.Configure(ContractStage.Lead);
        var other = builder.Build();
        var foreign = other.Start(Customer("c-foreign"), Event("f"), At(0));
        var written = await Guarded(check, "WriteAsync", () => store.WriteAsync(foreign.ToWrite(), cancellationToken)).ConfigureAwait(false);
        Require(written.Status == WriteStatus.DefinitionMismatch, check, $"a write from another definition must be a DefinitionMismatch; was {written.Status}.");
        var read = await store.GetStateAsync(Customer("c-foreign"), cancellationToken).ConfigureAwait(false);
        Require(read.Status == StateReadStatus.NotFound, check, "a mismatched write must store nothing.");
    });

    private async Task NewerVersion_ReadsThroughDeclaredMigration(CancellationToken cancellationToken)
    {
        const string check = nameof(NewerVersion_ReadsThroughDeclaredMigration);
        if (_reopen is null)
        {
            return;
        }

        var store = _create(ContractLifecycle.Version1());
        var stores = new List<object> { store };
        try
        {
            var customer = Customer("c-migrate");
            var last = await WriteJourney(store, store.Definition, customer, check, cancellationToken).ConfigureAwait(false);
            var migrated = _reopen(store, ContractLifecycle.Version2(withMigration: true));
            stores.Add(migrated);
            var read = await Guarded(check, "GetStateAsync", () => migrated.GetStateAsync(customer, cancellationToken)).ConfigureAwait(false);
            Require(read.Found && read.State.Stage == ContractStage.Paused && read.State.DefinitionVersion == 2 && read.State.Version == last.State.Version, check,
                $"version 2 with a migration must read the review substage as Paused at definition version 2; was {read.Status} {read.State} {read.Message}");
            var history = await Guarded(check, "GetHistoryAsync", () => migrated.GetHistoryAsync(customer, cancellationToken)).ConfigureAwait(false);
            Require(history.Count == 5 && history[^1].To == ContractStage.Paused && history[^1].ToName == nameof(ContractStage.PausedInReview) && history.Verify() is null, check,
                "version 2 must read the old entries through the migration, keeping the names as written and a verifiable chain.");
            var resumed = Accepted(migrated.Definition.Fire(read.State, ContractTrigger.Resume, Event("v2-resume"), At(10)));
            await Write(migrated, resumed, check, cancellationToken).ConfigureAwait(false);

            var unmigrated = _reopen(store, ContractLifecycle.Version2(withMigration: false));
            stores.Add(unmigrated);
            var other = await WriteJourney(store, store.Definition, Customer("c-migrate-2"), check, cancellationToken).ConfigureAwait(false);
            var mismatch = await Guarded(check, "GetStateAsync", () => unmigrated.GetStateAsync(other.State.CustomerId, cancellationToken)).ConfigureAwait(false);
            Require(mismatch.Status == StateReadStatus.DefinitionMismatch && mismatch.Message.Contains("MigrateFrom(1", StringComparison.Ordinal), check,
                $"version 2 without a migration must report a DefinitionMismatch that says to declare MigrateFrom(1, ...); was {mismatch.Status} \"{mismatch.Message}\".");
        }
        finally
        {
            foreach (var opened in stores.Distinct())
            {
                await ContractRunner.DisposeAsync(opened).ConfigureAwait(false);
            }
        }
    }

    private Task InvalidArguments_Throw(CancellationToken cancellationToken) => WithStore(async store =>
    {
        const string check = nameof(InvalidArguments_Throw);
        await Throws<ArgumentException>(check, "GetStateAsync(default)", () => store.GetStateAsync(default, cancellationToken).AsTask()).ConfigureAwait(false);
        await Throws<ArgumentException>(check, "WriteAsync(default)", () => store.WriteAsync(default, cancellationToken).AsTask()).ConfigureAwait(false);
        await Throws<ArgumentNullException>(check, "WriteBatchAsync(null)", () => store.WriteBatchAsync(null!, cancellationToken).AsTask()).ConfigureAwait(false);
        await Throws<ArgumentException>(check, "FindEventAsync(customer, default)", () => store.FindEventAsync(Customer("x"), default, cancellationToken).AsTask()).ConfigureAwait(false);
        await Throws<ArgumentOutOfRangeException>(check, "GetInStageLongerThanAsync(negative duration)",
            () => store.GetInStageLongerThanAsync(ContractStage.Active, Duration.FromMinutes(-1), At(0), cancellationToken).AsTask()).ConfigureAwait(false);
    });

    private static async Task Throws<TException>(string check, string call, Func<Task> action)
        where TException : Exception
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (TException)
        {
            return;
        }
        catch (Exception exception)
        {
            throw new ContractViolationException($"{check}: {call} must throw {typeof(TException).Name}; threw {exception.GetType().Name}: {exception.Message}", exception);
        }

        throw new ContractViolationException($"{check}: {call} must throw {typeof(TException).Name}; it returned normally.");
    }
}
