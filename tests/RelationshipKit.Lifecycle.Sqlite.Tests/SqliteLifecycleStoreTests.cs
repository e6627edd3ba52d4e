using Microsoft.Data.Sqlite;
using NodaTime;
using RelationshipKit.Lifecycle.Storage;
using RelationshipKit.Testing.Lifecycle;

namespace RelationshipKit.Lifecycle.Sqlite.Tests;

public sealed class SqliteLifecycleStoreTests : IDisposable
{
    private readonly List<TempDatabase> _databases = [];

    public static TheoryData<string> Checks => [.. LifecycleStoreContract.CheckNames];

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            database.Dispose();
        }
    }

    private TempDatabase NewDatabase()
    {
        var database = new TempDatabase();
        _databases.Add(database);
        return database;
    }

    private LifecycleStoreContract Contract => new(
        definition => new SqliteLifecycleStore<ContractStage, ContractTrigger>(definition, NewDatabase().ConnectionString),
        (store, definition) => ((SqliteLifecycleStore<ContractStage, ContractTrigger>)store).WithDefinition(definition));

    [Theory]
    [MemberData(nameof(Checks))]
    public Task Contract_Check_Passes(string check) => Contract.RunAsync(check);

    [Fact]
    public void Constructor_SetsWalJournalAndFullSynchronous()
    {
        var database = NewDatabase();
        var store = new SqliteLifecycleStore<ContractStage, ContractTrigger>(ContractLifecycle.Version1(), database.ConnectionString);

        database.Text("PRAGMA journal_mode").Should().Be(SqliteLifecycleStore<ContractStage, ContractTrigger>.JournalMode);
        SqliteLifecycleStore<ContractStage, ContractTrigger>.Synchronous.Should().Be("full");
        database.Scalar("SELECT version FROM rk_lifecycle_schema").Should().Be(1);
        store.Definition.Name.Should().Be(ContractLifecycle.Name);
    }

    [Fact]
    public async Task Connections_UseFullSynchronous()
    {
        var database = NewDatabase();
        var store = new SqliteLifecycleStore<ContractStage, ContractTrigger>(ContractLifecycle.Version1(), database.ConnectionString);
        var seen = -1L;
        var options = new SqliteLifecycleStoreOptions
        {
            ConnectionString = database.ConnectionString,
            AfterStatement = _ =>
            {
                using var connection = new SqliteConnection(database.ConnectionString);
                connection.Open();
                using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA synchronous;";
                seen = (long)pragma.ExecuteScalar()!;
            },
        };
        var watched = new SqliteLifecycleStore<ContractStage, ContractTrigger>(store.Definition, options);

        await watched.WriteAsync(store.Definition.Start(new CustomerId("c"), new LifecycleEventId("s"), Instant.FromUtc(2026, 1, 1, 0, 0)).ToWrite());

        seen.Should().Be(2, "FULL is 2; the store's own pragma text is asserted by its constant");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(300)]
    [InlineData(402)]
    [InlineData(403)]
    [InlineData(602)]
    public async Task WriteBatch_FailureInjectedAfterStatement_LeavesNoneOfTheBatch(int failAt)
    {
        var database = NewDatabase();
        var definition = ContractLifecycle.Version1();
        var committed = new SqliteLifecycleStore<ContractStage, ContractTrigger>(definition, database.ConnectionString);
        await committed.WriteBatchAsync(CrashChild.Writes(definition, "committed", 10));
        var failing = new SqliteLifecycleStore<ContractStage, ContractTrigger>(definition, new SqliteLifecycleStoreOptions
        {
            ConnectionString = database.ConnectionString,
            AfterStatement = n =>
            {
                if (n == failAt)
                {
                    throw new IOException($"injected failure after statement {n}");
                }
            },
        });

        var act = () => failing.WriteBatchAsync(CrashChild.Writes(definition, "batch", 200)).AsTask();

        (await act.Should().ThrowAsync<IOException>()).WithMessage($"injected failure after statement {failAt}");
        database.Text("PRAGMA integrity_check").Should().Be("ok");
        database.Scalar("SELECT COUNT(*) FROM rk_lifecycle_history").Should().Be(20, "the 10 committed customers' 20 entries stay and the failed batch left none");
        database.Scalar("SELECT COUNT(*) FROM rk_lifecycle_state").Should().Be(10);
        var reopened = new SqliteLifecycleStore<ContractStage, ContractTrigger>(definition, database.ConnectionString);
        (await reopened.WriteBatchAsync(CrashChild.Writes(definition, "batch", 200))).Should().OnlyContain(r => r.Status == WriteStatus.Written);
        database.Scalar("SELECT COUNT(*) FROM rk_lifecycle_history").Should().Be(420);
    }

    [Fact]
    public async Task WriteBatch_ManyCustomersSeveralWritesEach_IsOneTransactionWithChainedVersions()
    {
        var database = NewDatabase();
        var definition = ContractLifecycle.Version1();
        var store = new SqliteLifecycleStore<ContractStage, ContractTrigger>(definition, database.ConnectionString);
        var statements = 0;
        var counting = new SqliteLifecycleStore<ContractStage, ContractTrigger>(definition, new SqliteLifecycleStoreOptions
        {
            ConnectionString = database.ConnectionString,
            AfterStatement = n => statements = n,
        });

        var results = await counting.WriteBatchAsync(CrashChild.Writes(definition, "b", 200));

        results.Should().HaveCount(400).And.OnlyContain(r => r.Status == WriteStatus.Written);
        statements.Should().Be(602, "one query reads the 200 customers' versions, one the 400 event ids, then 400 inserts and 200 state writes");
        var history = await store.GetHistoryAsync(new CustomerId("b-0042"));
        history.Select(e => e.Sequence).Should().Equal(1, 2);
        history.Verify().Should().BeNull();
        (await store.GetStateAsync(new CustomerId("b-0042"))).State.Stage.Should().Be(ContractStage.Active);
    }

    [Fact]
    public async Task TwoStoresOnOneFile_ShareStateAndConflictCorrectly()
    {
        var database = NewDatabase();
        var definition = ContractLifecycle.Version1();
        var a = new SqliteLifecycleStore<ContractStage, ContractTrigger>(definition, database.ConnectionString);
        var b = new SqliteLifecycleStore<ContractStage, ContractTrigger>(definition, database.ConnectionString);
        var started = definition.Start(new CustomerId("c"), new LifecycleEventId("s"), Instant.FromUtc(2026, 1, 1, 0, 0));
        await a.WriteAsync(started.ToWrite());

        var viaA = await a.WriteAsync(definition.Fire(started.State, ContractTrigger.Activate, new LifecycleEventId("a"), Instant.FromUtc(2026, 1, 2, 0, 0)).ToWrite());
        var viaB = await b.WriteAsync(definition.Fire(started.State, ContractTrigger.Close, new LifecycleEventId("b"), Instant.FromUtc(2026, 1, 2, 0, 0)).ToWrite());

        viaA.Status.Should().Be(WriteStatus.Written);
        viaB.Status.Should().Be(WriteStatus.Conflict);
        (await b.GetStateAsync(new CustomerId("c"))).State.Stage.Should().Be(ContractStage.Active);
    }

    [Fact]
    public void Options_Invalid_ThrowNamingTheProperty()
    {
        var definition = ContractLifecycle.Version1();
        FluentActions.Invoking(() => new SqliteLifecycleStore<ContractStage, ContractTrigger>(definition, new SqliteLifecycleStoreOptions())).Should().Throw<ArgumentException>()
            .WithMessage("ConnectionString must be set; was null. (Parameter 'options')");
        FluentActions.Invoking(() => new SqliteLifecycleStore<ContractStage, ContractTrigger>(definition, new SqliteLifecycleStoreOptions { ConnectionString = "Data Source=x.db", BusyTimeoutSeconds = 0 }))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("BusyTimeoutSeconds must be at least 1; was 0. (Parameter 'options')*");
        FluentActions.Invoking(() => new SqliteLifecycleStore<ContractStage, ContractTrigger>(null!, "Data Source=x.db")).Should().Throw<ArgumentNullException>().WithParameterName("definition");
        FluentActions.Invoking(() => new SqliteLifecycleStore<ContractStage, ContractTrigger>(definition, (string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("connectionString");
    }
}
