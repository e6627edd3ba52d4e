using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using RelationshipKit.Lifecycle.Storage;
using RelationshipKit.Testing.Lifecycle;
using RelationshipKit.TestUtils.PostgreSql;

namespace RelationshipKit.Lifecycle.PostgreSql.Tests;

/// <summary>The store against a real PostgreSQL server: the shared contract, the schema migration, instants, batches and options.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlLifecycleStoreTests(PostgreSqlCluster cluster) : IAsyncLifetime
{
    private static int s_schemas;
    private readonly List<IAsyncDisposable> _disposables = [];
    private string _connectionString = string.Empty;

    public static TheoryData<string> Checks => [.. LifecycleStoreContract.CheckNames];

    public Task InitializeAsync()
    {
        if (cluster.IsRunning)
        {
            _connectionString = cluster.ConnectionString;
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in _disposables)
        {
            await disposable.DisposeAsync();
        }
    }

    [PostgreSqlTheory]
    [MemberData(nameof(Checks))]
    public Task Contract_Check_Passes(string check) => new LifecycleStoreContract(
        definition => NewStore(definition, NewSchema()),
        (store, definition) => Track(((PostgreSqlLifecycleStore<ContractStage, ContractTrigger>)store).WithDefinition(definition))).RunAsync(check);

    [PostgreSqlFact]
    public async Task Migration_RunTwiceAndConcurrently_CreatesTheTablesOnce()
    {
        var schema = NewSchema();
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostgreSqlLifecycleSchema.MigrateAsync(dataSource, schema)));
        await PostgreSqlLifecycleSchema.MigrateAsync(dataSource, schema);

        (await Scalar($"SELECT version FROM {schema}.rk_schema_versions WHERE component = 'lifecycle'")).Should().Be(PostgreSqlLifecycleSchema.Version);
        (await Scalar($"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '{schema}'")).Should().Be(3);
    }

    [PostgreSqlFact]
    public async Task Migration_NewerTablesThanThePackage_AreRefused()
    {
        var schema = NewSchema();
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        await PostgreSqlLifecycleSchema.MigrateAsync(dataSource, schema);
        await Scalar($"UPDATE {schema}.rk_schema_versions SET version = 7 WHERE component = 'lifecycle' RETURNING version");

        var act = () => PostgreSqlLifecycleSchema.MigrateAsync(dataSource, schema);

        (await act.Should().ThrowAsync<InvalidOperationException>())
            .WithMessage($"The lifecycle tables in schema \"{schema}\" are at version 7, newer than this package's version 1; update the package.");
    }

    [PostgreSqlFact]
    public async Task Script_RunByHand_GivesTheSameTablesAndTheStoreUsesThem()
    {
        var schema = NewSchema();
        var script = PostgreSqlLifecycleSchema.Script(schema);
        await Scalar(script + "SELECT 1");
        await Scalar(script + "SELECT 1");
        var store = NewStore(ContractLifecycle.Version1(), schema, createSchema: false);

        var written = await store.WriteAsync(ContractLifecycle.Version1().Start(new CustomerId("c"), new LifecycleEventId("s"), Instant.FromUtc(2026, 1, 1, 0, 0)).ToWrite());

        written.Status.Should().Be(WriteStatus.Written);
        (await Scalar($"SELECT version FROM {schema}.rk_schema_versions WHERE component = 'lifecycle'")).Should().Be(1);
    }

    [PostgreSqlFact]
    public async Task Instants_AreTimestamptz_AndNanosecondsReadBackExactly()
    {
        var schema = NewSchema();
        var definition = ContractLifecycle.Version1();
        var store = NewStore(definition, schema);
        var at = Instant.FromUtc(2026, 3, 29, 1, 30) + Duration.FromNanoseconds(123_456_789);
        var started = definition.Start(new CustomerId("c"), new LifecycleEventId("s"), at);

        await store.WriteAsync(started.ToWrite());

        var history = await store.GetHistoryAsync(new CustomerId("c"));
        history.Single().At.Should().Be(at);
        history.Verify().Should().BeNull("the hash covers the exact instant, nanoseconds included");
        (await store.GetStateAsync(new CustomerId("c"))).State.EnteredAt.Should().Be(at);
        var types = await Texts($"""
            SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns
            WHERE table_schema = '{schema}' AND column_name IN ('at', 'entered_at', 'last_transition_at') ORDER BY 1
            """);
        types.Should().Equal(
            "rk_lifecycle_history.at:timestamp with time zone",
            "rk_lifecycle_state.entered_at:timestamp with time zone",
            "rk_lifecycle_state.last_transition_at:timestamp with time zone");
        (await Texts($"SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || ' +' || at_ns FROM {schema}.rk_lifecycle_history"))
            .Should().Equal("2026-03-29 01:30:00.123456 +789");
    }

    [PostgreSqlTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task WriteBatch_FailureAfterStatement_LeavesNoneOfTheBatch(int failAt)
    {
        var schema = NewSchema();
        var definition = ContractLifecycle.Version1();
        var committed = NewStore(definition, schema);
        (await committed.WriteBatchAsync(Writes(definition, "committed", 10))).Should().OnlyContain(r => r.Written);
        var failing = Track(new PostgreSqlLifecycleStore<ContractStage, ContractTrigger>(definition, new PostgreSqlLifecycleStoreOptions
        {
            ConnectionString = _connectionString,
            Schema = schema,
            AfterStatement = n =>
            {
                if (n == failAt)
                {
                    throw new IOException($"injected failure after statement {n}");
                }
            },
        }));

        var act = () => failing.WriteBatchAsync(Writes(definition, "batch", 200)).AsTask();

        (await act.Should().ThrowAsync<IOException>()).WithMessage($"injected failure after statement {failAt}");
        (await Scalar($"SELECT COUNT(*) FROM {schema}.rk_lifecycle_history")).Should().Be(20, "the 10 committed customers' 20 entries stay and the failed batch left none");
        (await Scalar($"SELECT COUNT(*) FROM {schema}.rk_lifecycle_state")).Should().Be(10);
        (await committed.WriteBatchAsync(Writes(definition, "batch", 200))).Should().OnlyContain(r => r.Written);
        (await Scalar($"SELECT COUNT(*) FROM {schema}.rk_lifecycle_history")).Should().Be(420);
    }

    [PostgreSqlFact]
    public async Task WriteBatch_ManyCustomersSeveralWritesEach_UsesFiveStatementsAndChainsVersions()
    {
        var definition = ContractLifecycle.Version1();
        var statements = 0;
        var store = Track(new PostgreSqlLifecycleStore<ContractStage, ContractTrigger>(definition, new PostgreSqlLifecycleStoreOptions
        {
            ConnectionString = _connectionString,
            Schema = NewSchema(),
            AfterStatement = n => statements = n,
        }));

        var results = await store.WriteBatchAsync(Writes(definition, "b", 500));

        results.Should().HaveCount(1000).And.OnlyContain(r => r.Status == WriteStatus.Written);
        statements.Should().Be(5, "one locking read, one read of event ids, the state updates, the state inserts and the entries, whatever the batch's size");
        var history = await store.GetHistoryAsync(new CustomerId("b-0042"));
        history.Select(e => e.Sequence).Should().Equal(1, 2);
        history.Verify().Should().BeNull();
        (await store.GetStateAsync(new CustomerId("b-0042"))).State.Stage.Should().Be(ContractStage.Active);
    }

    [PostgreSqlFact]
    public async Task TwoStoresOnOneDatabase_ShareStateAndConflictCorrectly()
    {
        var schema = NewSchema();
        var definition = ContractLifecycle.Version1();
        var a = NewStore(definition, schema);
        var b = NewStore(definition, schema);
        var started = definition.Start(new CustomerId("c"), new LifecycleEventId("s"), Instant.FromUtc(2026, 1, 1, 0, 0));
        await a.WriteAsync(started.ToWrite());

        var viaA = await a.WriteAsync(definition.Fire(started.State, ContractTrigger.Activate, new LifecycleEventId("a"), Instant.FromUtc(2026, 1, 2, 0, 0)).ToWrite());
        var viaB = await b.WriteAsync(definition.Fire(started.State, ContractTrigger.Close, new LifecycleEventId("b"), Instant.FromUtc(2026, 1, 2, 0, 0)).ToWrite());

        viaA.Status.Should().Be(WriteStatus.Written);
        viaB.Status.Should().Be(WriteStatus.Conflict);
        viaB.StoredVersion.Should().Be(2);
        (await b.GetStateAsync(new CustomerId("c"))).State.Stage.Should().Be(ContractStage.Active);
    }

    [Fact]
    public void Options_Invalid_ThrowNamingTheProperty()
    {
        var definition = ContractLifecycle.Version1();
        FluentActions.Invoking(() => new PostgreSqlLifecycleStore<ContractStage, ContractTrigger>(definition, new PostgreSqlLifecycleStoreOptions()))
            .Should().Throw<ArgumentException>().WithMessage("Exactly one of ConnectionString and DataSource must be set; were null and null. (Parameter 'options')");
        FluentActions.Invoking(() => new PostgreSqlLifecycleStore<ContractStage, ContractTrigger>(definition, new PostgreSqlLifecycleStoreOptions { ConnectionString = "Host=x", Schema = "Crm" }))
            .Should().Throw<ArgumentException>()
            .WithMessage("Schema must be a lower-case PostgreSQL identifier (a letter or '_', then letters, digits or '_', at most 63 characters); was \"Crm\". (Parameter 'options')");
        FluentActions.Invoking(() => new PostgreSqlLifecycleStore<ContractStage, ContractTrigger>(definition, new PostgreSqlLifecycleStoreOptions { ConnectionString = "Host=x", MaxAttempts = 0 }))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("MaxAttempts must be at least 1; was 0. (Parameter 'options')*");
        FluentActions.Invoking(() => new PostgreSqlLifecycleStore<ContractStage, ContractTrigger>(null!, "Host=x")).Should().Throw<ArgumentNullException>().WithParameterName("definition");
        FluentActions.Invoking(() => new PostgreSqlLifecycleStore<ContractStage, ContractTrigger>(definition, (string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("connectionString");
        FluentActions.Invoking(() => PostgreSqlLifecycleSchema.Script("a;drop table x")).Should().Throw<ArgumentException>().WithParameterName("schema");
    }

    [PostgreSqlFact]
    public async Task UsePostgreSqlStore_RegistersKeyedStoreAndRunner()
    {
        var schema = NewSchema();
        var services = new ServiceCollection();
        services.AddRelationshipKitLifecycle(ContractLifecycle.Version1()).UsePostgreSqlStore(o =>
        {
            o.ConnectionString = _connectionString;
            o.Schema = schema;
        });
        await using var provider = services.BuildServiceProvider();

        var runner = provider.GetRequiredKeyedService<LifecycleRunner<ContractStage, ContractTrigger>>(ContractLifecycle.Name);
        var started = await runner.StartAsync(new CustomerId("c1"), new LifecycleEventId("s"));

        runner.Store.Should().BeOfType<PostgreSqlLifecycleStore<ContractStage, ContractTrigger>>();
        started.Status.Should().Be(RunStatus.Applied);
        (await Scalar($"SELECT COUNT(*) FROM {schema}.rk_lifecycle_state")).Should().Be(1);
    }

    [Fact]
    public void UsePostgreSqlStore_SecondStoreOrBadOptions_ThrowAtRegistration()
    {
        var registration = new ServiceCollection().AddRelationshipKitLifecycle(ContractLifecycle.Version1()).UseInMemoryStore();

        FluentActions.Invoking(() => registration.UsePostgreSqlStore("Host=x")).Should().Throw<InvalidOperationException>()
            .WithMessage("The lifecycle \"store-contract\" already has a store; a definition has one store. Register the other store under another lifecycle name.");
        var fresh = new ServiceCollection().AddRelationshipKitLifecycle(ContractLifecycle.Version1());
        FluentActions.Invoking(() => fresh.UsePostgreSqlStore(o => o.Schema = "x")).Should().Throw<ArgumentException>()
            .WithMessage("Exactly one of ConnectionString and DataSource must be set; were null and null. (Parameter 'options')");
        fresh.Services.Should().NotContain(d => d.ServiceType == typeof(ILifecycleStore<ContractStage, ContractTrigger>));
    }

    internal static List<LifecycleWrite<ContractStage, ContractTrigger>> Writes(LifecycleDefinition<ContractStage, ContractTrigger> definition, string prefix, int customers)
    {
        var writes = new List<LifecycleWrite<ContractStage, ContractTrigger>>(customers * 2);
        var at = Instant.FromUtc(2026, 2, 1, 9, 0);
        for (var i = 0; i < customers; i++)
        {
            var started = definition.Start(new CustomerId($"{prefix}-{i:D4}"), new LifecycleEventId($"{prefix}-{i}-start"), at);
            writes.Add(started.ToWrite());
            writes.Add(definition.Fire(started.State, ContractTrigger.Activate, new LifecycleEventId($"{prefix}-{i}-activate"), at + Duration.FromHours(1)).ToWrite());
        }

        return writes;
    }

    private static string NewSchema() => "rk_" + Interlocked.Increment(ref s_schemas);

    private PostgreSqlLifecycleStore<ContractStage, ContractTrigger> NewStore(LifecycleDefinition<ContractStage, ContractTrigger> definition, string schema, bool createSchema = true) =>
        Track(new PostgreSqlLifecycleStore<ContractStage, ContractTrigger>(definition, new PostgreSqlLifecycleStoreOptions
        {
            ConnectionString = _connectionString,
            Schema = schema,
            CreateSchema = createSchema,
        }));

    private T Track<T>(T disposable)
        where T : IAsyncDisposable
    {
        lock (_disposables)
        {
            _disposables.Add(disposable);
        }

        return disposable;
    }

    private async Task<long> Scalar(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<string>> Texts(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new List<string>();
        while (await reader.ReadAsync())
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }
}
