namespace RelationshipKit.Lifecycle.Sqlite;

/// <summary>The tables and pragmas of the store.</summary>
internal static class SqliteSchema
{
    /// <summary>The schema version written to <c>rk_lifecycle_schema</c>.</summary>
    internal const int Version = 1;

    /// <summary>WAL keeps readers off the writer's way and makes a committed transaction atomic and durable; FULL syncs the WAL on every commit.</summary>
    internal const string ConnectionPragmas = "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;";

    internal const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS rk_lifecycle_schema (version INTEGER NOT NULL);
        INSERT INTO rk_lifecycle_schema (version) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM rk_lifecycle_schema);
        CREATE TABLE IF NOT EXISTS rk_lifecycle_state (
            definition TEXT NOT NULL,
            customer_id TEXT NOT NULL,
            definition_version INTEGER NOT NULL,
            stage TEXT NOT NULL,
            version INTEGER NOT NULL,
            episode INTEGER NOT NULL,
            entered_at INTEGER NOT NULL,
            last_transition_at INTEGER NOT NULL,
            last_event_id TEXT NOT NULL,
            last_hash BLOB NOT NULL,
            PRIMARY KEY (definition, customer_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS rk_lifecycle_state_stage ON rk_lifecycle_state (definition, stage, entered_at);
        CREATE TABLE IF NOT EXISTS rk_lifecycle_history (
            definition TEXT NOT NULL,
            customer_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            episode INTEGER NOT NULL,
            kind INTEGER NOT NULL,
            definition_version INTEGER NOT NULL,
            from_stage TEXT,
            to_stage TEXT NOT NULL,
            trigger_name TEXT,
            argument_summary TEXT,
            event_id TEXT NOT NULL,
            at INTEGER NOT NULL,
            actor TEXT,
            reason TEXT,
            driver INTEGER NOT NULL,
            personal_data_erased INTEGER NOT NULL,
            personal_data_salt BLOB,
            personal_data_digest BLOB NOT NULL,
            previous_hash BLOB NOT NULL,
            hash BLOB NOT NULL,
            PRIMARY KEY (definition, customer_id, sequence)
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX IF NOT EXISTS rk_lifecycle_history_event ON rk_lifecycle_history (definition, customer_id, event_id);
        """;

    internal const string InsertEntry = """
        INSERT INTO rk_lifecycle_history (definition, customer_id, sequence, episode, kind, definition_version, from_stage, to_stage, trigger_name,
            argument_summary, event_id, at, actor, reason, driver, personal_data_erased, personal_data_salt, personal_data_digest, previous_hash, hash)
        VALUES ($d, $c, $sequence, $episode, $kind, $dv, $from, $to, $trigger, $argument, $e, $at, $actor, $reason, $driver, 0, $salt, $digest, $previous, $hash)
        """;

    internal const string UpsertState = """
        INSERT INTO rk_lifecycle_state (definition, customer_id, definition_version, stage, version, episode, entered_at, last_transition_at, last_event_id, last_hash)
        VALUES ($d, $c, $dv, $stage, $version, $episode, $entered, $last, $e, $hash)
        ON CONFLICT (definition, customer_id) DO UPDATE SET
            definition_version = excluded.definition_version, stage = excluded.stage, version = excluded.version, episode = excluded.episode,
            entered_at = excluded.entered_at, last_transition_at = excluded.last_transition_at, last_event_id = excluded.last_event_id, last_hash = excluded.last_hash
        """;

    internal const string SelectState = """
        SELECT customer_id, definition_version, stage, version, episode, entered_at, last_transition_at, last_event_id
        FROM rk_lifecycle_state WHERE definition = $d AND customer_id = $c
        """;

    internal const string SelectEntries = """
        SELECT customer_id, sequence, episode, kind, definition_version, from_stage, to_stage, trigger_name, argument_summary, event_id, at,
               actor, reason, driver, personal_data_erased, personal_data_salt, personal_data_digest, previous_hash, hash
        FROM rk_lifecycle_history WHERE definition = $d AND customer_id = $c
        """;

    internal const string Erase = """
        UPDATE rk_lifecycle_history SET actor = NULL, reason = NULL, personal_data_salt = NULL, personal_data_erased = 1
        WHERE definition = $d AND customer_id = $c AND personal_data_erased = 0 AND personal_data_digest <> zeroblob(32)
        """;
}
