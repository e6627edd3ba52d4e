using System.Globalization;
using RelationshipKit.Value;
using RelationshipKit.Value.Models;
using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>
/// The CDNOW worked example of docs/value/bgnbd.md: the data (Fader, Hardie &amp; Lee 2005), the tracking and holdout
/// tables rebuilt from the fitted model, and the check that the page shows them verbatim.
/// </summary>
internal static class CdnowExample
{
    /// <summary>Weeks shown in the tracking table.</summary>
    public static readonly int[] TrackingWeeks = [4, 8, 12, 16, 20, 24, 28, 32, 36, 39, 44, 52, 60, 68, 78];

    private static readonly Lazy<BgNbdModel> LazyFit = new(() => BgNbdModel.Fit(Summary()).Model);

    public static BgNbdModel Fitted => LazyFit.Value;

    public static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", file);

    public static string Page(string name) => File.ReadAllText(Path.Combine(ReadmeTests.RepoRoot(), "docs", "value", name)).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Reads cdnow_customers_summary.csv (ID, frequency, recency, T in weeks) the way the page shows.</summary>
    public static RfmTable Summary(string file = "cdnow_customers_summary.csv")
    {
        var rows = File.ReadLines(DataPath(file)).Skip(1).Select(line => line.Split(',')).ToArray();
        double Cell(string[] row, int i) => double.Parse(row[i], CultureInfo.InvariantCulture);
        return RfmTable.Create(
            rows.Select(r => Cell(r, 1)).ToArray(),
            rows.Select(r => Cell(r, 2)).ToArray(),
            rows.Select(r => Cell(r, 3)).ToArray(),
            TimeUnit.Week,
            default,
            rows[0].Length > 4 ? rows.Select(r => Cell(r, 4)).ToArray() : default);
    }

    /// <summary>The tracking table rows: week, actual cumulative repeat purchases, BG/NBD expectation, error.</summary>
    public static IReadOnlyList<string> TrackingRows(PurchaseModel model)
    {
        var (first, _, weekly) = Transactions();
        var times = TrackingWeeks.Select(w => w == 39 ? 272.0 / 7 : w == 78 ? 545.0 / 7 : w).ToArray();
        var expected = new double[times.Length];
        CohortForecast.CumulativeRepeatPurchases(model, first, default, times, expected);
        var rows = new List<string>();
        for (var i = 0; i < TrackingWeeks.Length; i++)
        {
            var week = TrackingWeeks[i];
            var actual = weekly.Take(week).Sum();
            var label = week == 39 ? "39 (end of calibration)" : week == 78 ? "78 (end of holdout)" : week.ToString(CultureInfo.InvariantCulture);
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"| {label} | {actual:0} | {expected[i]:0.0} | {(expected[i] - actual) / actual * 100:+0.0;-0.0} % |"));
        }

        return rows;
    }

    /// <summary>The holdout comparison rows: calibration frequency, customers, actual and predicted mean purchases in weeks 40–78.</summary>
    public static IReadOnlyList<string> HoldoutRows(PurchaseModel model)
    {
        var (_, holdout, _) = Transactions();
        return CohortForecast.CompareHoldout(model, Summary(), holdout, 39, 7)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"| {r.Frequency}{(r.IsOpenEnded ? "+" : string.Empty)} | {r.Customers:0} | {r.ActualMeanPurchases:0.00} | {r.PredictedMeanPurchases:0.00} |"))
            .ToList();
    }

    /// <summary>Asserts that every row appears verbatim on the page.</summary>
    public static void CheckRows(string page, IEnumerable<string> rows)
    {
        var text = Page(page);
        foreach (var row in rows)
        {
            text.Should().Contain(row, "the page's table must show what the library computes");
        }
    }

    /// <summary>Reads CDNOW_sample.txt: first purchase (weeks from 1997-01-01), holdout repeat purchases, repeat purchases per week 1–78 (same-day purchases count once).</summary>
    public static (double[] FirstPurchase, double[] Holdout, double[] Weekly) Transactions()
    {
        var origin = new DateOnly(1997, 1, 1).DayNumber;
        var days = new SortedDictionary<int, SortedSet<int>>();
        foreach (var line in File.ReadLines(DataPath("CDNOW_sample.txt")))
        {
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 3)
            {
                continue;
            }

            var customer = int.Parse(fields[1], CultureInfo.InvariantCulture);
            var day = DateOnly.ParseExact(fields[2], "yyyyMMdd", CultureInfo.InvariantCulture).DayNumber - origin;
            if (!days.TryGetValue(customer, out var set))
            {
                days[customer] = set = [];
            }

            set.Add(day);
        }

        var first = new List<double>();
        var holdout = new List<double>();
        var weekly = new double[78];
        foreach (var (_, set) in days)
        {
            first.Add(set.Min / 7.0);
            holdout.Add(set.Count(d => d > 272));
            foreach (var day in set.Skip(1))
            {
                weekly[Math.Min(77, day / 7)]++;
            }
        }

        return ([.. first], [.. holdout], weekly);
    }
}
