using Npgsql;
using RelationshipKit.PostgreSql;

namespace RelationshipKit.Idic.PostgreSql;

/// <summary>Represents the settings of the PostgreSQL IDIC stores.</summary>
/// <remarks>Mutable and not thread-safe; a store checks and copies the values when it is created.</remarks>
[Mutable]
public sealed class PostgreSqlIdicStoreOptions
{
    /// <summary>Gets or sets the Npgsql connection string; the store then owns its data source.</summary>
    /// <value>The default is null. Set this or <see cref="DataSource"/>, not both.</value>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets a data source the application manages (the store neither builds nor disposes one). It must map NodaTime
    /// types: build it with <c>NpgsqlDataSourceBuilder.UseNodaTime()</c>.</summary>
    /// <value>The default is null. Set this or <see cref="ConnectionString"/>, not both.</value>
    public NpgsqlDataSource? DataSource { get; set; }

    /// <summary>Gets or sets the schema that holds the tables: a lower-case identifier.</summary>
    /// <value>The default is <c>public</c>.</value>
    public string Schema { get; set; } = PostgreSqlSchemaName.Default;

    /// <summary>Gets or sets a value indicating whether the store runs <see cref="PostgreSqlIdicSchema.MigrateAsync"/> on first use.</summary>
    /// <value>The default is true. Set it to false when the tables are created at deployment (<see cref="PostgreSqlIdicSchema.Script"/>).</value>
    public bool CreateSchema { get; set; } = true;

    /// <summary>Returns a checked copy; the parameter name in messages is <c>options</c>.</summary>
    internal PostgreSqlIdicStoreOptions Validated()
    {
        if ((ConnectionString is null) == (DataSource is null) || (ConnectionString is not null && string.IsNullOrWhiteSpace(ConnectionString)))
        {
            throw new ArgumentException(
                $"Exactly one of ConnectionString and DataSource must be set; were {(ConnectionString is null ? "null" : "\"" + ConnectionString + "\"")} and {(DataSource is null ? "null" : "a data source")}.",
                "options");
        }

        return new PostgreSqlIdicStoreOptions
        {
            ConnectionString = ConnectionString,
            DataSource = DataSource,
            Schema = PostgreSqlSchemaName.Check(Schema, "options", nameof(Schema)),
            CreateSchema = CreateSchema,
        };
    }
}
