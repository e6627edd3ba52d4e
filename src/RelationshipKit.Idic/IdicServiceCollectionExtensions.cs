using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Identify;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit;

/// <summary>
/// Registers RelationshipKit.Idic with an <see cref="IServiceCollection"/>: the contact policy, the identity resolver,
/// an IDIC pipeline per customer type, and stores (none by default; one per kind).
/// </summary>
public static class IdicServiceCollectionExtensions
{
    /// <summary>
    /// Adds the core services, a <see cref="ContactPolicy"/> and an <see cref="IdentityResolver"/> built from
    /// <paramref name="configure"/>. The options are validated now, so a bad setting fails at registration. Calling it
    /// again adds nothing more (the first registration wins).
    /// </summary>
    /// <typeparam name="TCustomer">The application's customer type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> for the defaults.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when an option is invalid (the message names it).</exception>
    public static IServiceCollection AddRelationshipKitIdic<TCustomer>(this IServiceCollection services, Action<IdicOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRelationshipKit();
        var options = new IdicOptions();
        configure?.Invoke(options);
        var policy = new ContactPolicy(options.ContactPolicy);
        _ = new IdentityResolver(options.IdentityResolution); // validates now; the registered one gets the logger
        var resolution = new IdentityResolutionOptions
        {
            Normalizer = options.IdentityResolution.Normalizer,
            MaxDegreeOfParallelism = options.IdentityResolution.MaxDegreeOfParallelism,
        };
        resolution.HardKinds.Clear();
        resolution.HardKinds.UnionWith(options.IdentityResolution.HardKinds);
        services.TryAddSingleton(policy);
        services.TryAddSingleton(sp => new IdentityResolver(resolution, sp.GetService<ILogger<IdentityResolver>>()));
        return services;
    }

    /// <summary>
    /// Adds what <see cref="AddRelationshipKitIdic{TCustomer}(IServiceCollection, Action{IdicOptions})"/> adds with
    /// the defaults, and an <see cref="IdicPipeline{TCustomer}"/> singleton that <paramref name="configure"/> builds on
    /// first resolve (so its errors surface then, not at registration). The builder's clock is the registered
    /// <see cref="IClock"/> and its logger comes from a registered <see cref="ILoggerFactory"/>, if any.
    /// </summary>
    /// <typeparam name="TCustomer">The application's customer type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds the stages, reading stores and settings from the provider.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    public static IServiceCollection AddRelationshipKitIdic<TCustomer>(this IServiceCollection services, Action<IdicPipelineBuilder<TCustomer>, IServiceProvider> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddRelationshipKitIdic<TCustomer>((Action<IdicOptions>?)null);
        services.TryAddSingleton(sp =>
        {
            var builder = new IdicPipelineBuilder<TCustomer>
            {
                Clock = sp.GetRequiredService<IClock>(),
                Logger = sp.GetService<ILoggerFactory>()?.CreateLogger("RelationshipKit.Idic.Pipeline") ?? NullLogger.Instance,
            };
            configure(builder, sp);
            return builder.Build();
        });
        return services;
    }

    /// <summary>Registers the in-memory interaction, consent and promise stores (for tests, samples, single-process apps).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="services"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Thrown when another implementation of a store kind is already registered (one store per kind).</exception>
    public static IServiceCollection AddRelationshipKitIdicInMemoryStores(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services
            .AddIdicStore<IInteractionStore>(typeof(InMemoryInteractionStore), _ => new InMemoryInteractionStore())
            .AddIdicStore<IConsentStore>(typeof(InMemoryConsentStore), _ => new InMemoryConsentStore())
            .AddIdicStore<IPromiseStore>(typeof(InMemoryPromiseStore), _ => new InMemoryPromiseStore());
    }

    /// <summary>
    /// Registers one store of kind <typeparamref name="TStore"/>; a second registration of the same implementation
    /// adds nothing, one of another implementation throws (one store per kind). Adapter packages register through it.
    /// </summary>
    /// <typeparam name="TStore">The store kind: <see cref="IInteractionStore"/>, <see cref="IConsentStore"/> or <see cref="IPromiseStore"/>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="implementation">The implementation type (to tell registrations apart).</param>
    /// <param name="factory">Creates the singleton.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="InvalidOperationException">Thrown when another implementation of <typeparamref name="TStore"/> is already registered.</exception>
    public static IServiceCollection AddIdicStore<TStore>(this IServiceCollection services, Type implementation, Func<IServiceProvider, TStore> factory)
        where TStore : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(implementation);
        ArgumentNullException.ThrowIfNull(factory);
        var marker = services.FirstOrDefault(d => d.ServiceType == typeof(IdicStoreMarker<TStore>));
        if (marker?.ImplementationInstance is IdicStoreMarker<TStore> held)
        {
            if (held.Implementation == implementation)
            {
                return services;
            }

            throw new InvalidOperationException(
                $"An {typeof(TStore).Name} is already registered ({held.Implementation.Name}); register one store per kind, not {implementation.Name} as well.");
        }

        if (services.Any(d => d.ServiceType == typeof(TStore)))
        {
            throw new InvalidOperationException(
                $"An {typeof(TStore).Name} is already registered outside RelationshipKit; register one store per kind, not {implementation.Name} as well.");
        }

        services.AddSingleton(new IdicStoreMarker<TStore>(implementation));
        services.AddSingleton(factory);
        return services;
    }
}
