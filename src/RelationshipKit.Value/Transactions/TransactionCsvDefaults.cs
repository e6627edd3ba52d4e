namespace RelationshipKit.Value.Transactions;

/// <summary>The defaults of <see cref="TransactionCsvOptions"/>.</summary>
internal static class TransactionCsvDefaults
{
    public const string CustomerColumn = "customer_id";
    public const string DateColumn = "date";
    public const bool HasHeader = true;
    public const CsvDelimiter Delimiter = CsvDelimiter.Comma;
}
