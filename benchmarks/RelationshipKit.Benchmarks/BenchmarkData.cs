using System.Globalization;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Benchmarks;

/// <summary>The data the BTYD benchmarks share: the CDNOW summaries from the test data, and a seeded synthetic million.</summary>
internal static class BenchmarkData
{
    /// <summary>Gets the published CDNOW BG/NBD model (Fader, Hardie &amp; Lee 2005) used to simulate the synthetic data.</summary>
    public static BgNbdModel CdnowModel { get; } = new(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), TimeUnit.Week);

    /// <summary>Reads a CSV of the test data (header, then ID and numeric columns), column by column.</summary>
    public static double[][] ReadColumns(string file, int columns)
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "RelationshipKit.Value.Tests", "TestData", file);
        var rows = File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        var result = new double[columns][];
        for (var c = 0; c < columns; c++)
        {
            result[c] = rows.Select(r => double.Parse(r[c + 1], CultureInfo.InvariantCulture)).ToArray();
        }

        return result;
    }

    /// <summary>Loads cdnow_customers_summary.csv (2,357 customers, weeks).</summary>
    public static RfmTable Cdnow()
    {
        var c = ReadColumns("cdnow_customers_summary.csv", 3);
        return RfmTable.Create(c[0], c[1], c[2], TimeUnit.Week);
    }

    /// <summary>Loads cdnow_customers_summary_with_transactions.csv with zbar as the monetary value.</summary>
    public static RfmTable CdnowWithSpend()
    {
        var c = ReadColumns("cdnow_customers_summary_with_transactions.csv", 4);
        return RfmTable.Create(c[0], c[1], c[2], TimeUnit.Week, default, c[3]);
    }

    /// <summary>Simulates 1,000,000 customers from the CDNOW model with T uniform in (27, 39) weeks (continuous recency, seed 42).</summary>
    public static RfmTable Million()
    {
        var random = new Random(42);
        var t = new double[1_000_000];
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = 27 + (12 * random.NextDouble());
        }

        return CdnowModel.SimulateSummaries(t, random);
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "RelationshipKit.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: RelationshipKit.sln was not found above " + AppContext.BaseDirectory);
    }
}
