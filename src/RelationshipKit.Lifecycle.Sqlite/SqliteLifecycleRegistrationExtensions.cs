using RelationshipKit.Lifecycle.DependencyInjection;
using RelationshipKit.Lifecycle.Sqlite;

namespace RelationshipKit;

/// <summary>Registers a <see cref="SqliteLifecycleStore{TStage, TTrigger}"/> as a lifecycle's store.</summary>
public static class SqliteLifecycleRegistrationExtensions
{
    /// <summary>Registers a SQLite store for the lifecycle (keyed by its name), and a runner over it.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="registration">The lifecycle's registration.</param>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string.</param>
    /// <returns>The same registration.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="connectionString"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the lifecycle already has a store.</exception>
    public static LifecycleRegistration<TStage, TTrigger> UseSqliteStore<TStage, TTrigger>(this LifecycleRegistration<TStage, TTrigger> registration, string connectionString)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        return registration.UseSqliteStore(options => options.ConnectionString = connectionString);
    }

    /// <summary>Registers a SQLite store with options, checked now (at registration); the database is opened on first resolve.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="registration">The lifecycle's registration.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same registration.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the connection string is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an option is out of range.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the lifecycle already has a store.</exception>
    public static LifecycleRegistration<TStage, TTrigger> UseSqliteStore<TStage, TTrigger>(this LifecycleRegistration<TStage, TTrigger> registration, Action<SqliteLifecycleStoreOptions> configure)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new SqliteLifecycleStoreOptions();
        configure(options);
        var checkedOptions = options.Validated();
        return registration.AddStore((_, definition) => new SqliteLifecycleStore<TStage, TTrigger>(definition, checkedOptions));
    }
}
