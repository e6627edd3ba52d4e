using Npgsql;
using RelationshipKit.PostgreSql;

namespace RelationshipKit.Lifecycle.PostgreSql;

/// <summary>Represents the settings of a <see cref="PostgreSqlLifecycleStore{TStage, TTrigger}"/>.</summary>
/// <remarks>Mutable and not thread-safe; the store checks and copies the values when it is created.</remarks>
[Mutable]
public sealed class PostgreSqlLifecycleStoreOptions
{
    /// <summary>Gets or sets the Npgsql connection string, for example <c>"Host=db;Database=crm;Username=app"</c>; the store then owns its data source.</summary>
    /// <value>The default is null. Set this or <see cref="DataSource"/>, not both.</value>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets a data source the application manages (the store neither builds nor disposes one). It must map NodaTime
    /// types: build it with <c>NpgsqlDataSourceBuilder.UseNodaTime()</c>.</summary>
    /// <value>The default is null. Set this or <see cref="ConnectionString"/>, not both.</value>
    public NpgsqlDataSource? DataSource { get; set; }

    /// <summary>Gets or sets the schema that holds the tables: a lower-case identifier.</summary>
    /// <value>The default is <c>public</c>.</value>
    public string Schema { get; set; } = PostgreSqlSchemaName.Default;

    /// <summary>Gets or sets a value indicating whether the store runs <see cref="PostgreSqlLifecycleSchema.MigrateAsync"/> on first use.</summary>
    /// <value>The default is true. Set it to false when the tables are created at deployment (<see cref="PostgreSqlLifecycleSchema.Script"/>).</value>
    public bool CreateSchema { get; set; } = true;

    /// <summary>Gets or sets how many times a write is run again after losing a race the server reported (a deadlock, or two
    /// writers creating the same customer at once); the retry reads the winner's data, so it ends as a conflict or a duplicate.</summary>
    /// <value>The default is 10. It must be at least 1.</value>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Gets or sets the test hook called after each statement of a write (with the count so far); null in production.</summary>
    internal Action<int>? AfterStatement { get; set; }

    /// <summary>Returns a checked copy; the parameter name in messages is <c>options</c>.</summary>
    internal PostgreSqlLifecycleStoreOptions Validated()
    {
        if ((ConnectionString is null) == (DataSource is null) || (ConnectionString is not null && string.IsNullOrWhiteSpace(ConnectionString)))
        {
            throw new ArgumentException(
                $"Exactly one of ConnectionString and DataSource must be set; were {(ConnectionString is null ? "null" : "\"" + ConnectionString + "\"")} and {(DataSource is null ? "null" : "a data source")}.",
                "options");
        }

        if (MaxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException("options", MaxAttempts, $"MaxAttempts must be at least 1; was {MaxAttempts}.");
        }

        return new PostgreSqlLifecycleStoreOptions
        {
            ConnectionString = ConnectionString,
            DataSource = DataSource,
            Schema = PostgreSqlSchemaName.Check(Schema, "options", nameof(Schema)),
            CreateSchema = CreateSchema,
            MaxAttempts = MaxAttempts,
            AfterStatement = AfterStatement,
        };
    }
}
