using Microsoft.Extensions.DependencyInjection;
using RelationshipKit.Lifecycle.Storage;
using RelationshipKit.Testing.Lifecycle;

namespace RelationshipKit.Lifecycle.Sqlite.Tests;

public sealed class SqliteLifecycleRegistrationExtensionsTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task UseSqliteStore_RegistersKeyedStoreAndRunner()
    {
        var services = new ServiceCollection();
        services.AddRelationshipKitLifecycle(ContractLifecycle.Version1()).UseSqliteStore(_database.ConnectionString);
        await using var provider = services.BuildServiceProvider();

        var runner = provider.GetRequiredKeyedService<LifecycleRunner<ContractStage, ContractTrigger>>(ContractLifecycle.Name);
        var started = await runner.StartAsync(new CustomerId("c1"), new LifecycleEventId("s"));

        runner.Store.Should().BeOfType<SqliteLifecycleStore<ContractStage, ContractTrigger>>();
        started.Status.Should().Be(RunStatus.Applied);
        _database.Scalar("SELECT COUNT(*) FROM rk_lifecycle_state").Should().Be(1);
    }

    [Fact]
    public void UseSqliteStore_SecondStoreOrBadOptions_ThrowAtRegistration()
    {
        var registration = new ServiceCollection().AddRelationshipKitLifecycle(ContractLifecycle.Version1()).UseInMemoryStore();

        FluentActions.Invoking(() => registration.UseSqliteStore(_database.ConnectionString)).Should().Throw<InvalidOperationException>()
            .WithMessage("The lifecycle \"store-contract\" already has a store; a definition has one store. Register the other store under another lifecycle name.");
        var fresh = new ServiceCollection().AddRelationshipKitLifecycle(ContractLifecycle.Version1());
        FluentActions.Invoking(() => fresh.UseSqliteStore(o => o.BusyTimeoutSeconds = -5)).Should().Throw<ArgumentException>()
            .WithMessage("ConnectionString must be set; was null. (Parameter 'options')");
        FluentActions.Invoking(() => fresh.UseSqliteStore((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("connectionString");
        fresh.Services.Should().NotContain(d => d.ServiceType == typeof(ILifecycleStore<ContractStage, ContractTrigger>));
    }
}
