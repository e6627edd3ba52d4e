using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using RelationshipKit.Lifecycle.Storage;

namespace RelationshipKit.Lifecycle.DependencyInjection;

/// <summary>
/// Represents one named lifecycle registered with <c>AddRelationshipKitLifecycle</c>: chain a store onto it
/// (<c>.UseInMemoryStore()</c>, or an adapter package's extension). A definition has at most one store.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>Immutable; registering a store changes the service collection, not this object.</remarks>
[Immutable]
public sealed class LifecycleRegistration<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    internal LifecycleRegistration(IServiceCollection services, string name)
    {
        Services = services;
        Name = name;
    }

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets the lifecycle's name (the key of its keyed services).</summary>
    public string Name { get; }

    /// <summary>Registers the lifecycle's store (keyed by <see cref="Name"/>) and a <see cref="LifecycleRunner{TStage, TTrigger}"/> over it. Adapter packages call this from their own <c>Use…Store</c> extensions.</summary>
    /// <param name="factory">Creates the store from the service provider and the lifecycle's definition; called once, on first resolve.</param>
    /// <returns>This registration.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="factory"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the lifecycle already has a store.</exception>
    public LifecycleRegistration<TStage, TTrigger> AddStore(Func<IServiceProvider, LifecycleDefinition<TStage, TTrigger>, ILifecycleStore<TStage, TTrigger>> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (Services.Any(d => d.ServiceType == typeof(ILifecycleStore<TStage, TTrigger>) && d.IsKeyedService && Equals(d.ServiceKey, Name)))
        {
            throw new InvalidOperationException(
                $"The lifecycle \"{Name}\" already has a store; a definition has one store. Register the other store under another lifecycle name.");
        }

        Services.AddKeyedSingleton(Name, (provider, key) => factory(provider, provider.GetRequiredKeyedService<LifecycleDefinition<TStage, TTrigger>>(key)));
        Services.AddKeyedSingleton(Name, (provider, key) =>
            new LifecycleRunner<TStage, TTrigger>(provider.GetRequiredKeyedService<ILifecycleStore<TStage, TTrigger>>(key), provider.GetRequiredService<IClock>()));
        return this;
    }
}
