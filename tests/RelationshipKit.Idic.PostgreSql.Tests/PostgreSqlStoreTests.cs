using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;
using RelationshipKit.Testing.Idic;
using RelationshipKit.TestUtils.PostgreSql;

namespace RelationshipKit.Idic.PostgreSql.Tests;

/// <summary>The PostgreSQL stores against the shared store contracts (each check in a new schema) and under many writers.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlStoreTests(PostgreSqlCluster cluster) : IAsyncLifetime
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 10, 0);
    private static int s_schemas;
    private readonly ConcurrentBag<IAsyncDisposable> _stores = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    [PostgreSqlFact]
    public Task PostgreSqlInteractionStore_MeetsTheContract() => new InteractionStoreContract(() => Track(new PostgreSqlInteractionStore(Options(NewSchema())))).RunAllAsync();

    [PostgreSqlFact]
    public Task PostgreSqlConsentStore_MeetsTheContract() => new ConsentStoreContract(() => Track(new PostgreSqlConsentStore(Options(NewSchema())))).RunAllAsync();

    [PostgreSqlFact]
    public Task PostgreSqlPromiseStore_MeetsTheContract() => new PromiseStoreContract(() => Track(new PostgreSqlPromiseStore(Options(NewSchema())))).RunAllAsync();

    [PostgreSqlFact]
    public async Task ManyWritersFromSeveralConnections_EveryAcceptedAppendIsStoredOnce()
    {
        const int writers = 6, customers = 5, steps = 40;
        var schema = NewSchema();
        var accepted = new ConcurrentDictionary<CustomerId, ConcurrentBag<string>>();
        var conflicts = 0;

        async Task Writer(int writer)
        {
            await using var store = new PostgreSqlInteractionStore(Options(schema));
            var random = new Random(writer);
            Interaction? last = null;
            for (var step = 0; step < steps; step++)
            {
                if (step % 8 == 7 && last is not null)
                {
                    (await store.AppendAsync(last, 0)).Status.Should().Be(StoreWriteStatus.Duplicate, "a redelivered interaction is never stored twice");
                    continue;
                }

                var customer = new CustomerId($"c{random.Next(customers)}");
                var read = await store.ReadAsync(customer);
                var interaction = new Interaction($"w{writer}-{step}", customer, Channel.Phone, T0 + Duration.FromMinutes(step), InteractionTopic.Delivery);
                var result = await store.AppendAsync(interaction, read.Version);
                if (result.Status == StoreWriteStatus.Written)
                {
                    accepted.GetOrAdd(customer, _ => []).Add(interaction.Id);
                    last = interaction;
                }
                else
                {
                    result.Status.Should().Be(StoreWriteStatus.Conflict);
                    Interlocked.Increment(ref conflicts);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => Writer(w))));

        conflicts.Should().BeGreaterThan(0, "the writers must really have competed");
        await using var reader = new PostgreSqlInteractionStore(Options(schema));
        foreach (var (customer, ids) in accepted)
        {
            var stored = await reader.ReadAsync(customer);
            stored.Version.Should().Be(ids.Count);
            stored.Events.Select(e => e.Id).Should().BeEquivalentTo(ids).And.OnlyHaveUniqueItems();
        }
    }

    [PostgreSqlFact]
    public async Task Migration_RunTwiceAndConcurrently_CreatesTheTablesOnce_AndNanosecondsReadBack()
    {
        var schema = NewSchema();
        await using var dataSource = NpgsqlDataSource.Create(cluster.ConnectionString);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostgreSqlIdicSchema.MigrateAsync(dataSource, schema)));
        await using (var command = dataSource.CreateCommand(PostgreSqlIdicSchema.Script(schema) + $"SELECT version FROM {schema}.rk_schema_versions WHERE component = 'idic'"))
        {
            (await command.ExecuteScalarAsync()).Should().Be(PostgreSqlIdicSchema.Version);
        }

        var store = Track(new PostgreSqlConsentStore(Options(schema, createSchema: false)));
        var at = T0 + Duration.FromNanoseconds(987_654_321);
        await store.AppendAsync(new ConsentEvent("e1", new CustomerId("c"), ConsentPurpose.Marketing, ConsentAction.Granted, at), 0);
        await store.EraseAsync(new CustomerId("c"), at, 1);
        var read = await store.ReadAsync(new CustomerId("c"));
        read.Ledger.ErasedAt.Should().Be(at);
        read.Version.Should().Be(2);
    }

    [PostgreSqlFact]
    public async Task AddRelationshipKitIdicPostgreSql_RegistersThreeStoresOnOneDataSource()
    {
        var schema = NewSchema();
        var services = new ServiceCollection();
        services.AddRelationshipKitIdicPostgreSql(o =>
        {
            o.ConnectionString = cluster.ConnectionString;
            o.Schema = schema;
        });
        services.AddRelationshipKitIdicPostgreSql(o =>
        {
            o.ConnectionString = cluster.ConnectionString;
            o.Schema = schema;
        });
        await using var provider = services.BuildServiceProvider();

        var interactions = provider.GetRequiredService<IInteractionStore>();
        await interactions.AppendAsync(new Interaction("i1", new CustomerId("c"), Channel.Web, T0, InteractionTopic.Delivery), 0);

        interactions.Should().BeOfType<PostgreSqlInteractionStore>();
        provider.GetRequiredService<IConsentStore>().Should().BeOfType<PostgreSqlConsentStore>();
        provider.GetRequiredService<IPromiseStore>().Should().BeOfType<PostgreSqlPromiseStore>();
        services.Count(d => d.ServiceType == typeof(IInteractionStore)).Should().Be(1);
        (await provider.GetRequiredService<IInteractionStore>().ReadAsync(new CustomerId("c"))).Version.Should().Be(1);
    }

    [Fact]
    public void Options_Invalid_ThrowNamingTheProperty()
    {
        FluentActions.Invoking(() => new PostgreSqlInteractionStore(new PostgreSqlIdicStoreOptions())).Should().Throw<ArgumentException>()
            .WithMessage("Exactly one of ConnectionString and DataSource must be set; were null and null. (Parameter 'options')");
        FluentActions.Invoking(() => new PostgreSqlPromiseStore(new PostgreSqlIdicStoreOptions { ConnectionString = "Host=x", Schema = "x-y" })).Should().Throw<ArgumentException>()
            .WithMessage("Schema must be a lower-case PostgreSQL identifier (a letter or '_', then letters, digits or '_', at most 63 characters); was \"x-y\". (Parameter 'options')");
        FluentActions.Invoking(() => new PostgreSqlConsentStore((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("connectionString");
        FluentActions.Invoking(() => new ServiceCollection().AddInMemoryThen().AddRelationshipKitIdicPostgreSql("Host=x")).Should().Throw<InvalidOperationException>()
            .WithMessage("An IInteractionStore is already registered (InMemoryInteractionStore); register one store per kind, not PostgreSqlInteractionStore as well.");
    }

    private static string NewSchema() => "idic_" + Interlocked.Increment(ref s_schemas);

    private PostgreSqlIdicStoreOptions Options(string schema, bool createSchema = true) =>
        new() { ConnectionString = cluster.ConnectionString, Schema = schema, CreateSchema = createSchema };

    private T Track<T>(T store)
        where T : IAsyncDisposable
    {
        _stores.Add(store);
        return store;
    }
}

internal static class ServiceCollectionTestExtensions
{
    internal static IServiceCollection AddInMemoryThen(this IServiceCollection services) => services.AddRelationshipKitIdicInMemoryStores();
}
