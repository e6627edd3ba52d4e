using System.Globalization;

namespace RelationshipKit.Value.Transactions;

/// <summary>Represents how to read a transaction file: its columns, delimiter, date format and culture. A mutable bag, validated when a reader is created.</summary>
/// <remarks>
/// <para>The defaults read a comma-separated file with a header line naming <c>customer_id</c> and <c>date</c>,
/// ISO 8601 dates and no amount column. <see cref="CdnowMaster"/> and <see cref="CdnowSample"/> create the options
/// that read the two CDNOW files of the buy-till-you-die literature as they are published.</para>
/// <para>A reader copies the settings it needs when it is created; changing the options afterwards does not
/// affect it.</para>
/// </remarks>
[Mutable]
public sealed class TransactionCsvOptions
{
    /// <summary>Gets or sets a value indicating whether the first non-blank line is a header naming the columns.</summary>
    /// <value><see langword="true"/>.</value>
    public bool HasHeader { get; set; } = TransactionCsvDefaults.HasHeader;

    /// <summary>Gets or sets the column that holds the customer id.</summary>
    /// <value>The header column <c>customer_id</c>.</value>
    public CsvColumn CustomerColumn { get; set; } = CsvColumn.Named(TransactionCsvDefaults.CustomerColumn);

    /// <summary>Gets or sets the column that holds the purchase date.</summary>
    /// <value>The header column <c>date</c>.</value>
    public CsvColumn DateColumn { get; set; } = CsvColumn.Named(TransactionCsvDefaults.DateColumn);

    /// <summary>Gets or sets the column that holds the amount spent, or <see langword="null"/> when the file has no amounts.</summary>
    /// <value><see langword="null"/>: no amounts, so summaries have no monetary value.</value>
    public CsvColumn? AmountColumn { get; set; }

    /// <summary>Gets or sets how fields are separated.</summary>
    /// <value><see cref="CsvDelimiter.Comma"/>.</value>
    public CsvDelimiter Delimiter { get; set; } = TransactionCsvDefaults.Delimiter;

    /// <summary>
    /// Gets or sets the date pattern (NodaTime pattern syntax, for example <c>yyyyMMdd</c>, <c>dd.MM.yyyy</c> or
    /// <c>yyyy-MM-dd HH:mm:ss</c>), or <see langword="null"/> for ISO 8601.
    /// </summary>
    /// <value>
    /// <see langword="null"/>: ISO 8601 dates, extended (<c>2025-12-31</c>) or basic (<c>20251231</c>), optionally
    /// followed by <c>T</c> or a space and a time of day, which is ignored; with a <see cref="Culture"/> other than
    /// the invariant culture, the culture's short date pattern is accepted too (<c>31.12.2025</c> for pl-PL).
    /// </value>
    public string? DateFormat { get; set; }

    /// <summary>Gets or sets the culture that reads amounts (decimal separator) and culture-specific dates.</summary>
    /// <value><see cref="CultureInfo.InvariantCulture"/>.</value>
    public CultureInfo Culture { get; set; } = CultureInfo.InvariantCulture;

    /// <summary>
    /// Creates options that read <c>CDNOW_master.txt</c> (Fader &amp; Hardie's CDNOW data set, 23,570 customers) as
    /// published: a header <c>customer_id date number_of_cds dollar_value</c>, columns separated by runs of spaces,
    /// dates as <c>yyyyMMdd</c>, the amount in <c>dollar_value</c>.
    /// </summary>
    /// <returns>A new options instance, which the caller may change.</returns>
    public static TransactionCsvOptions CdnowMaster() => new()
    {
        Delimiter = CsvDelimiter.Whitespace,
        CustomerColumn = CsvColumn.Named("customer_id"),
        DateColumn = CsvColumn.Named("date"),
        AmountColumn = CsvColumn.Named("dollar_value"),
        DateFormat = "yyyyMMdd",
    };

    /// <summary>
    /// Creates options that read <c>CDNOW_sample.txt</c> (the 1-in-10 sample, 2,357 customers, behind the published
    /// BG/NBD and Pareto/NBD figures) as published: no header, columns separated by runs of spaces (master id, sample
    /// id, date <c>yyyyMMdd</c>, number of CDs, dollars); the customer is the sample id in column 2, as in the
    /// published <c>cdnow_customers_summary.csv</c>, and the amount is column 5.
    /// </summary>
    /// <returns>A new options instance, which the caller may change.</returns>
    public static TransactionCsvOptions CdnowSample() => new()
    {
        HasHeader = false,
        Delimiter = CsvDelimiter.Whitespace,
        CustomerColumn = CsvColumn.At(2),
        DateColumn = CsvColumn.At(3),
        AmountColumn = CsvColumn.At(5),
        DateFormat = "yyyyMMdd",
    };

    /// <summary>Throws when a setting is invalid; the parameter name is <paramref name="paramName"/> and the message names the property.</summary>
    /// <param name="paramName">The name of the options argument at the public entry point.</param>
    internal void Validate(string paramName)
    {
        if (!Enum.IsDefined(Delimiter))
        {
            throw new ArgumentOutOfRangeException(paramName, Delimiter, $"Delimiter must be Comma, Semicolon, Tab or Whitespace; was {(int)Delimiter}.");
        }

        if (Culture is null)
        {
            throw new ArgumentException("Culture must not be null; use CultureInfo.InvariantCulture for the default.", paramName);
        }

        CsvColumn.Validate(CustomerColumn, HasHeader, nameof(CustomerColumn), paramName);
        CsvColumn.Validate(DateColumn, HasHeader, nameof(DateColumn), paramName);
        if (AmountColumn is { } amount)
        {
            CsvColumn.Validate(amount, HasHeader, nameof(AmountColumn), paramName);
        }

        if (CustomerColumn == DateColumn || (AmountColumn is { } a && (a == CustomerColumn || a == DateColumn)))
        {
            throw new ArgumentException($"CustomerColumn, DateColumn and AmountColumn must be different columns; were {CustomerColumn}, {DateColumn} and {(AmountColumn?.ToString() ?? "none")}.", paramName);
        }

        if (DateFormat is not null)
        {
            _ = DatePattern.Create(DateFormat, Culture, paramName);
        }
    }
}
