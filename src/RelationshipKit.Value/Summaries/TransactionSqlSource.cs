namespace RelationshipKit.Value.Summaries;

/// <summary>
/// Represents where a SQL engine finds the transaction log: a relation (a table, a view, a table function such as
/// DuckDB's <c>read_parquet('logs/*.parquet')</c>, or a parenthesised query) and the names of its customer, date and
/// (optionally) amount columns.
/// </summary>
/// <remarks>
/// <para>The relation is SQL text written into the query as it is: it comes from the application, never from an end
/// user. Column names are quoted as identifiers (any name works). The date column may be a date or a timestamp (the
/// time of day is dropped); the customer column any type that casts to text; the amount column any number (it is
/// summed as an exact decimal).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class TransactionSqlSource
{
    /// <summary>Initializes a new <see cref="TransactionSqlSource"/>.</summary>
    /// <param name="relation">The relation: a table or view name, a table function call, or a query in parentheses.</param>
    /// <param name="customerColumn">The customer id column.</param>
    /// <param name="dateColumn">The purchase date column.</param>
    /// <param name="amountColumn">The amount column, or <see langword="null"/> for a log without amounts (no monetary value).</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="relation"/>, <paramref name="customerColumn"/> or <paramref name="dateColumn"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a name is empty or only white space.</exception>
    public TransactionSqlSource(string relation, string customerColumn = "customer_id", string dateColumn = "date", string? amountColumn = null)
    {
        Relation = NotBlank(relation, nameof(relation));
        CustomerColumn = NotBlank(customerColumn, nameof(customerColumn));
        DateColumn = NotBlank(dateColumn, nameof(dateColumn));
        AmountColumn = amountColumn is null ? null : NotBlank(amountColumn, nameof(amountColumn));
    }

    /// <summary>Gets the relation's SQL text.</summary>
    public string Relation { get; }

    /// <summary>Gets the customer id column's name.</summary>
    public string CustomerColumn { get; }

    /// <summary>Gets the date column's name.</summary>
    public string DateColumn { get; }

    /// <summary>Gets the amount column's name, or <see langword="null"/> when the log has no amounts.</summary>
    public string? AmountColumn { get; }

    /// <summary>Gets a value indicating whether the log has amounts.</summary>
    public bool HasAmounts => AmountColumn is not null;

    private static string NotBlank(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{paramName} must not be empty; was \"{value}\".", paramName) : value;
    }
}
