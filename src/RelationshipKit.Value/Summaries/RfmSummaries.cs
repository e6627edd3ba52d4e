using NodaTime;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Summaries;

/// <summary>
/// Represents a transaction log summarised per customer (<see cref="CustomerSummary"/>), with the settings that
/// produced it and the number of customers left out because they first bought after the (calibration) end.
/// </summary>
/// <remarks>
/// <para>Customers are listed in the order they first appeared in the log (after a
/// <see cref="RfmSummaryAccumulator.Merge(RfmSummaryAccumulator)"/>: the receiving accumulator's customers first, then
/// the new ones of the merged accumulator).</para>
/// <para><see cref="ToRfmTable(bool)"/> gives the calibration statistics to fit models on; call
/// <see cref="RfmTable.Collapse"/> on it to merge identical rows into weights (models do so when they fit).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class RfmSummaries
{
    private readonly CustomerSummary[] _customers;

    internal RfmSummaries(
        CustomerSummary[] customers,
        TimeUnit timeUnit,
        CollapsePeriod collapse,
        IsoDayOfWeek firstDayOfWeek,
        LocalDate observationEnd,
        LocalDate? calibrationEnd,
        double? durationHoldout,
        bool hasMonetaryValue,
        int excludedInHoldout,
        int excludedAfterObservationEnd)
    {
        _customers = customers;
        TimeUnit = timeUnit;
        Collapse = collapse;
        FirstDayOfWeek = firstDayOfWeek;
        ObservationEnd = observationEnd;
        CalibrationEnd = calibrationEnd;
        DurationHoldout = durationHoldout;
        HasMonetaryValue = hasMonetaryValue;
        ExcludedInHoldout = excludedInHoldout;
        ExcludedAfterObservationEnd = excludedAfterObservationEnd;
    }

    /// <summary>Gets the customers' summaries, in order of first appearance.</summary>
    public IReadOnlyList<CustomerSummary> Customers => _customers;

    /// <summary>Gets the unit of recency, T and the holdout duration.</summary>
    public TimeUnit TimeUnit { get; }

    /// <summary>Gets the period within which purchases counted as one.</summary>
    public CollapsePeriod Collapse { get; }

    /// <summary>Gets the day weeks started on (used with <see cref="CollapsePeriod.Week"/>).</summary>
    public IsoDayOfWeek FirstDayOfWeek { get; }

    /// <summary>Gets the last day observed (inclusive).</summary>
    public LocalDate ObservationEnd { get; }

    /// <summary>Gets the last day of the calibration period (inclusive), or <see langword="null"/> without a holdout.</summary>
    public LocalDate? CalibrationEnd { get; }

    /// <summary>Gets a value indicating whether the log was split into calibration and holdout.</summary>
    public bool HasHoldout => CalibrationEnd.HasValue;

    /// <summary>Gets the holdout's length in <see cref="TimeUnit"/> (from the calibration end's period to the observation end's), or <see langword="null"/> without a holdout.</summary>
    public double? DurationHoldout { get; }

    /// <summary>Gets a value indicating whether the summaries have monetary values (the log had amounts).</summary>
    public bool HasMonetaryValue { get; }

    /// <summary>Gets the number of customers left out because their first purchase is in the holdout (after the calibration end, up to the observation end).</summary>
    public int ExcludedInHoldout { get; }

    /// <summary>Gets the number of customers left out because their first purchase is after the observation end.</summary>
    public int ExcludedAfterObservationEnd { get; }

    /// <summary>Summarises a sequence of transactions.</summary>
    /// <param name="transactions">The transactions, in any order.</param>
    /// <param name="options">The conventions; <see langword="null"/> for the defaults.</param>
    /// <returns>The summaries.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="transactions"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a transaction is the <c>default</c> value, when some transactions have amounts and others not, or when <paramref name="options"/> is invalid.</exception>
    /// <exception cref="InvalidOperationException">Thrown when there are no transactions and no <see cref="SummaryOptions.ObservationEnd"/>.</exception>
    public static RfmSummaries FromTransactions(IEnumerable<Transaction> transactions, SummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        options?.Validate(nameof(options));
        var accumulator = new RfmSummaryAccumulator();
        accumulator.AddRange(transactions);
        return accumulator.ToSummaries(options);
    }

    /// <summary>Summarises an asynchronous sequence of transactions.</summary>
    /// <param name="transactions">The transactions, in any order.</param>
    /// <param name="options">The conventions; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the summarising.</param>
    /// <returns>The summaries.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="transactions"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a transaction is the <c>default</c> value, when some transactions have amounts and others not, or when <paramref name="options"/> is invalid.</exception>
    /// <exception cref="InvalidOperationException">Thrown when there are no transactions and no <see cref="SummaryOptions.ObservationEnd"/>.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public static async Task<RfmSummaries> FromTransactionsAsync(IAsyncEnumerable<Transaction> transactions, SummaryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        options?.Validate(nameof(options));
        var accumulator = new RfmSummaryAccumulator();
        await accumulator.AddRangeAsync(transactions, cancellationToken).ConfigureAwait(false);
        return accumulator.ToSummaries(options);
    }

    /// <summary>Returns the calibration statistics (frequency, recency, T and, when present, monetary value) as a table with one row per customer, in <see cref="Customers"/> order.</summary>
    /// <param name="includeMonetaryValue"><see langword="true"/> to include the monetary-value column when the summaries have one; <see langword="false"/> for frequency, recency and T only (so that <see cref="RfmTable.Collapse"/> merges on those three).</param>
    /// <returns>The table, in <see cref="TimeUnit"/>, every weight 1.</returns>
    public RfmTable ToRfmTable(bool includeMonetaryValue = true)
    {
        var n = _customers.Length;
        var frequency = new double[n];
        var recency = new double[n];
        var t = new double[n];
        var withMoney = includeMonetaryValue && HasMonetaryValue;
        var monetary = withMoney ? new double[n] : [];
        for (var i = 0; i < n; i++)
        {
            ref readonly var customer = ref _customers[i];
            frequency[i] = customer.Frequency;
            recency[i] = customer.Recency;
            t[i] = customer.T;
            if (withMoney)
            {
                monetary[i] = customer.MonetaryValue.GetValueOrDefault();
            }
        }

        return RfmTable.Create(frequency, recency, t, TimeUnit, default, monetary);
    }
}
