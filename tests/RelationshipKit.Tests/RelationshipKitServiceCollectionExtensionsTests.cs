using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace RelationshipKit.Tests;

public class RelationshipKitServiceCollectionExtensionsTests
{
    [Fact]
    public void AddRelationshipKit_Null_Throws()
    {
        var act = () => RelationshipKitServiceCollectionExtensions.AddRelationshipKit(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }

    [Fact]
    public void AddRelationshipKit_RegistersSystemClock()
    {
        using var provider = new ServiceCollection().AddRelationshipKit().BuildServiceProvider();
        provider.GetRequiredService<IClock>().Should().BeSameAs(SystemClock.Instance);
    }

    [Fact]
    public void AddRelationshipKit_Twice_AddsNothingMore()
    {
        var services = new ServiceCollection().AddRelationshipKit();
        var count = services.Count;
        services.AddRelationshipKit().Should().BeSameAs(services);
        services.Should().HaveCount(count);
    }

    [Fact]
    public void AddRelationshipKit_EarlierClockWins()
    {
        var fake = new FakeClock(Instant.FromUtc(2026, 11, 23, 12, 0));
        using var provider = new ServiceCollection().AddSingleton<IClock>(fake).AddRelationshipKit().BuildServiceProvider();
        provider.GetRequiredService<IClock>().Should().BeSameAs(fake);
    }
}
