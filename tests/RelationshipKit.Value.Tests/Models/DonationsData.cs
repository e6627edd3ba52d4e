using System.Globalization;

namespace RelationshipKit.Value.Tests.Models;

/// <summary>Loads donations.csv: 11,104 donors in 22 weighted rows, 6 opportunities (Fader, Hardie &amp; Shang 2010; see TestData/README.md).</summary>
internal static class DonationsData
{
    private static readonly Lazy<RfmTable> LazyTable = new(Load);

    /// <summary>Gets the table in <see cref="TimeUnit.Period"/> with T = periods and the weights column.</summary>
    public static RfmTable Table => LazyTable.Value;

    private static RfmTable Load()
    {
        var rows = File.ReadAllLines(CdnowData.PathOf("donations.csv"))
            .Skip(1)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => line.Split(',').Select(cell => double.Parse(cell, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        return RfmTable.Create(
            rows.Select(r => r[0]).ToArray(),
            rows.Select(r => r[1]).ToArray(),
            rows.Select(r => r[2]).ToArray(),
            TimeUnit.Period,
            rows.Select(r => r[3]).ToArray());
    }
}
