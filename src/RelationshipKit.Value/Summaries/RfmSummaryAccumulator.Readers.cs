using System.Runtime.CompilerServices;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Summaries;

// RfmSummaryAccumulator, one part: the two reader loops: a TransactionCsvReader streamed into the store without a string per line, synchronously or asynchronously.
public sealed partial class RfmSummaryAccumulator
{
    /// <summary>Adds every remaining transaction of a reader, streaming: the transactions are never held in memory.</summary>
    /// <param name="reader">The reader; it is read to the end but not disposed.</param>
    /// <param name="progress">Receives the reader's progress every 65,536 transactions and at the end; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the reading; the transactions read before stay added.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the reader's transactions have amounts and this accumulator's do not, or the reverse.</exception>
    /// <exception cref="CsvFormatException">Thrown when a line is malformed; the transactions before it stay added.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public void AddRange(TransactionCsvReader reader, IProgress<TransactionReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        CheckAmountMode(reader.HasAmounts, nameof(reader));
        var sinceProgress = 0;
        var sinceCancellation = 0;
        while (reader.TryReadRecord())
        {
            AddCurrent(reader, progress, ref sinceProgress, ref sinceCancellation, cancellationToken);
        }

        progress?.Report(reader.Progress);
    }

    /// <summary>Adds every remaining transaction of a reader asynchronously, streaming: the transactions are never held in memory.</summary>
    /// <param name="reader">The reader; it is read to the end but not disposed.</param>
    /// <param name="progress">Receives the reader's progress every 65,536 transactions and at the end; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the reading; the transactions read before stay added.</param>
    /// <returns>A task that completes at the end of the input.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the reader's transactions have amounts and this accumulator's do not, or the reverse.</exception>
    /// <exception cref="CsvFormatException">Thrown when a line is malformed; the transactions before it stay added.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task AddRangeAsync(TransactionCsvReader reader, IProgress<TransactionReadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        CheckAmountMode(reader.HasAmounts, nameof(reader));
        var sinceProgress = 0;
        var sinceCancellation = 0;
        while (await reader.TryReadRecordAsync(cancellationToken).ConfigureAwait(false))
        {
            AddCurrent(reader, progress, ref sinceProgress, ref sinceCancellation, cancellationToken);
        }

        progress?.Report(reader.Progress);
    }

    /// <summary>Adds the reader's current record; every <see cref="CancellationInterval"/> records checks for cancellation and every <see cref="ProgressInterval"/> reports progress (both loops of <c>AddRange</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddCurrent(TransactionCsvReader reader, IProgress<TransactionReadProgress>? progress, ref int sinceProgress, ref int sinceCancellation, CancellationToken cancellationToken)
    {
        AddCore(reader.CurrentCustomerId, reader.CurrentDayNumber, reader.CurrentAmount);
        if (++sinceCancellation == CancellationInterval)
        {
            sinceCancellation = 0;
            cancellationToken.ThrowIfCancellationRequested();
        }

        if (progress is not null && ++sinceProgress == ProgressInterval)
        {
            sinceProgress = 0;
            progress.Report(reader.Progress);
        }
    }
}
