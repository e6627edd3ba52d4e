using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using RelationshipKit.Idic.Identify;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Pipeline;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Idic.Tests;

public class IdicServiceCollectionExtensionsTests
{
    private sealed record Customer(CustomerId Id);

    [Fact]
    public void AddRelationshipKitIdic_Options_AreValidatedAtRegistrationAndApplied()
    {
        var services = new ServiceCollection();
        services.AddRelationshipKitIdic<Customer>(o => o.QuietHours = new DailyWindow(new LocalTime(22, 0), new LocalTime(7, 0)));
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<ContactPolicy>().QuietHours.ToString().Should().Be("22:00-07:00");
        provider.GetRequiredService<IdentityResolver>().HardKinds.Should().Equal(IdentifierKind.AccountNumber);
        provider.GetService<IInteractionStore>().Should().BeNull("no store is registered by default");

        var bad = () => new ServiceCollection().AddRelationshipKitIdic<Customer>(o => o.ContactPolicy.SearchHorizon = Duration.Zero);
        bad.Should().Throw<ArgumentException>().WithMessage("SearchHorizon must be positive; was 0:00:00:00. (Parameter 'options')");
    }

    [Fact]
    public void AddRelationshipKitIdic_Twice_AddsNoDuplicates_AndEarlierClockWins()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        var services = new ServiceCollection().AddSingleton<IClock>(clock);
        services.AddRelationshipKitIdic<Customer>().AddRelationshipKitIdic<Customer>();
        services.Count(d => d.ServiceType == typeof(ContactPolicy)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IdentityResolver)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IClock)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IClock>().Should().BeSameAs(clock);
    }

    [Fact]
    public async Task AddRelationshipKitIdic_PipelineOverload_BuildsOnFirstResolveWithStoresFromTheProvider()
    {
        var at = Instant.FromUtc(2026, 6, 10, 10, 0);
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(at)).AddRelationshipKitIdicInMemoryStores();
        services.AddRelationshipKitIdic<Customer>((builder, sp) => builder
            .AddIdentify(new IdentifyStageOptions<Customer> { FindCustomer = a => new(a.Request.Customer is { } id ? new Customer(id) : null), CustomerIdOf = c => c.Id })
            .AddInteract(new InteractStageOptions<Customer> { Interactions = sp.GetRequiredService<IInteractionStore>(), ContactPolicy = sp.GetRequiredService<ContactPolicy>() }));
        using var provider = services.BuildServiceProvider();

        var pipeline = provider.GetRequiredService<IdicPipeline<Customer>>();

        pipeline.Should().BeSameAs(provider.GetRequiredService<IdicPipeline<Customer>>());
        var result = await pipeline.ExecuteAsync(new IdicRequest(Channel.Web, customer: new CustomerId("c-1")));
        result.At.Should().Be(at, "the registered clock stamps the request");
        result.Context!.InteractionCount.Should().Be(0);
    }

    [Fact]
    public void AddStores_OneStorePerKind()
    {
        var services = new ServiceCollection().AddRelationshipKitIdicInMemoryStores().AddRelationshipKitIdicInMemoryStores();
        services.Count(d => d.ServiceType == typeof(IConsentStore)).Should().Be(1, "the same implementation twice adds nothing");
        var other = () => services.AddIdicStore<IConsentStore>(typeof(string), _ => new InMemoryConsentStore());
        other.Should().Throw<InvalidOperationException>().WithMessage(
            "An IConsentStore is already registered (InMemoryConsentStore); register one store per kind, not String as well.");
    }

    [Fact]
    public void Add_NullArguments_Throw()
    {
        var act = () => IdicServiceCollectionExtensions.AddRelationshipKitIdic<Customer>(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("services");
        var pipeline = () => new ServiceCollection().AddRelationshipKitIdic<Customer>((Action<IdicPipelineBuilder<Customer>, IServiceProvider>)null!);
        pipeline.Should().Throw<ArgumentNullException>().WithParameterName("configure");
    }
}
