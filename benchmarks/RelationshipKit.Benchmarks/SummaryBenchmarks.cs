using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using RelationshipKit.Value;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;
using Sylvan.Data.Csv;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// Transaction logs to per-customer summaries on CDNOW master × 15 (1,044,885 transactions, 353,550 customers; the
/// copies get distinct ids), day collapse, weeks, with amounts: the case timed for lifetimes'
/// <c>summary_data_from_transaction_data</c> in docs/benchmarks.md. The baseline is a plain LINQ group-by; the
/// <c>Parse_*</c> pair compares the hand-written reader with Sylvan.Data.Csv 1.4.4 producing the same transactions.
/// </summary>
/// <remarks>Needs <c>../shared/datasets/CDNOW_master.txt</c> beside the repository, or its folder in the
/// <c>RELATIONSHIPKIT_DATASETS</c> environment variable.</remarks>
[MemoryDiagnoser]
public class SummaryBenchmarks
{
    private const int Copies = 15;

    private static readonly SummaryOptions Weekly = new() { TimeUnit = TimeUnit.Week };
    private static readonly TransactionCsvOptions CommaOptions = new() { AmountColumn = CsvColumn.Named("amount") };
    private static readonly TransactionCsvOptions WhitespaceOptions = new() { Delimiter = CsvDelimiter.Whitespace, AmountColumn = CsvColumn.Named("dollar_value") };

    private Transaction[] _transactions = [];
    private byte[] _commaSeparated = [];
    private byte[] _whitespaceSeparated = [];

    [GlobalSetup]
    public void Setup()
    {
        var lines = File.ReadAllLines(DatasetPath("CDNOW_master.txt")).Skip(1).Where(l => l.Trim().Length > 0).ToArray();
        var comma = new StringBuilder("customer_id,date,amount\n");
        var whitespace = new StringBuilder(" customer_id  date number_of_cds  dollar_value\r\n");
        for (var copy = 0; copy < Copies; copy++)
        {
            foreach (var line in lines)
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var id = copy.ToString("00", CultureInfo.InvariantCulture) + fields[0];
                comma.Append(id).Append(',').Append(fields[1]).Append(',').Append(fields[3]).Append('\n');
                whitespace.Append(' ').Append(id).Append(' ').Append(fields[1]).Append("  ").Append(fields[2]).Append("   ").Append(fields[3]).Append("\r\n");
            }
        }

        _commaSeparated = Encoding.UTF8.GetBytes(comma.ToString());
        _whitespaceSeparated = Encoding.UTF8.GetBytes(whitespace.ToString());
        using var reader = new TransactionCsvReader(new MemoryStream(_commaSeparated), CommaOptions);
        _transactions = [.. reader.ReadAll()];
        if (_transactions.Length != lines.Length * Copies)
        {
            throw new InvalidOperationException($"Expected {lines.Length * Copies} transactions; read {_transactions.Length}.");
        }
    }

    /// <summary>A plain LINQ summary over in-memory transactions: group by customer, then by day, then compute x, t_x, T and m.</summary>
    [Benchmark(Baseline = true)]
    public int Linq_InMemory()
    {
        var end = _transactions.Max(t => t.Date);
        return _transactions
            .GroupBy(t => t.CustomerId)
            .Select(customer =>
            {
                var days = customer.GroupBy(t => t.Date).Select(d => (Date: d.Key, Total: d.Sum(t => t.Amount!.Value))).OrderBy(d => d.Date).ToList();
                var x = days.Count - 1;
                var first = days[0].Date;
                var recency = Period.DaysBetween(first, days[^1].Date) / 7.0;
                var t = Period.DaysBetween(first, end) / 7.0;
                var m = x == 0 ? 0 : (double)(days.Skip(1).Sum(d => d.Total) / x);
                return (customer.Key, x, recency, t, m);
            })
            .Count();
    }

    /// <summary>The accumulator over the same in-memory transactions.</summary>
    [Benchmark]
    public int Accumulator_InMemory() => RfmSummaries.FromTransactions(_transactions, Weekly).Customers.Count;

    /// <summary>The whole path from comma-separated text (already in memory as UTF-8 bytes) to summaries.</summary>
    [Benchmark]
    public int Summarize_CommaCsv() => SummariseText(_commaSeparated, CommaOptions);

    /// <summary>The whole path from the CDNOW master layout (runs of white space, CRLF) to summaries.</summary>
    [Benchmark]
    public int Summarize_WhitespaceCsv() => SummariseText(_whitespaceSeparated, WhitespaceOptions);

    /// <summary>The hand-written reader producing <see cref="Transaction"/> values from the comma-separated text.</summary>
    [Benchmark]
    public int Parse_RelationshipKit()
    {
        using var reader = new TransactionCsvReader(new MemoryStream(_commaSeparated), CommaOptions);
        var count = 0;
        while (reader.TryRead(out _))
        {
            count++;
        }

        return count;
    }

    /// <summary>Sylvan.Data.Csv producing the same <see cref="Transaction"/> values from the same text.</summary>
    [Benchmark]
    public int Parse_Sylvan()
    {
        using var text = new StreamReader(new MemoryStream(_commaSeparated), Encoding.UTF8);
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        var count = 0;
        while (csv.Read())
        {
            _ = SylvanTransaction(csv);
            count++;
        }

        return count;
    }

    /// <summary>Sylvan.Data.Csv feeding the accumulator through the public <see cref="Transaction"/> path.</summary>
    [Benchmark]
    public int Summarize_CommaCsv_Sylvan()
    {
        using var text = new StreamReader(new MemoryStream(_commaSeparated), Encoding.UTF8);
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        var accumulator = new RfmSummaryAccumulator();
        while (csv.Read())
        {
            accumulator.Add(SylvanTransaction(csv));
        }

        return accumulator.ToSummaries(Weekly).Customers.Count;
    }

    internal static string DatasetPath(string file)
    {
        var folder = Environment.GetEnvironmentVariable("RELATIONSHIPKIT_DATASETS");
        if (folder is null)
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RelationshipKit.sln")))
            {
                directory = directory.Parent;
            }

            folder = directory is null ? string.Empty : Path.Combine(directory.FullName, "..", "shared", "datasets");
        }

        var path = Path.Combine(folder, file);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{file} not found in {folder}; set RELATIONSHIPKIT_DATASETS to the folder of the shared datasets.", path);
    }

    private static int SummariseText(byte[] text, TransactionCsvOptions options)
    {
        using var reader = new TransactionCsvReader(new MemoryStream(text), options);
        var accumulator = new RfmSummaryAccumulator();
        accumulator.AddRange(reader);
        return accumulator.ToSummaries(Weekly).Customers.Count;
    }

    private static Transaction SylvanTransaction(CsvDataReader csv)
    {
        var id = new CustomerId(csv.GetString(0));
        var date = csv.GetFieldSpan(1);
        var day = new LocalDate(Digits(date[..4]), Digits(date.Slice(4, 2)), Digits(date.Slice(6, 2)));
        var amount = decimal.Parse(csv.GetFieldSpan(2), NumberStyles.Number, CultureInfo.InvariantCulture);
        return new Transaction(id, day, amount);
    }

    private static int Digits(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var c in text)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
