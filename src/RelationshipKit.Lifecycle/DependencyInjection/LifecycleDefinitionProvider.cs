using Microsoft.Extensions.DependencyInjection;

namespace RelationshipKit.Lifecycle.DependencyInjection;

/// <summary>Represents the lifecycles registered for one stage/trigger pair: their names, and each definition by name.</summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>Registered by <c>AddRelationshipKitLifecycle</c> as a singleton. Thread-safe.</remarks>
[Immutable]
public sealed class LifecycleDefinitionProvider<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly IServiceProvider _services;
    private readonly LifecycleNames<TStage, TTrigger> _names;

    internal LifecycleDefinitionProvider(IServiceProvider services, LifecycleNames<TStage, TTrigger> names)
    {
        _services = services;
        _names = names;
    }

    /// <summary>Gets the registered names, in registration order.</summary>
    public IReadOnlyList<string> Names => _names.Names;

    /// <summary>Returns the definition registered under <paramref name="name"/> (built now if it was registered with the service-provider overload).</summary>
    /// <param name="name">The lifecycle's name.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">Thrown when no lifecycle of these types is registered under <paramref name="name"/>.</exception>
    public LifecycleDefinition<TStage, TTrigger> Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_names.Names.Contains(name, StringComparer.Ordinal))
        {
            throw new KeyNotFoundException(
                $"No lifecycle of {typeof(TStage).Name}/{typeof(TTrigger).Name} is registered under \"{name}\"; registered: {(_names.Names.Count == 0 ? "none" : string.Join(", ", _names.Names.Select(n => "\"" + n + "\"")))}.");
        }

        return _services.GetRequiredKeyedService<LifecycleDefinition<TStage, TTrigger>>(name);
    }
}
