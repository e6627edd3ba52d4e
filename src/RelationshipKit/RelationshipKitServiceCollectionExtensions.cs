using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace RelationshipKit;

/// <summary>
/// Registers the core RelationshipKit services with an <see cref="IServiceCollection"/>.
/// </summary>
public static class RelationshipKitServiceCollectionExtensions
{
    /// <summary>
    /// Adds the core services: an <see cref="IClock"/> (<see cref="SystemClock.Instance"/> unless one is already registered,
    /// so a <c>FakeClock</c> registered earlier wins). Calling it more than once adds nothing more.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="services"/> is null.</exception>
    public static IServiceCollection AddRelationshipKit(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        return services;
    }
}
