using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using RelationshipKit.Value;
using RelationshipKit.Value.Summaries;
using Sylvan.Data.Csv;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// A customer-summary file to an <see cref="RfmTable"/>: the seeded 1,000,000-customer file of
/// <see cref="SummaryFileGenerator"/> (id, frequency, recency, T, monetary value, unit; 17-digit numbers), already in
/// memory as UTF-8. The baseline is Sylvan.Data.Csv 1.4.4 with the BCL's number parsing; <c>SummaryCsvReader</c> is the
/// library's reader (shared tokenizer, correctly rounded fast number parsing, every row checked, repeated ids rejected).
/// </summary>
[MemoryDiagnoser]
public class SummaryReaderBenchmarks
{
    private byte[] _file = [];

    /// <summary>Gets or sets the number of customers in the file.</summary>
    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _file = SummaryFileGenerator.Bytes(Rows);

    /// <summary>Sylvan.Data.Csv splitting, <c>double.Parse</c> per field, the ids kept, then <see cref="RfmTable.Create"/>.</summary>
    [Benchmark(Baseline = true)]
    public int Sylvan()
    {
        using var text = new StreamReader(new MemoryStream(_file), Encoding.UTF8);
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        var ids = new List<string>();
        var x = new List<double>();
        var tx = new List<double>();
        var t = new List<double>();
        var m = new List<double>();
        while (csv.Read())
        {
            ids.Add(csv.GetString(0));
            x.Add(double.Parse(csv.GetFieldSpan(1), NumberStyles.Float, CultureInfo.InvariantCulture));
            tx.Add(double.Parse(csv.GetFieldSpan(2), NumberStyles.Float, CultureInfo.InvariantCulture));
            t.Add(double.Parse(csv.GetFieldSpan(3), NumberStyles.Float, CultureInfo.InvariantCulture));
            m.Add(double.Parse(csv.GetFieldSpan(4), NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return RfmTable.Create(x.ToArray(), tx.ToArray(), t.ToArray(), TimeUnit.Week, default, m.ToArray()).Count + ids.Count;
    }

    /// <summary>The library's <see cref="SummaryCsvReader"/>.</summary>
    [Benchmark]
    public int SummaryCsvReader()
    {
        using var reader = new SummaryCsvReader(new MemoryStream(_file));
        return reader.ReadAll().Count;
    }
}
