using System.Globalization;

namespace RelationshipKit.Value.Tests.Models;

/// <summary>Loads the CDNOW test files (Fader, Hardie &amp; Lee 2005; copied from lifetimes' datasets, see TestData/README.md).</summary>
internal static class CdnowData
{
    private static readonly Lazy<RfmTable> LazySummary = new(() => Load("cdnow_customers_summary.csv", withSpend: false));
    private static readonly Lazy<RfmTable> LazyWithSpend = new(() => Load("cdnow_customers_summary_with_transactions.csv", withSpend: true));

    /// <summary>Gets cdnow_customers_summary.csv: 2,357 customers, weeks.</summary>
    public static RfmTable Summary => LazySummary.Value;

    /// <summary>Gets cdnow_customers_summary_with_transactions.csv with zbar as the monetary value.</summary>
    public static RfmTable SummaryWithSpend => LazyWithSpend.Value;

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", file);

    private static RfmTable Load(string file, bool withSpend)
    {
        var lines = File.ReadAllLines(PathOf(file));
        var x = new List<double>();
        var tx = new List<double>();
        var t = new List<double>();
        var m = new List<double>();
        foreach (var line in lines.Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split(',');
            x.Add(double.Parse(cells[1], CultureInfo.InvariantCulture));
            tx.Add(double.Parse(cells[2], CultureInfo.InvariantCulture));
            t.Add(double.Parse(cells[3], CultureInfo.InvariantCulture));
            if (withSpend)
            {
                m.Add(double.Parse(cells[4], CultureInfo.InvariantCulture));
            }
        }

        return RfmTable.Create([.. x], [.. tx], [.. t], TimeUnit.Week, default, withSpend ? [.. m] : default);
    }
}
