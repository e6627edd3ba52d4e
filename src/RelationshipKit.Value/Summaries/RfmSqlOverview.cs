using NodaTime;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Summaries;

/// <summary>
/// Represents what <see cref="RfmSummarySql.OverviewQuery"/> found in a transaction log: the number of rows, the rows
/// without a customer id or a date, the first and last purchase, the observation and calibration ends in force, and
/// the customers left out of the summary (first purchase in the holdout, or after the observation end).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class RfmSqlOverview
{
    internal RfmSqlOverview(long transactionCount, long incompleteRows, int? firstDay, int? lastDay, int? observationEnd, int? calibrationEnd, int excludedInHoldout, int excludedAfterObservationEnd)
    {
        TransactionCount = transactionCount;
        IncompleteRowCount = incompleteRows;
        FirstPurchase = firstDay is { } first ? DayNumber.ToLocalDate(first) : null;
        LastPurchase = lastDay is { } last ? DayNumber.ToLocalDate(last) : null;
        ObservationEnd = observationEnd is { } end ? DayNumber.ToLocalDate(end) : null;
        CalibrationEnd = calibrationEnd is { } calibration ? DayNumber.ToLocalDate(calibration) : null;
        ExcludedInHoldout = excludedInHoldout;
        ExcludedAfterObservationEnd = excludedAfterObservationEnd;
    }

    /// <summary>Gets the number of rows (transactions) in the relation, incomplete ones included.</summary>
    public long TransactionCount { get; }

    /// <summary>Gets the number of rows without a customer id or without a date (the summary query leaves them out).</summary>
    public long IncompleteRowCount { get; }

    /// <summary>Gets the date of the earliest purchase, or <see langword="null"/> when the log has no complete row.</summary>
    public LocalDate? FirstPurchase { get; }

    /// <summary>Gets the date of the latest purchase, or <see langword="null"/> when the log has no complete row.</summary>
    public LocalDate? LastPurchase { get; }

    /// <summary>Gets the observation end in force: the one set in the options, else the last purchase.</summary>
    public LocalDate? ObservationEnd { get; }

    /// <summary>Gets the calibration end set in the options, or <see langword="null"/> without a holdout.</summary>
    public LocalDate? CalibrationEnd { get; }

    /// <summary>Gets the number of customers whose first purchase falls in the holdout period (not summarised).</summary>
    public int ExcludedInHoldout { get; }

    /// <summary>Gets the number of customers whose first purchase is after the observation end (not summarised).</summary>
    public int ExcludedAfterObservationEnd { get; }
}
