using RelationshipKit.Lifecycle.DependencyInjection;
using RelationshipKit.Lifecycle.PostgreSql;

namespace RelationshipKit;

/// <summary>Registers a <see cref="PostgreSqlLifecycleStore{TStage, TTrigger}"/> as a lifecycle's store.</summary>
public static class PostgreSqlLifecycleRegistrationExtensions
{
    /// <summary>Registers a PostgreSQL store for the lifecycle (keyed by its name, tables in schema <c>public</c>), and a runner over it.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="registration">The lifecycle's registration.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <returns>The same registration.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="connectionString"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the lifecycle already has a store.</exception>
    public static LifecycleRegistration<TStage, TTrigger> UsePostgreSqlStore<TStage, TTrigger>(this LifecycleRegistration<TStage, TTrigger> registration, string connectionString)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        return registration.UsePostgreSqlStore(options => options.ConnectionString = connectionString);
    }

    /// <summary>Registers a PostgreSQL store with options, checked now (at registration); the server is first contacted when the store is used.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="registration">The lifecycle's registration.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same registration.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when not exactly one of the connection string and the data source is set, or the schema is not a lower-case identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an option is out of range.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the lifecycle already has a store.</exception>
    public static LifecycleRegistration<TStage, TTrigger> UsePostgreSqlStore<TStage, TTrigger>(this LifecycleRegistration<TStage, TTrigger> registration, Action<PostgreSqlLifecycleStoreOptions> configure)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new PostgreSqlLifecycleStoreOptions();
        configure(options);
        var checkedOptions = options.Validated();
        return registration.AddStore((_, definition) => new PostgreSqlLifecycleStore<TStage, TTrigger>(definition, checkedOptions));
    }
}
