using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using RelationshipKit.Lifecycle.DependencyInjection;
using RelationshipKit.Lifecycle.Presets;
using RelationshipKit.Lifecycle.Storage;

namespace RelationshipKit.Lifecycle.Tests.DependencyInjection;

public class LifecycleServiceCollectionExtensionsTests
{
    private static void Funnel(LifecycleBuilder<FunnelStage, FunnelTrigger> builder) => LifecyclePresets.ConfigureFunnel(builder);

    [Fact]
    public void AddRelationshipKitLifecycle_RegistersKeyedDefinitionAndNoStore()
    {
        var services = new ServiceCollection();

        services.AddRelationshipKitLifecycle<FunnelStage, FunnelTrigger>("b2c", Funnel);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredKeyedService<LifecycleDefinition<FunnelStage, FunnelTrigger>>("b2c").Name.Should().Be("b2c");
        provider.GetKeyedService<ILifecycleStore<FunnelStage, FunnelTrigger>>("b2c").Should().BeNull();
        provider.GetRequiredService<IClock>().Should().BeSameAs(SystemClock.Instance);
        provider.GetRequiredService<LifecycleDefinitionProvider<FunnelStage, FunnelTrigger>>().Names.Should().Equal("b2c");
    }

    [Fact]
    public async Task UseInMemoryStore_RegistersStoreAndRunnerWithTheEarlierClock()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 5, 1, 12, 0));
        var services = new ServiceCollection().AddSingleton<IClock>(clock);
        services.AddRelationshipKitLifecycle<FunnelStage, FunnelTrigger>("b2c", Funnel).UseInMemoryStore();
        services.AddRelationshipKitLifecycle(LifecyclePresets.Funnel(name: "b2b")).UseInMemoryStore();
        using var provider = services.BuildServiceProvider();

        var runner = provider.GetRequiredKeyedService<LifecycleRunner<FunnelStage, FunnelTrigger>>("b2c");
        var started = await runner.StartAsync(new CustomerId("c1"), new LifecycleEventId("s"));

        started.State.EnteredAt.Should().Be(clock.GetCurrentInstant());
        provider.GetRequiredKeyedService<ILifecycleStore<FunnelStage, FunnelTrigger>>("b2c").Should().BeSameAs(runner.Store);
        provider.GetRequiredKeyedService<ILifecycleStore<FunnelStage, FunnelTrigger>>("b2b").Should().NotBeSameAs(runner.Store);
        provider.GetRequiredService<LifecycleDefinitionProvider<FunnelStage, FunnelTrigger>>().Names.Should().Equal("b2c", "b2b");
        services.Count(d => d.ServiceType == typeof(LifecycleDefinitionProvider<FunnelStage, FunnelTrigger>)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IClock)).Should().Be(1);
    }

    [Fact]
    public void TwoStoresForOneDefinition_ThrowAtRegistration()
    {
        var registration = new ServiceCollection().AddRelationshipKitLifecycle<FunnelStage, FunnelTrigger>("b2c", Funnel).UseInMemoryStore();

        FluentActions.Invoking(() => registration.UseInMemoryStore()).Should().Throw<InvalidOperationException>()
            .WithMessage("The lifecycle \"b2c\" already has a store; a definition has one store. Register the other store under another lifecycle name.");
    }

    [Fact]
    public void SameNameTwice_Throws()
    {
        var services = new ServiceCollection();
        services.AddRelationshipKitLifecycle<FunnelStage, FunnelTrigger>("b2c", Funnel);

        FluentActions.Invoking(() => services.AddRelationshipKitLifecycle<FunnelStage, FunnelTrigger>("b2c", Funnel)).Should().Throw<InvalidOperationException>()
            .WithMessage("A lifecycle of FunnelStage/FunnelTrigger named \"b2c\" is already registered; give each lifecycle its own name.");
    }

    [Fact]
    public void ServiceProviderOverload_BuildsOnFirstResolve()
    {
        var built = 0;
        var services = new ServiceCollection();
        services.AddRelationshipKitLifecycle<FunnelStage, FunnelTrigger>("lazy", (builder, _) =>
        {
            built++;
            Funnel(builder);
        });
        using var provider = services.BuildServiceProvider();

        built.Should().Be(0);
        provider.GetRequiredService<LifecycleDefinitionProvider<FunnelStage, FunnelTrigger>>().Get("lazy").Name.Should().Be("lazy");
        built.Should().Be(1);
    }

    [Fact]
    public void InvalidArguments_Throw()
    {
        var services = new ServiceCollection();
        FluentActions.Invoking(() => ((IServiceCollection)null!).AddRelationshipKitLifecycle<FunnelStage, FunnelTrigger>("x", Funnel)).Should().Throw<ArgumentNullException>().WithParameterName("services");
        FluentActions.Invoking(() => services.AddRelationshipKitLifecycle<FunnelStage, FunnelTrigger>("x", (Action<LifecycleBuilder<FunnelStage, FunnelTrigger>>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("configure");
        FluentActions.Invoking(() => services.AddRelationshipKitLifecycle<FunnelStage, FunnelTrigger>(" ", Funnel)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => services.AddRelationshipKitLifecycle<FunnelStage, FunnelTrigger>("x", b => { Funnel(b); b.Name = "y"; })).Should().Throw<ArgumentException>()
            .WithMessage("configure must keep the builder's Name \"x\" (the registration name); it set \"y\". (Parameter 'name')");
        FluentActions.Invoking(() => services.AddRelationshipKitLifecycle<FunnelStage, FunnelTrigger>("broken", _ => { })).Should().Throw<InvalidOperationException>()
            .WithMessage("The lifecycle definition \"broken\" has 2 problems:*");
        FluentActions.Invoking(() => ((LifecycleRegistration<FunnelStage, FunnelTrigger>)null!).UseInMemoryStore()).Should().Throw<ArgumentNullException>();
        var provider = new ServiceCollection().AddRelationshipKitLifecycle<FunnelStage, FunnelTrigger>("one", Funnel).Services.BuildServiceProvider();
        FluentActions.Invoking(() => provider.GetRequiredService<LifecycleDefinitionProvider<FunnelStage, FunnelTrigger>>().Get("two")).Should().Throw<KeyNotFoundException>()
            .WithMessage("No lifecycle of FunnelStage/FunnelTrigger is registered under \"two\"; registered: \"one\".");
    }
}
