using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.DependencyInjection;
using RelationshipKit.Lifecycle.Internal;
using RelationshipKit.Lifecycle.Storage;

namespace RelationshipKit;

/// <summary>
/// Registers lifecycle definitions (keyed singletons) with an <see cref="IServiceCollection"/>, and their stores.
/// </summary>
/// <remarks>
/// <para>Each <c>AddRelationshipKitLifecycle</c> registers a keyed <see cref="LifecycleDefinition{TStage, TTrigger}"/> and no store,
/// and returns a <see cref="LifecycleRegistration{TStage, TTrigger}"/> to chain one onto (as <c>AddHttpClient</c> returns a builder):
/// <c>.UseInMemoryStore()</c> or an adapter's extension, which also registers a keyed <see cref="LifecycleRunner{TStage, TTrigger}"/>.</para>
/// <para>Nothing here requires a container: every service is <c>new</c>-able.</para>
/// </remarks>
public static class LifecycleServiceCollectionExtensions
{
    /// <summary>Registers a lifecycle built now, at registration, so a configuration problem throws here.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The lifecycle's name: the definition's name and the services' key.</param>
    /// <param name="configure">Configures the builder (its <c>Name</c> is already set to <paramref name="name"/>).</param>
    /// <returns>The registration, to chain a store onto.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is empty or longer than 100 characters, or <paramref name="configure"/> renames the builder.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the name is already registered for these types, or the configuration has problems (all listed).</exception>
    public static LifecycleRegistration<TStage, TTrigger> AddRelationshipKitLifecycle<TStage, TTrigger>(
        this IServiceCollection services, string name, Action<LifecycleBuilder<TStage, TTrigger>> configure)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        Text.Required(name, LifecycleLimits.MaxNameLength, nameof(name));
        var builder = new LifecycleBuilder<TStage, TTrigger>(name);
        configure(builder);
        CheckName(builder, name);
        return Register(services, name, builder.Build());
    }

    /// <summary>Registers a lifecycle whose configuration needs services: it is built on first resolve (a configuration problem throws then, not here).</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The lifecycle's name.</param>
    /// <param name="configure">Configures the builder with the service provider.</param>
    /// <returns>The registration, to chain a store onto.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is empty or longer than 100 characters.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the name is already registered for these types.</exception>
    public static LifecycleRegistration<TStage, TTrigger> AddRelationshipKitLifecycle<TStage, TTrigger>(
        this IServiceCollection services, string name, Action<LifecycleBuilder<TStage, TTrigger>, IServiceProvider> configure)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        Text.Required(name, LifecycleLimits.MaxNameLength, nameof(name));
        return Register<TStage, TTrigger>(services, name, provider =>
        {
            var builder = new LifecycleBuilder<TStage, TTrigger>(name);
            configure(builder, provider);
            CheckName(builder, name);
            return builder.Build();
        });
    }

    /// <summary>Registers a definition already built (a preset, for example) under its own name.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="definition">The definition.</param>
    /// <returns>The registration, to chain a store onto.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the definition's name is already registered for these types.</exception>
    public static LifecycleRegistration<TStage, TTrigger> AddRelationshipKitLifecycle<TStage, TTrigger>(
        this IServiceCollection services, LifecycleDefinition<TStage, TTrigger> definition)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(definition);
        return Register(services, definition.Name, definition);
    }

    /// <summary>Registers an <see cref="InMemoryLifecycleStore{TStage, TTrigger}"/> for the lifecycle (keyed by its name), and a runner over it.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="registration">The lifecycle's registration.</param>
    /// <returns>The same registration.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="registration"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the lifecycle already has a store.</exception>
    public static LifecycleRegistration<TStage, TTrigger> UseInMemoryStore<TStage, TTrigger>(this LifecycleRegistration<TStage, TTrigger> registration)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(registration);
        return registration.AddStore((_, definition) => new InMemoryLifecycleStore<TStage, TTrigger>(definition));
    }

    private static void CheckName<TStage, TTrigger>(LifecycleBuilder<TStage, TTrigger> builder, string name)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        if (!string.Equals(builder.Name, name, StringComparison.Ordinal))
        {
            throw new ArgumentException($"configure must keep the builder's Name \"{name}\" (the registration name); it set \"{builder.Name}\".", nameof(name));
        }
    }

    private static LifecycleRegistration<TStage, TTrigger> Register<TStage, TTrigger>(IServiceCollection services, string name, LifecycleDefinition<TStage, TTrigger> definition)
        where TStage : struct, Enum
        where TTrigger : struct, Enum =>
        Register<TStage, TTrigger>(services, name, _ => definition);

    private static LifecycleRegistration<TStage, TTrigger> Register<TStage, TTrigger>(
        IServiceCollection services, string name, Func<IServiceProvider, LifecycleDefinition<TStage, TTrigger>> create)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        services.AddRelationshipKit();
        var names = services.FirstOrDefault(d => d.ServiceType == typeof(LifecycleNames<TStage, TTrigger>) && !d.IsKeyedService)?.ImplementationInstance as LifecycleNames<TStage, TTrigger>;
        if (names is null)
        {
            names = new LifecycleNames<TStage, TTrigger>();
            services.AddSingleton(names);
            services.TryAddSingleton(provider => new LifecycleDefinitionProvider<TStage, TTrigger>(provider, provider.GetRequiredService<LifecycleNames<TStage, TTrigger>>()));
        }

        if (names.Names.Contains(name, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"A lifecycle of {typeof(TStage).Name}/{typeof(TTrigger).Name} named \"{name}\" is already registered; give each lifecycle its own name.");
        }

        names.Names.Add(name);
        services.AddKeyedSingleton(name, (provider, _) => create(provider));
        return new LifecycleRegistration<TStage, TTrigger>(services, name);
    }
}
