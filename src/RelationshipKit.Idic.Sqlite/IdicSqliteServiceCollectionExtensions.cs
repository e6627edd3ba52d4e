using Microsoft.Extensions.DependencyInjection;
using RelationshipKit.Idic.Sqlite;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit;

/// <summary>
/// Registers the SQLite stores of RelationshipKit.Idic.Sqlite with an <see cref="IServiceCollection"/>.
/// </summary>
public static class IdicSqliteServiceCollectionExtensions
{
    /// <summary>Registers the SQLite interaction, consent and promise stores on one database.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, for example <c>Data Source=idic.db</c>.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="connectionString"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">Thrown when another implementation of a store kind is already registered (one store per kind).</exception>
    public static IServiceCollection AddRelationshipKitIdicSqlite(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(connectionString);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("connectionString must not be empty.", nameof(connectionString));
        }

        services.AddRelationshipKit();
        return services
            .AddIdicStore<IInteractionStore>(typeof(SqliteInteractionStore), _ => new SqliteInteractionStore(connectionString))
            .AddIdicStore<IConsentStore>(typeof(SqliteConsentStore), _ => new SqliteConsentStore(connectionString))
            .AddIdicStore<IPromiseStore>(typeof(SqlitePromiseStore), _ => new SqlitePromiseStore(connectionString));
    }
}
