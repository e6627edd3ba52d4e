using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using NodaTime;
using RelationshipKit.Lifecycle.Storage;

namespace RelationshipKit.Lifecycle.Sqlite;

/// <summary>
/// Represents a lifecycle store in a SQLite database: one row per relationship (its state and the hash of its last entry)
/// and one row per history entry, written together in one transaction with the expected version checked inside it.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>
/// <para><b>Durability.</b> The database runs in WAL journal mode (<c>PRAGMA journal_mode = WAL</c>, set when the store is
/// created and kept by the file) and every connection uses <c>PRAGMA synchronous = FULL</c>, so a committed write or batch
/// survives a process crash and a power loss, and an interrupted one leaves nothing behind.</para>
/// <para><b>Concurrency.</b> A write begins an immediate transaction (SQLite's single writer lock), reads the stored version
/// and the event id, and appends only when the version is the expected one and the event id is new; other writers wait up to
/// <see cref="SqliteLifecycleStoreOptions.BusyTimeoutSeconds"/>. Several processes may share one database file.</para>
/// <para><b>Batches.</b> <see cref="WriteBatchAsync"/> applies all its writes in one transaction: conflicts and duplicates are
/// per-write results, while an exception (or a crash) rolls the whole batch back.</para>
/// <para>The constructor opens the database and creates the tables if they are missing. Instants are stored as Unix
/// nanoseconds. The methods complete synchronously (SQLite is an in-process engine). This type is thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class SqliteLifecycleStore<TStage, TTrigger> : ILifecycleStore<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly SqliteLifecycleStoreOptions _options;
    private readonly string _connectionString;

    /// <summary>Initializes a new <see cref="SqliteLifecycleStore{TStage, TTrigger}"/> over the database of <paramref name="connectionString"/>.</summary>
    /// <param name="definition">The definition the store reads and writes under.</param>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, for example <c>"Data Source=lifecycle.db"</c>.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="connectionString"/> is empty.</exception>
    /// <exception cref="SqliteException">Thrown when the database cannot be opened or its tables created.</exception>
    public SqliteLifecycleStore(LifecycleDefinition<TStage, TTrigger> definition, string connectionString)
        : this(definition, new SqliteLifecycleStoreOptions { ConnectionString = connectionString ?? throw new ArgumentNullException(nameof(connectionString)) })
    {
    }

    /// <summary>Initializes a new <see cref="SqliteLifecycleStore{TStage, TTrigger}"/> with options.</summary>
    /// <param name="definition">The definition the store reads and writes under.</param>
    /// <param name="options">The settings (checked and copied).</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <see cref="SqliteLifecycleStoreOptions.ConnectionString"/> is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <see cref="SqliteLifecycleStoreOptions.BusyTimeoutSeconds"/> is below 1.</exception>
    /// <exception cref="SqliteException">Thrown when the database cannot be opened or its tables created.</exception>
    public SqliteLifecycleStore(LifecycleDefinition<TStage, TTrigger> definition, SqliteLifecycleStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(options);
        Definition = definition;
        _options = options.Validated();
        _connectionString = new SqliteConnectionStringBuilder(_options.ConnectionString) { DefaultTimeout = _options.BusyTimeoutSeconds }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = SqliteSchema.Create;
        command.ExecuteNonQuery();
    }

    /// <summary>The journal mode the store sets: <c>wal</c>.</summary>
    public const string JournalMode = "wal";

    /// <summary>The synchronous setting of every connection: <c>full</c>.</summary>
    public const string Synchronous = "full";

    /// <inheritdoc />
    public LifecycleDefinition<TStage, TTrigger> Definition { get; }

    /// <summary>Returns a store over the same database that reads and writes under <paramref name="definition"/> (a newer version, with migrations from the older ones).</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="definition"/> is null.</exception>
    public SqliteLifecycleStore<TStage, TTrigger> WithDefinition(LifecycleDefinition<TStage, TTrigger> definition) => new(definition, _options);

    /// <inheritdoc />
    public ValueTask<StateReadResult<TStage>> GetStateAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckCustomer(customerId);
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = Open();
        return new(ReadState(connection, null, customerId));
    }

    /// <inheritdoc />
    public ValueTask<LifecycleHistory<TStage, TTrigger>> GetHistoryAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckCustomer(customerId);
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = Open();
        return new(new LifecycleHistory<TStage, TTrigger>(ReadEntries(connection, null, customerId, " ORDER BY sequence", null)));
    }

    /// <inheritdoc />
    public ValueTask<LifecycleHistoryEntry<TStage, TTrigger>?> FindEventAsync(CustomerId customerId, LifecycleEventId eventId, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckCustomer(customerId);
        LifecycleStoreArguments.CheckEvent(eventId);

        cancellationToken.ThrowIfCancellationRequested();
        using var connection = Open();
        return new(ReadEntries(connection, null, customerId, " AND event_id = $e", command => command.Parameters.AddWithValue("$e", eventId.Value)).FirstOrDefault());
    }

    /// <inheritdoc />
    public ValueTask<LifecycleWriteResult<TStage, TTrigger>> WriteAsync(LifecycleWrite<TStage, TTrigger> write, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckWrite(write);
        cancellationToken.ThrowIfCancellationRequested();
        return new(Write([write])[0]);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LifecycleWriteResult<TStage, TTrigger>>> WriteBatchAsync(IReadOnlyList<LifecycleWrite<TStage, TTrigger>> writes, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckWrites(writes);

        cancellationToken.ThrowIfCancellationRequested();
        return writes.Count == 0 ? new([]) : new(Write(writes));
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RelationshipState<TStage>>> GetInStageLongerThanAsync(TStage stage, Duration duration, Instant now, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckStageQuery(Definition, stage, duration);

        cancellationToken.ThrowIfCancellationRequested();
        var threshold = now - NodaConstants.UnixEpoch - duration;
        if (threshold <= Duration.FromNanoseconds(long.MinValue))
        {
            return new(Array.Empty<RelationshipState<TStage>>());
        }

        var thresholdNanoseconds = threshold >= Duration.FromNanoseconds(long.MaxValue) ? long.MaxValue : threshold.ToInt64Nanoseconds();
        var within = Definition.Stages.Where(s => Definition.IsWithin(s, stage)).Select(Definition.NameOf).ToList();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = SqliteSchema.SelectState.Replace("AND customer_id = $c", string.Empty, StringComparison.Ordinal)
            + " AND entered_at < $threshold AND (definition_version <> $v OR stage IN (" + string.Join(", ", within.Select((_, i) => "$s" + i)) + "))";
        command.Parameters.AddWithValue("$d", Definition.Name);
        command.Parameters.AddWithValue("$v", Definition.Version);
        command.Parameters.AddWithValue("$threshold", thresholdNanoseconds);
        for (var i = 0; i < within.Count; i++)
        {
            command.Parameters.AddWithValue("$s" + i, within[i]);
        }

        var found = new List<RelationshipState<TStage>>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var read = Definition.RestoreState(StateData(reader));
                if (read.Found && Definition.IsIn(read.State, stage) && now - read.State.EnteredAt > duration)
                {
                    found.Add(read.State);
                }
            }
        }

        found.Sort((a, b) => a.CustomerId.CompareTo(b.CustomerId));
        return new(found);
    }

    /// <inheritdoc />
    public ValueTask<int> ErasePersonalDataAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        LifecycleStoreArguments.CheckCustomer(customerId);
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = SqliteSchema.Erase;
        command.Parameters.AddWithValue("$d", Definition.Name);
        command.Parameters.AddWithValue("$c", customerId.Value);
        return new(command.ExecuteNonQuery());
    }

    private static long Nanoseconds(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    private static Instant Instant(long nanoseconds) => NodaConstants.UnixEpoch + Duration.FromNanoseconds(nanoseconds);

    private RelationshipStateData StateData(SqliteDataReader reader) => new()
    {
        CustomerId = reader.GetString(0),
        DefinitionName = Definition.Name,
        DefinitionVersion = reader.GetInt32(1),
        Stage = reader.GetString(2),
        Version = reader.GetInt64(3),
        Episode = reader.GetInt32(4),
        EnteredAt = Instant(reader.GetInt64(5)),
        LastTransitionAt = Instant(reader.GetInt64(6)),
        LastEventId = reader.GetString(7),
    };

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = SqliteSchema.ConnectionPragmas;
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private StateReadResult<TStage> ReadState(SqliteConnection connection, SqliteTransaction? transaction, CustomerId customerId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteSchema.SelectState;
        command.Parameters.AddWithValue("$d", Definition.Name);
        command.Parameters.AddWithValue("$c", customerId.Value);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Definition.RestoreState(StateData(reader)) : StateReadResult.NotFound<TStage>();
    }

    private List<LifecycleHistoryEntry<TStage, TTrigger>> ReadEntries(
        SqliteConnection connection, SqliteTransaction? transaction, CustomerId customerId, string filter, Action<SqliteCommand>? parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteSchema.SelectEntries + filter;
        command.Parameters.AddWithValue("$d", Definition.Name);
        command.Parameters.AddWithValue("$c", customerId.Value);
        parameters?.Invoke(command);
        var entries = new List<LifecycleHistoryEntry<TStage, TTrigger>>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            entries.Add(Definition.RestoreEntry(new LifecycleHistoryEntryData
            {
                CustomerId = reader.GetString(0),
                DefinitionName = Definition.Name,
                Sequence = reader.GetInt64(1),
                Episode = reader.GetInt32(2),
                Kind = (HistoryEntryKind)reader.GetInt32(3),
                DefinitionVersion = reader.GetInt32(4),
                From = reader.IsDBNull(5) ? null : reader.GetString(5),
                To = reader.GetString(6),
                Trigger = reader.IsDBNull(7) ? null : reader.GetString(7),
                ArgumentSummary = reader.IsDBNull(8) ? null : reader.GetString(8),
                EventId = reader.GetString(9),
                At = Instant(reader.GetInt64(10)),
                Actor = reader.IsDBNull(11) ? null : reader.GetString(11),
                Reason = reader.IsDBNull(12) ? null : reader.GetString(12),
                Driver = (ChangeDriver)reader.GetInt32(13),
                PersonalDataErased = reader.GetInt32(14) != 0,
                PersonalDataSalt = reader.IsDBNull(15) ? [] : ImmutableArray.Create((byte[])reader.GetValue(15)),
                PersonalDataDigest = new LifecycleHash((byte[])reader.GetValue(16)),
                PreviousHash = new LifecycleHash((byte[])reader.GetValue(17)),
                Hash = new LifecycleHash((byte[])reader.GetValue(18)),
            }));
        }

        return entries;
    }

    private LifecycleWriteResult<TStage, TTrigger>[] Write(IReadOnlyList<LifecycleWrite<TStage, TTrigger>> writes)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var statements = 0;
        void Executed() => _options.AfterStatement?.Invoke(++statements);

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

        // Read every customer's stored version and last hash, and every event id already stored, in a few chunked queries
        // rather than one query per write.
        var pending = SqliteBulkRead.States(connection, transaction, Definition.Name, ours.Select(i => writes[i].CustomerId.Value).Distinct(StringComparer.Ordinal), Executed)
            .ToDictionary(row => new CustomerId(row.CustomerId), row => new Pending(row.Version, row.LastHash, row.DefinitionVersion));
        var stored = SqliteBulkRead.Events(connection, transaction, Definition.Name, ours.Select(i => (writes[i].CustomerId.Value, writes[i].Record.EventId.Value)).Distinct(), Executed);

        using var batch = new SqliteWriteBatch(connection, transaction, Definition.Name);
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
                var original = ReadEntries(connection, transaction, customer, " AND sequence = $s", command => command.Parameters.AddWithValue("$s", sequence))[0];
                var state = known?.State ?? ReadState(connection, transaction, customer).State;
                results[i] = new(WriteStatus.Duplicate, customer, state, original, known?.Version ?? 0, null);
                continue;
            }

            known ??= new Pending(0, default, 0);
            if (known.Version != write.ExpectedVersion)
            {
                var state = known.State ?? (known.Version == 0 ? default : ReadState(connection, transaction, customer).State);
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
            batch.Insert(entry, Nanoseconds(entry.At));
            Executed();
            known.Version = entry.Sequence;
            known.LastHash = entry.Hash;
            known.State = write.State;
            known.DefinitionVersion = Definition.Version;
            pending[customer] = known;
            written[(customer, eventId)] = entry;
            results[i] = new(WriteStatus.Written, customer, write.State, entry, entry.Sequence, null);
        }

        foreach (var (_, state) in pending)
        {
            if (state.State is { } newState)
            {
                batch.Upsert(Definition.ToData(newState), Nanoseconds(newState.EnteredAt), Nanoseconds(newState.LastTransitionAt), state.LastHash);
                Executed();
            }
        }

        transaction.Commit();
        _options.AfterCommit?.Invoke();
        return results;
    }

    /// <summary>What the batch knows about one customer: the version and last hash, and the new state once written.</summary>
    private sealed class Pending(long version, LifecycleHash lastHash, int definitionVersion)
    {
        internal long Version { get; set; } = version;

        internal LifecycleHash LastHash { get; set; } = lastHash;

        internal int DefinitionVersion { get; set; } = definitionVersion;

        internal RelationshipState<TStage>? State { get; set; }
    }

    /// <summary>The prepared statements of one write transaction.</summary>
    private sealed class SqliteWriteBatch : IDisposable
    {
        private readonly SqliteCommand _insert;
        private readonly SqliteCommand _upsert;
        private readonly byte[] _digest = new byte[LifecycleHash.Length];
        private readonly byte[] _previous = new byte[LifecycleHash.Length];
        private readonly byte[] _hash = new byte[LifecycleHash.Length];
        private readonly byte[] _lastHash = new byte[LifecycleHash.Length];

        internal SqliteWriteBatch(SqliteConnection connection, SqliteTransaction transaction, string definition)
        {
            _insert = Command(connection, transaction, SqliteSchema.InsertEntry, definition, "$c", "$sequence", "$episode", "$kind", "$dv", "$from", "$to", "$trigger",
                "$argument", "$e", "$at", "$actor", "$reason", "$driver", "$salt", "$digest", "$previous", "$hash");
            _upsert = Command(connection, transaction, SqliteSchema.UpsertState, definition, "$c", "$dv", "$stage", "$version", "$episode", "$entered", "$last", "$e", "$hash");
        }

        public void Dispose()
        {
            _insert.Dispose();
            _upsert.Dispose();
        }

        internal void Insert(LifecycleHistoryEntry<TStage, TTrigger> entry, long at)
        {
            var p = _insert.Parameters;
            p["$c"].Value = entry.CustomerId.Value;
            p["$sequence"].Value = entry.Sequence;
            p["$episode"].Value = entry.Episode;
            p["$kind"].Value = (int)entry.Kind;
            p["$dv"].Value = entry.DefinitionVersion;
            p["$from"].Value = (object?)entry.FromName ?? DBNull.Value;
            p["$to"].Value = entry.ToName;
            p["$trigger"].Value = (object?)entry.TriggerName ?? DBNull.Value;
            p["$argument"].Value = (object?)entry.ArgumentSummary ?? DBNull.Value;
            p["$e"].Value = entry.EventId.Value;
            p["$at"].Value = at;
            p["$actor"].Value = (object?)entry.Metadata.Actor ?? DBNull.Value;
            p["$reason"].Value = (object?)entry.Metadata.Reason ?? DBNull.Value;
            p["$driver"].Value = (int)entry.Metadata.Driver;
            p["$salt"].Value = entry.PersonalDataSalt.IsEmpty ? DBNull.Value : entry.PersonalDataSalt.ToArray();
            // SQLite copies a bound blob when the statement runs, so one buffer per parameter serves every row.
            entry.PersonalDataDigest.CopyTo(_digest);
            entry.PreviousHash.CopyTo(_previous);
            entry.Hash.CopyTo(_hash);
            p["$digest"].Value = _digest;
            p["$previous"].Value = _previous;
            p["$hash"].Value = _hash;
            _insert.ExecuteNonQuery();
        }

        internal void Upsert(RelationshipStateData state, long enteredAt, long lastTransitionAt, LifecycleHash lastHash)
        {
            var p = _upsert.Parameters;
            p["$c"].Value = state.CustomerId;
            p["$dv"].Value = state.DefinitionVersion;
            p["$stage"].Value = state.Stage;
            p["$version"].Value = state.Version;
            p["$episode"].Value = state.Episode;
            p["$entered"].Value = enteredAt;
            p["$last"].Value = lastTransitionAt;
            p["$e"].Value = state.LastEventId;
            lastHash.CopyTo(_lastHash);
            p["$hash"].Value = _lastHash;
            _upsert.ExecuteNonQuery();
        }

        private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string text, string definition, params string[] names)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = text;
            command.Parameters.AddWithValue("$d", definition);
            foreach (var name in names)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            command.Prepare();
            return command;
        }
    }
}
