using System.Globalization;

namespace RelationshipKit.Value.Tests;

/// <summary>Loads the published data sets in TestData/ as tables (see TestData/README.md for their sources).</summary>
internal static class OracleData
{
    private static readonly Lazy<RfmTable> CdnowTable = new(() => Read("cdnow_customers_summary.csv", 1, 2, 3, -1, TimeUnit.Week));
    private static readonly Lazy<RfmTable> DonationsTable = new(() => Read("donations.csv", 0, 1, 2, 3, TimeUnit.Period));

    /// <summary>Gets the CDNOW calibration summary: 2,357 customers, weeks (Fader, Hardie &amp; Lee 2005).</summary>
    public static RfmTable Cdnow => CdnowTable.Value;

    /// <summary>Gets the donations data: 11,104 donors in 22 weighted rows, 6 opportunities (Fader, Hardie &amp; Shang 2010).</summary>
    public static RfmTable Donations => DonationsTable.Value;

    private static RfmTable Read(string file, int xColumn, int txColumn, int tColumn, int weightColumn, TimeUnit unit)
    {
        var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", file))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .ToArray();
        static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
        return RfmTable.Create(
            rows.Select(r => Parse(r[xColumn])).ToArray(),
            rows.Select(r => Parse(r[txColumn])).ToArray(),
            rows.Select(r => Parse(r[tColumn])).ToArray(),
            unit,
            weightColumn < 0 ? default : rows.Select(r => Parse(r[weightColumn])).ToArray());
    }
}
