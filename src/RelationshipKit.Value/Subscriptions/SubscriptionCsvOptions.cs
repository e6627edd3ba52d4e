using System.Globalization;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Subscriptions;

/// <summary>Represents how to read a subscription log: its columns, delimiter, date format and culture. A mutable bag, validated when a reader is created.</summary>
/// <remarks>
/// <para>The defaults read a comma-separated file with a header naming <c>customer_id</c>, <c>start</c> and
/// <c>end</c>, ISO 8601 dates, and an empty <c>end</c> for a subscription still active. A reader copies the settings
/// when it is created.</para>
/// </remarks>
[Mutable]
public sealed class SubscriptionCsvOptions
{
    /// <summary>Gets or sets a value indicating whether the first non-blank line is a header naming the columns.</summary>
    /// <value><see langword="true"/>.</value>
    public bool HasHeader { get; set; } = true;

    /// <summary>Gets or sets the column that holds the customer id.</summary>
    /// <value>The header column <c>customer_id</c>.</value>
    public CsvColumn CustomerColumn { get; set; } = CsvColumn.Named("customer_id");

    /// <summary>Gets or sets the column that holds the first day of the subscription.</summary>
    /// <value>The header column <c>start</c>.</value>
    public CsvColumn StartColumn { get; set; } = CsvColumn.Named("start");

    /// <summary>Gets or sets the column that holds the day the subscription ended; an empty field is a subscription still active.</summary>
    /// <value>The header column <c>end</c>.</value>
    public CsvColumn EndColumn { get; set; } = CsvColumn.Named("end");

    /// <summary>Gets or sets how fields are separated.</summary>
    /// <value><see cref="CsvDelimiter.Comma"/>.</value>
    public CsvDelimiter Delimiter { get; set; } = CsvDelimiter.Comma;

    /// <summary>Gets or sets the date pattern (NodaTime pattern syntax), or <see langword="null"/> for ISO 8601.</summary>
    /// <value><see langword="null"/>: ISO 8601 (<c>2025-12-31</c> or <c>20251231</c>, a time of day ignored).</value>
    public string? DateFormat { get; set; }

    /// <summary>Gets or sets the culture that reads culture-specific dates.</summary>
    /// <value><see cref="CultureInfo.InvariantCulture"/>.</value>
    public CultureInfo Culture { get; set; } = CultureInfo.InvariantCulture;

    /// <summary>Throws when a setting is invalid; the parameter name is <paramref name="paramName"/> and the message names the property.</summary>
    /// <param name="paramName">The name of the options argument at the public entry point.</param>
    internal void Validate(string paramName)
    {
        if (!Enum.IsDefined(Delimiter))
        {
            throw new ArgumentOutOfRangeException(paramName, Delimiter, $"Delimiter must be Comma, Semicolon, Tab or Whitespace; was {(int)Delimiter}.");
        }

        if (Delimiter == CsvDelimiter.Whitespace)
        {
            throw new ArgumentException("Delimiter must be Comma, Semicolon or Tab: an empty end date cannot be told apart in a file split on white space.", paramName);
        }

        if (Culture is null)
        {
            throw new ArgumentException("Culture must not be null; use CultureInfo.InvariantCulture for the default.", paramName);
        }

        CsvColumn.Validate(CustomerColumn, HasHeader, nameof(CustomerColumn), paramName);
        CsvColumn.Validate(StartColumn, HasHeader, nameof(StartColumn), paramName);
        CsvColumn.Validate(EndColumn, HasHeader, nameof(EndColumn), paramName);
        if (CustomerColumn == StartColumn || CustomerColumn == EndColumn || StartColumn == EndColumn)
        {
            throw new ArgumentException($"CustomerColumn, StartColumn and EndColumn must be different columns; were {CustomerColumn}, {StartColumn} and {EndColumn}.", paramName);
        }

        if (DateFormat is not null)
        {
            _ = DatePattern.Create(DateFormat, Culture, paramName);
        }
    }
}
