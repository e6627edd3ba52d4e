using System.Globalization;
using System.Text;
using RelationshipKit.Csv;

namespace RelationshipKit.Value.Summaries;

/// <summary>
/// Represents a writer of customer summaries as CSV, in the columns <see cref="SummaryCsvReader"/> reads back and
/// lifetimes and pandas use: <c>id,frequency,recency,T</c>, then <c>monetary_value</c>, <c>weights</c> and the
/// holdout columns when the summaries have them, and last <c>time_unit</c>, the unit of recency, T and the holdout
/// duration on every row.
/// </summary>
/// <remarks>
/// <para>The unit travels with the data: <see cref="SummaryCsvReader"/> takes it from the <c>time_unit</c> column, so
/// a file written in days is never read as weeks. An extra column is what pandas' <c>read_csv</c> and R's
/// <c>read.csv</c> read with no options, and what lifetimes ignores (it takes the columns it is given).</para>
/// <para>Numbers are written as the shortest invariant text that reads back to the same <see cref="double"/>; lines
/// end with LF; ids are quoted when they hold a comma, a quote or a line break. Rows are written one at a time, so a
/// million customers never exist as one string.</para>
/// <para>This type is not thread-safe. Dispose it to flush and release the underlying writer or file.</para>
/// </remarks>
[Mutable]
public sealed class SummaryCsvWriter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly bool _leaveOpen;
    private readonly StringBuilder _line = new(256);
    private readonly char[] _number = new char[32];

    /// <summary>Initializes a new <see cref="SummaryCsvWriter"/> over text.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="leaveOpen"><see langword="true"/> to leave <paramref name="writer"/> open when this writer is disposed (standard output, for example).</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="writer"/> is null.</exception>
    public SummaryCsvWriter(TextWriter writer, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Initializes a new <see cref="SummaryCsvWriter"/> over a stream, written as UTF-8 without a byte-order mark; the stream is disposed with the writer.</summary>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="stream"/> is null.</exception>
    public SummaryCsvWriter(Stream stream)
        : this(new StreamWriter(stream ?? throw new ArgumentNullException(nameof(stream)), new UTF8Encoding(false), 64 * 1024) { NewLine = "\n" })
    {
    }

    /// <summary>Creates (or replaces) a file and opens it for writing.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The writer, which owns the file until disposed.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">Thrown when the file cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">Thrown when the file may not be written.</exception>
    public static SummaryCsvWriter Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.SequentialScan);
        try
        {
            return new SummaryCsvWriter(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes summaries of a transaction log: <c>id,frequency,recency,T[,monetary_value]</c> and, with a holdout,
    /// <c>frequency_holdout[,monetary_value_holdout],duration_holdout</c>.
    /// </summary>
    /// <param name="summaries">The summaries.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="summaries"/> is null.</exception>
    public void Write(RfmSummaries summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        _writer.Write("id,frequency,recency,T");
        if (summaries.HasMonetaryValue)
        {
            _writer.Write(",monetary_value");
        }

        if (summaries.HasHoldout)
        {
            _writer.Write(summaries.HasMonetaryValue ? ",frequency_holdout,monetary_value_holdout,duration_holdout" : ",frequency_holdout,duration_holdout");
        }

        _writer.Write(",time_unit\n");
        var unit = "," + UnitText(summaries.TimeUnit);
        var duration = summaries.DurationHoldout.GetValueOrDefault();
        foreach (var customer in summaries.Customers)
        {
            _line.Clear();
            CsvTokenizer.AppendField(_line, customer.Id.Value);
            Append(customer.Frequency);
            Append(customer.Recency);
            Append(customer.T);
            if (customer.MonetaryValue is { } monetary)
            {
                Append(monetary);
            }

            if (customer.FrequencyHoldout is { } holdout)
            {
                Append(holdout);
                if (customer.MonetaryValueHoldout is { } monetaryHoldout)
                {
                    Append(monetaryHoldout);
                }

                Append(duration);
            }

            _line.Append(unit);
            EndLine();
        }

        _writer.Flush();
    }

    /// <summary>
    /// Writes summaries read from a file, in the columns they were read with: <c>id</c> when they have ids,
    /// <c>frequency,recency,T</c> (<c>periods</c> for a discrete-time table), <c>monetary_value</c>, <c>weights</c>
    /// and the holdout columns when they have them.
    /// </summary>
    /// <param name="summaries">The summaries.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="summaries"/> is null.</exception>
    public void Write(SummaryTable summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var table = summaries.Table;
        var header = new List<string>();
        if (summaries.HasCustomerIds)
        {
            header.Add("id");
        }

        header.AddRange(["frequency", "recency", table.TimeUnit == TimeUnit.Period ? "periods" : "T"]);
        if (table.HasMonetaryValue)
        {
            header.Add("monetary_value");
        }

        if (summaries.HasWeights)
        {
            header.Add("weights");
        }

        var holdout = summaries.HasHoldout;
        var monetaryHoldout = !summaries.MonetaryValueHoldout.IsEmpty;
        if (holdout)
        {
            header.Add("frequency_holdout");
            if (monetaryHoldout)
            {
                header.Add("monetary_value_holdout");
            }

            header.Add("duration_holdout");
        }

        header.Add("time_unit");
        _writer.Write(string.Join(',', header));
        _writer.Write('\n');
        var unit = "," + UnitText(table.TimeUnit);
        for (var i = 0; i < table.Count; i++)
        {
            _line.Clear();
            if (summaries.HasCustomerIds)
            {
                CsvTokenizer.AppendField(_line, summaries.CustomerIds[i].Value);
                _line.Append(',');
            }

            AppendFirst(table.Frequency[i]);
            Append(table.Recency[i]);
            Append(table.T[i]);
            if (table.HasMonetaryValue)
            {
                Append(table.MonetaryValue[i]);
            }

            if (summaries.HasWeights)
            {
                Append(table.Weight[i]);
            }

            if (holdout)
            {
                Append(summaries.FrequencyHoldout[i]);
                if (monetaryHoldout)
                {
                    Append(summaries.MonetaryValueHoldout[i]);
                }

                Append(summaries.DurationHoldout.GetValueOrDefault());
            }

            _line.Append(unit);
            EndLine();
        }

        _writer.Flush();
    }

    /// <summary>Flushes and releases the underlying writer or file (unless it was to be left open).</summary>
    public void Dispose()
    {
        if (_leaveOpen)
        {
            _writer.Flush();
        }
        else
        {
            _writer.Dispose();
        }
    }

    /// <summary>The unit as the column writes it: <c>day</c>, <c>week</c>, <c>N days</c> or <c>period</c> (no comma, never quoted).</summary>
    private static string UnitText(TimeUnit unit) => unit.Name;

    private void Append(double value)
    {
        _line.Append(',');
        AppendFirst(value);
    }

    private void AppendFirst(double value)
    {
        // Shortest round-trip text ("R" semantics), formatted without allocating.
        value.TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
        _line.Append(_number, 0, written);
    }

    private void EndLine()
    {
        _line.Append('\n');
        foreach (var chunk in _line.GetChunks())
        {
            _writer.Write(chunk.Span);
        }
    }
}
