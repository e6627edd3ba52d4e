using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using RelationshipKit.Idic.PostgreSql;
using RelationshipKit.Idic.Stores;
using RelationshipKit.PostgreSql;

namespace RelationshipKit;

/// <summary>
/// Registers the PostgreSQL stores of RelationshipKit.Idic.PostgreSql with an <see cref="IServiceCollection"/>.
/// </summary>
public static class IdicPostgreSqlServiceCollectionExtensions
{
    /// <summary>Registers the PostgreSQL interaction, consent and promise stores on one database (tables in schema <c>public</c>),
    /// sharing one data source that the container disposes.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="connectionString"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">Thrown when another implementation of a store kind is already registered (one store per kind).</exception>
    public static IServiceCollection AddRelationshipKitIdicPostgreSql(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        return services.AddRelationshipKitIdicPostgreSql(options => options.ConnectionString = connectionString);
    }

    /// <summary>Registers the PostgreSQL interaction, consent and promise stores with options, checked now (at registration); the server
    /// is first contacted when a store is used. A connection string gives one data source shared by the three stores and disposed by the
    /// container; a data source from the options is left to the application.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when not exactly one of the connection string and the data source is set, or the schema is not a lower-case identifier.</exception>
    /// <exception cref="InvalidOperationException">Thrown when another implementation of a store kind is already registered (one store per kind).</exception>
    public static IServiceCollection AddRelationshipKitIdicPostgreSql(this IServiceCollection services, Action<PostgreSqlIdicStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new PostgreSqlIdicStoreOptions();
        configure(options);
        var checkedOptions = options.Validated();
        services.AddRelationshipKit();
        services.TryAddSingleton(_ => new IdicDataSource(checkedOptions));
        return services
            .AddIdicStore<IInteractionStore>(typeof(PostgreSqlInteractionStore), sp => new PostgreSqlInteractionStore(sp.GetRequiredService<IdicDataSource>().Options))
            .AddIdicStore<IConsentStore>(typeof(PostgreSqlConsentStore), sp => new PostgreSqlConsentStore(sp.GetRequiredService<IdicDataSource>().Options))
            .AddIdicStore<IPromiseStore>(typeof(PostgreSqlPromiseStore), sp => new PostgreSqlPromiseStore(sp.GetRequiredService<IdicDataSource>().Options));
    }

    /// <summary>The data source the three registered stores share; the container disposes it with the provider.</summary>
    private sealed class IdicDataSource : IAsyncDisposable, IDisposable
    {
        private readonly NpgsqlDataSource? _owned;

        internal IdicDataSource(PostgreSqlIdicStoreOptions options)
        {
            _owned = options.DataSource is null ? PostgreSqlDataSources.Create(options.ConnectionString!) : null;
            Options = new PostgreSqlIdicStoreOptions { DataSource = _owned ?? options.DataSource, Schema = options.Schema, CreateSchema = options.CreateSchema };
        }

        internal PostgreSqlIdicStoreOptions Options { get; }

        public void Dispose() => _owned?.Dispose();

        public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
