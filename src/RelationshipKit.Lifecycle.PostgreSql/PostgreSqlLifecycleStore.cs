using System.Collections.Immutable;
using System.Data;
using NodaTime;
using Npgsql;
using RelationshipKit.Lifecycle.Storage;
using RelationshipKit.PostgreSql;

namespace RelationshipKit.Lifecycle.PostgreSql;

/// <summary>
/// Represents a lifecycle store in a PostgreSQL database: one row per relationship (its state and the hash of its last
/// entry) and one row per history entry, written together in one transaction with the expected version checked by the
/// server.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>
/// <para><b>Concurrency.</b> A write (or a batch) locks the stored rows of its customers in customer order
/// (<c>SELECT … FOR UPDATE</c>), so writers on one customer queue behind each other on the server, from any number of
/// connections and processes; each state row is then replaced by <c>UPDATE … WHERE version = @expected</c>, and a
/// customer's first row by an insert that a concurrent first write makes fail. A stale expected version is a
/// <see cref="WriteStatus.Conflict"/> and writes nothing; a race the server resolves (a deadlock between two batches,
/// two writers creating one customer) is run again up to <see cref="PostgreSqlLifecycleStoreOptions.MaxAttempts"/> times
/// and ends as a conflict or a duplicate, never as a lost update.</para>
/// <para><b>Idempotency.</b> Event ids are unique per customer (a constraint); a repeated id is a
/// <see cref="WriteStatus.Duplicate"/> with the original entry, whatever the expected version.</para>
/// <para><b>Batches.</b> <see cref="WriteBatchAsync"/> applies all its writes in one transaction, with a handful of
/// statements whatever its size (arrays through <c>unnest</c>): conflicts and duplicates are per-write results, while an
/// exception rolls the whole batch back.</para>
/// <para><b>Schema.</b> The tables are created on first use by <see cref="PostgreSqlLifecycleSchema.MigrateAsync"/>
/// unless <see cref="PostgreSqlLifecycleStoreOptions.CreateSchema"/> is false. Instants are <c>timestamptz</c>.</para>
/// <para>This type is thread-safe. Dispose it to close the data source it built from a connection string.</para>
/// </remarks>
[Immutable]
public sealed class PostgreSqlLifecycleStore<TStage, TTrigger> : ILifecycleStore<TStage, TTrigger>, IDisposable, IAsyncDisposable
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private const string EntryColumns = """
        customer_id, sequence, episode, kind, definition_version, from_stage, to_stage, trigger_name, argument_summary, event_id, at, at_ns,
        actor, reason, driver, personal_data_erased, personal_data_salt, personal_data_digest, previous_hash, hash
        """;

    private const string StateColumns = "customer_id, definition_version, stage, version, episode, entered_at, entered_at_ns, last_transition_at, last_transition_at_ns, last_event_id";

    private static readonly Instant s_earliest = Instant.FromUtc(1600, 1, 1, 0, 0);
    private static readonly Instant s_latest = Instant.FromUtc(2300, 1, 1, 0, 0);

    private readonly PostgreSqlLifecycleStoreOptions _options;
    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;
    private readonly PostgreSqlSchemaGate _schema;
    private readonly string _state;
    private readonly string _history;

    /// <summary>Initializes a new <see cref="PostgreSqlLifecycleStore{TStage, TTrigger}"/> over the database of <paramref name="connectionString"/>, in schema <c>public</c>.</summary>
    /// <param name="definition">The definition the store reads and writes under.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="connectionString"/> is empty or malformed.</exception>
    public PostgreSqlLifecycleStore(LifecycleDefinition<TStage, TTrigger> definition, string connectionString)
        : this(definition, new PostgreSqlLifecycleStoreOptions { ConnectionString = connectionString ?? throw new ArgumentNullException(nameof(connectionString)) })
    {
    }

    /// <summary>Initializes a new <see cref="PostgreSqlLifecycleStore{TStage, TTrigger}"/> with options. Nothing is sent to the server until the first call.</summary>
    /// <param name="definition">The definition the store reads and writes under.</param>
    /// <param name="options">The settings (checked and copied).</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when not exactly one of the connection string and the data source is set, the connection string is malformed, or the schema is not a lower-case identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <see cref="PostgreSqlLifecycleStoreOptions.MaxAttempts"/> is below 1.</exception>
    public PostgreSqlLifecycleStore(LifecycleDefinition<TStage, TTrigger> definition, PostgreSqlLifecycleStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(options);
        Definition = definition;
        _options = options.Validated();
        _ownsDataSource = _options.DataSource is null;
        _dataSource = _options.DataSource ?? PostgreSqlDataSources.Create(_options.ConnectionString!);
        _schema = new PostgreSqlSchemaGate(_dataSource, _options.Schema, PostgreSqlLifecycleSchema.Component, PostgreSqlLifecycleSchema.Steps, _options.CreateSchema);
        _state = _options.Schema + ".rk_lifecycle_state";
        _history = _options.Schema + ".rk_lifecycle_history";
    }

    /// <inheritdoc />
    public LifecycleDefinition<TStage, TTrigger> Definition { get; }

    /// <summary>Returns a store over the same tables that reads and writes under <paramref name="definition"/> (a newer version, with migrations from the older ones).</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The store (with its own data source when this one was built from a connection string).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="definition"/> is null.</exception>
    public PostgreSqlLifecycleStore<TStage, TTrigger> WithDefinition(LifecycleDefinition<TStage, TTrigger> definition) => new(definition, _options);

    /// <inheritdoc />
    public async ValueTask<StateReadResult<TStage>> GetStateAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckCustomer(customerId);
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadStateAsync(connection, null, customerId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<LifecycleHistory<TStage, TTrigger>> GetHistoryAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckCustomer(customerId);
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var entries = await ReadEntriesAsync(connection, null, customerId, " ORDER BY sequence", null, cancellationToken).ConfigureAwait(false);
        return new LifecycleHistory<TStage, TTrigger>(entries);
    }

    /// <inheritdoc />
    public async ValueTask<LifecycleHistoryEntry<TStage, TTrigger>?> FindEventAsync(CustomerId customerId, LifecycleEventId eventId, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckCustomer(customerId);
        LifecycleStoreArguments.CheckEvent(eventId);

        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var entries = await ReadEntriesAsync(connection, null, customerId, " AND event_id = $3", eventId.Value, cancellationToken).ConfigureAwait(false);
        return entries.FirstOrDefault();
    }

    /// <inheritdoc />
    public async ValueTask<LifecycleWriteResult<TStage, TTrigger>> WriteAsync(LifecycleWrite<TStage, TTrigger> write, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckWrite(write);
        return (await WriteWithRetriesAsync([write], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<LifecycleWriteResult<TStage, TTrigger>>> WriteBatchAsync(IReadOnlyList<LifecycleWrite<TStage, TTrigger>> writes, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckWrites(writes);

        return writes.Count == 0 ? [] : await WriteWithRetriesAsync(writes, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<RelationshipState<TStage>>> GetInStageLongerThanAsync(TStage stage, Duration duration, Instant now, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckStageQuery(Definition, stage, duration);

        // Histories hold instants between 1700 and 2250 (Fire rejects others), so the threshold is clamped to a range
        // timestamptz holds; the exact comparison is made below on the exact instants.
        if (duration >= now - s_earliest)
        {
            return [];
        }

        var threshold = now - duration;
        if (threshold > s_latest)
        {
            threshold = s_latest;
        }

        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var within = Definition.Stages.Where(s => Definition.IsWithin(s, stage)).Select(Definition.NameOf).ToArray();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"SELECT {StateColumns} FROM {_state} WHERE definition = $1 AND entered_at <= $2 AND (definition_version <> $3 OR stage = ANY($4))", connection);
        Add(command, Definition.Name, threshold, Definition.Version, within);
        var found = new List<RelationshipState<TStage>>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var read = Definition.RestoreState(StateData(reader));
                if (read.Found && Definition.IsIn(read.State, stage) && now - read.State.EnteredAt > duration)
                {
                    found.Add(read.State);
                }
            }
        }

        found.Sort((a, b) => a.CustomerId.CompareTo(b.CustomerId));
        return found;
    }

    /// <inheritdoc />
    public async ValueTask<int> ErasePersonalDataAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckCustomer(customerId);
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"""
            UPDATE {_history} SET actor = NULL, reason = NULL, personal_data_salt = NULL, personal_data_erased = true
            WHERE definition = $1 AND customer_id = $2 AND NOT personal_data_erased AND personal_data_digest <> $3
            """, connection);
        Add(command, Definition.Name, customerId.Value, new byte[LifecycleHash.Length]);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the data source the store built from a connection string (a data source from the options is left open).</summary>
    public void Dispose()
    {
        if (_ownsDataSource)
        {
            _dataSource.Dispose();
        }
    }

    /// <summary>Closes the data source the store built from a connection string (a data source from the options is left open).</summary>
    /// <returns>A task that completes when the data source is closed.</returns>
    public ValueTask DisposeAsync() => _ownsDataSource ? _dataSource.DisposeAsync() : ValueTask.CompletedTask;

    private static void Add(NpgsqlCommand command, params object?[] values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
    }

    private RelationshipStateData StateData(NpgsqlDataReader reader) => new()
    {
        CustomerId = reader.GetString(0),
        DefinitionName = Definition.Name,
        DefinitionVersion = reader.GetInt32(1),
        Stage = reader.GetString(2),
        Version = reader.GetInt64(3),
        Episode = reader.GetInt32(4),
        EnteredAt = PostgreSqlInstants.Join(reader.GetFieldValue<Instant>(5), reader.GetInt16(6)),
        LastTransitionAt = PostgreSqlInstants.Join(reader.GetFieldValue<Instant>(7), reader.GetInt16(8)),
        LastEventId = reader.GetString(9),
    };

    private async Task<StateReadResult<TStage>> ReadStateAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CustomerId customerId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {StateColumns} FROM {_state} WHERE definition = $1 AND customer_id = $2", connection, transaction);
        Add(command, Definition.Name, customerId.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Definition.RestoreState(StateData(reader)) : StateReadResult.NotFound<TStage>();
    }

    private async Task<List<LifecycleHistoryEntry<TStage, TTrigger>>> ReadEntriesAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, CustomerId customerId, string filter, object? third, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {EntryColumns} FROM {_history} WHERE definition = $1 AND customer_id = $2{filter}", connection, transaction);
        Add(command, Definition.Name, customerId.Value);
        if (third is not null)
        {
            Add(command, third);
        }

        var entries = new List<LifecycleHistoryEntry<TStage, TTrigger>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(Definition.RestoreEntry(new LifecycleHistoryEntryData
            {
                CustomerId = reader.GetString(0),
                DefinitionName = Definition.Name,
                Sequence = reader.GetInt64(1),
                Episode = reader.GetInt32(2),
                Kind = (HistoryEntryKind)reader.GetInt16(3),
                DefinitionVersion = reader.GetInt32(4),
                From = reader.IsDBNull(5) ? null : reader.GetString(5),
                To = reader.GetString(6),
                Trigger = reader.IsDBNull(7) ? null : reader.GetString(7),
                ArgumentSummary = reader.IsDBNull(8) ? null : reader.GetString(8),
                EventId = reader.GetString(9),
                At = PostgreSqlInstants.Join(reader.GetFieldValue<Instant>(10), reader.GetInt16(11)),
                Actor = reader.IsDBNull(12) ? null : reader.GetString(12),
                Reason = reader.IsDBNull(13) ? null : reader.GetString(13),
                Driver = (ChangeDriver)reader.GetInt16(14),
                PersonalDataErased = reader.GetBoolean(15),
                PersonalDataSalt = reader.IsDBNull(16) ? [] : ImmutableArray.Create(reader.GetFieldValue<byte[]>(16)),
                PersonalDataDigest = new LifecycleHash(reader.GetFieldValue<byte[]>(17)),
                PreviousHash = new LifecycleHash(reader.GetFieldValue<byte[]>(18)),
                Hash = new LifecycleHash(reader.GetFieldValue<byte[]>(19)),
            }));
        }

        return entries;
    }

    private async Task<LifecycleWriteResult<TStage, TTrigger>[]> WriteWithRetriesAsync(IReadOnlyList<LifecycleWrite<TStage, TTrigger>> writes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteOnceAsync(writes, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is ConcurrentCreationException || (exception is PostgresException e && PostgreSqlDataSources.IsRace(e)))
            {
                if (attempt >= _options.MaxAttempts)
                {
                    throw new InvalidOperationException(
                        $"The write lost {attempt} races in a row to concurrent writers of the same customers (MaxAttempts is {_options.MaxAttempts}); nothing was written.", exception);
                }

                // Another transaction won (a deadlock victim, or a customer created concurrently): the transaction was rolled
                // back, and the next attempt reads what the winner committed.
            }
        }
    }

    private async Task<LifecycleWriteResult<TStage, TTrigger>[]> WriteOnceAsync(IReadOnlyList<LifecycleWrite<TStage, TTrigger>> writes, CancellationToken cancellationToken)
    {
        var results = new LifecycleWriteResult<TStage, TTrigger>[writes.Count];
        var ours = new List<int>(writes.Count);
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i];
            if (string.Equals(write.State.DefinitionName, Definition.Name, StringComparison.Ordinal) && write.State.DefinitionVersion == Definition.Version)
            {
                ours.Add(i);
                continue;
            }

            results[i] = new(WriteStatus.DefinitionMismatch, write.CustomerId, default, null, 0,
                $"The write for customer '{write.CustomerId}' comes from \"{write.State.DefinitionName}\" v{write.State.DefinitionVersion}; this store writes \"{Definition.Name}\" v{Definition.Version}.");
        }

        if (ours.Count == 0)
        {
            return results;
        }

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        var statements = 0;
        void Executed() => _options.AfterStatement?.Invoke(++statements);

        // Lock the customers' stored rows, in one order for every writer, then read the event ids already stored: both
        // stay true until the commit.
        var customers = ours.Select(i => writes[i].CustomerId.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var pending = new Dictionary<CustomerId, Pending>();
        await using (var command = new NpgsqlCommand(
            $"SELECT customer_id, version, last_hash, definition_version FROM {_state} WHERE definition = $1 AND customer_id = ANY($2) ORDER BY customer_id COLLATE \"C\" FOR UPDATE",
            connection, transaction))
        {
            Add(command, Definition.Name, customers);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                pending[new CustomerId(reader.GetString(0))] = new Pending(reader.GetInt64(1), new LifecycleHash(reader.GetFieldValue<byte[]>(2)), reader.GetInt32(3), stored: true);
            }
        }

        Executed();
        var stored = new Dictionary<(string CustomerId, string EventId), long>();
        await using (var command = new NpgsqlCommand(
            $"SELECT h.customer_id, h.event_id, h.sequence FROM {_history} h JOIN unnest($2::text[], $3::text[]) AS v(c, e) ON h.definition = $1 AND h.customer_id = v.c AND h.event_id = v.e",
            connection, transaction))
        {
            Add(command, Definition.Name, ours.Select(i => writes[i].CustomerId.Value).ToArray(), ours.Select(i => writes[i].Record.EventId.Value).ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stored[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
            }
        }

        Executed();
        var entries = new List<LifecycleHistoryEntry<TStage, TTrigger>>();
        var written = new Dictionary<(CustomerId, string), LifecycleHistoryEntry<TStage, TTrigger>>();
        foreach (var i in ours)
        {
            var write = writes[i];
            var customer = write.CustomerId;
            var eventId = write.Record.EventId.Value;
            pending.TryGetValue(customer, out var known);
            if (written.TryGetValue((customer, eventId), out var sameBatch))
            {
                // A write of this batch set the customer's pending entry before its event id was recorded, so it is there.
                results[i] = new(WriteStatus.Duplicate, customer, known!.State.GetValueOrDefault(), sameBatch, known.Version, null);
                continue;
            }

            if (stored.TryGetValue((customer.Value, eventId), out var sequence))
            {
                var original = (await ReadEntriesAsync(connection, transaction, customer, " AND sequence = $3", sequence, cancellationToken).ConfigureAwait(false))[0];
                var state = known?.State ?? (await ReadStateAsync(connection, transaction, customer, cancellationToken).ConfigureAwait(false)).State;
                results[i] = new(WriteStatus.Duplicate, customer, state, original, known?.Version ?? 0, null);
                continue;
            }

            if (known is null)
            {
                known = new Pending(0, default, 0, stored: false);
                pending[customer] = known;
            }

            if (known.Version != write.ExpectedVersion)
            {
                var state = known.State ?? (known.Version == 0 ? default : (await ReadStateAsync(connection, transaction, customer, cancellationToken).ConfigureAwait(false)).State);
                results[i] = new(WriteStatus.Conflict, customer, state, null, known.Version, null);
                continue;
            }

            if (known.DefinitionVersion > Definition.Version)
            {
                results[i] = new(WriteStatus.DefinitionMismatch, customer, default, null, known.Version,
                    $"Customer '{customer}' was written by \"{Definition.Name}\" v{known.DefinitionVersion}, newer than this store's v{Definition.Version}.");
                continue;
            }

            var entry = Definition.CreateEntry(write.Record, known.LastHash);
            entries.Add(entry);
            known.Version = entry.Sequence;
            known.LastHash = entry.Hash;
            known.State = write.State;
            known.DefinitionVersion = Definition.Version;
            written[(customer, eventId)] = entry;
            results[i] = new(WriteStatus.Written, customer, write.State, entry, entry.Sequence, null);
        }

        if (entries.Count > 0)
        {
            var changed = pending.Values.Where(p => p.State is not null).ToList();
            await WriteStatesAsync(connection, transaction, changed.Where(p => p.Stored).ToList(), update: true, cancellationToken).ConfigureAwait(false);
            Executed();
            await WriteStatesAsync(connection, transaction, changed.Where(p => !p.Stored).ToList(), update: false, cancellationToken).ConfigureAwait(false);
            Executed();
            await InsertEntriesAsync(connection, transaction, entries, cancellationToken).ConfigureAwait(false);
            Executed();
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    private async Task WriteStatesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<Pending> states, bool update, CancellationToken cancellationToken)
    {
        if (states.Count == 0)
        {
            return;
        }

        var data = states.Select(p => Definition.ToData(p.State!.Value)).ToArray();
        var entered = data.Select(d => PostgreSqlInstants.Split(d.EnteredAt)).ToArray();
        var last = data.Select(d => PostgreSqlInstants.Split(d.LastTransitionAt)).ToArray();
        const string Unnest = """
            unnest($2::text[], $3::bigint[], $4::integer[], $5::text[], $6::bigint[], $7::integer[], $8::timestamptz[], $9::smallint[],
                   $10::timestamptz[], $11::smallint[], $12::text[], $13::bytea[])
                AS u(customer_id, expected, definition_version, stage, version, episode, entered_at, entered_at_ns, last_transition_at, last_transition_at_ns, last_event_id, last_hash)
            """;
        var sql = update
            ? $"""
              UPDATE {_state} AS s SET definition_version = u.definition_version, stage = u.stage, version = u.version, episode = u.episode,
                  entered_at = u.entered_at, entered_at_ns = u.entered_at_ns, last_transition_at = u.last_transition_at,
                  last_transition_at_ns = u.last_transition_at_ns, last_event_id = u.last_event_id, last_hash = u.last_hash
              FROM {Unnest}
              WHERE s.definition = $1 AND s.customer_id = u.customer_id AND s.version = u.expected
              """
            : $"""
              INSERT INTO {_state} (definition, customer_id, definition_version, stage, version, episode, entered_at, entered_at_ns,
                  last_transition_at, last_transition_at_ns, last_event_id, last_hash)
              SELECT $1, u.customer_id, u.definition_version, u.stage, u.version, u.episode, u.entered_at, u.entered_at_ns,
                  u.last_transition_at, u.last_transition_at_ns, u.last_event_id, u.last_hash
              FROM {Unnest}
              ON CONFLICT (definition, customer_id) DO NOTHING
              """;
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        Add(command,
            Definition.Name,
            data.Select(d => d.CustomerId).ToArray(),
            states.Select(p => p.StoredVersion).ToArray(),
            data.Select(d => d.DefinitionVersion).ToArray(),
            data.Select(d => d.Stage).ToArray(),
            data.Select(d => d.Version).ToArray(),
            data.Select(d => d.Episode).ToArray(),
            entered.Select(e => e.Microseconds).ToArray(),
            entered.Select(e => e.Nanoseconds).ToArray(),
            last.Select(e => e.Microseconds).ToArray(),
            last.Select(e => e.Nanoseconds).ToArray(),
            data.Select(d => d.LastEventId).ToArray(),
            states.Select(p => p.LastHash.ToArray()).ToArray());
        var rows = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (rows != states.Count)
        {
            // Stored rows are locked, so only a customer created by a concurrent first write gets here: run the batch again,
            // which then reads (and locks) that customer's row.
            throw new ConcurrentCreationException();
        }
    }

    private async Task InsertEntriesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<LifecycleHistoryEntry<TStage, TTrigger>> entries, CancellationToken cancellationToken)
    {
        var at = entries.Select(e => PostgreSqlInstants.Split(e.At)).ToArray();
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO {_history} (definition, customer_id, sequence, episode, kind, definition_version, from_stage, to_stage, trigger_name,
                argument_summary, event_id, at, at_ns, actor, reason, driver, personal_data_erased, personal_data_salt, personal_data_digest, previous_hash, hash)
            SELECT $1, u.customer_id, u.sequence, u.episode, u.kind, u.definition_version, u.from_stage, u.to_stage, u.trigger_name, u.argument_summary,
                u.event_id, u.at, u.at_ns, u.actor, u.reason, u.driver, false, u.salt, u.digest, u.previous_hash, u.hash
            FROM unnest($2::text[], $3::bigint[], $4::integer[], $5::smallint[], $6::integer[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
                        $12::timestamptz[], $13::smallint[], $14::text[], $15::text[], $16::smallint[], $17::bytea[], $18::bytea[], $19::bytea[], $20::bytea[])
                AS u(customer_id, sequence, episode, kind, definition_version, from_stage, to_stage, trigger_name, argument_summary,
                     event_id, at, at_ns, actor, reason, driver, salt, digest, previous_hash, hash)
            """, connection, transaction);
        Add(command,
            Definition.Name,
            entries.Select(e => e.CustomerId.Value).ToArray(),
            entries.Select(e => e.Sequence).ToArray(),
            entries.Select(e => e.Episode).ToArray(),
            entries.Select(e => (short)e.Kind).ToArray(),
            entries.Select(e => e.DefinitionVersion).ToArray(),
            entries.Select(e => e.FromName).ToArray(),
            entries.Select(e => e.ToName).ToArray(),
            entries.Select(e => e.TriggerName).ToArray(),
            entries.Select(e => e.ArgumentSummary).ToArray(),
            entries.Select(e => e.EventId.Value).ToArray(),
            at.Select(a => a.Microseconds).ToArray(),
            at.Select(a => a.Nanoseconds).ToArray(),
            entries.Select(e => e.Metadata.Actor).ToArray(),
            entries.Select(e => e.Metadata.Reason).ToArray(),
            entries.Select(e => (short)e.Metadata.Driver).ToArray(),
            entries.Select(e => e.PersonalDataSalt.IsEmpty ? null : e.PersonalDataSalt.ToArray()).ToArray(),
            entries.Select(e => e.PersonalDataDigest.ToArray()).ToArray(),
            entries.Select(e => e.PreviousHash.ToArray()).ToArray(),
            entries.Select(e => e.Hash.ToArray()).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Raised inside a write when a customer's first row was inserted by a concurrent transaction first; the write is run again.</summary>
    private sealed class ConcurrentCreationException() : Exception("A relationship row was created by a concurrent transaction first.");

    /// <summary>What the write knows about one customer: the stored version (locked) and last hash, and the new state once written.</summary>
    private sealed class Pending(long version, LifecycleHash lastHash, int definitionVersion, bool stored)
    {
        internal bool Stored { get; } = stored;

        internal long StoredVersion { get; } = version;

        internal long Version { get; set; } = version;

        internal LifecycleHash LastHash { get; set; } = lastHash;

        internal int DefinitionVersion { get; set; } = definitionVersion;

        internal RelationshipState<TStage>? State { get; set; }
    }
}
