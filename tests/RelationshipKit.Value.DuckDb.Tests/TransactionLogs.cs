using System.Globalization;
using System.Text;

namespace RelationshipKit.Value.DuckDb.Tests;

/// <summary>The logs the engine summaries are compared on, written once per test assembly to a temporary folder.</summary>
internal static class TransactionLogs
{
    public const int GeneratedTransactions = 1_000_000;

    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Path.GetDirectoryName(TempFiles.Write(string.Empty, "placeholder"))!;
        return folder;
    });

    private static readonly Lazy<string> CdnowCsvPath = new(WriteCdnow);
    private static readonly Lazy<string> GeneratedCsvPath = new(WriteGenerated);

    /// <summary>Gets CDNOW_sample.txt as a CSV file: <c>customer_id,date,amount</c> (sample id with its leading zeros, ISO date, dollars as published).</summary>
    public static string CdnowCsv => CdnowCsvPath.Value;

    /// <summary>Gets a generated log of 1,000,000 transactions of 50,000 customers over 1,100 days (several purchases a day, amounts with cents), in random order.</summary>
    public static string GeneratedCsv => GeneratedCsvPath.Value;

    private static string WriteCdnow()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "TestData", "CDNOW_sample.txt");
        var text = new StringBuilder("customer_id,date,amount\n");
        foreach (var line in File.ReadLines(source))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5)
            {
                continue;
            }

            var date = fields[2];
            text.Append(fields[1]).Append(',').Append(date[..4]).Append('-').Append(date[4..6]).Append('-').Append(date[6..]).Append(',').Append(fields[4]).Append('\n');
        }

        var path = Path.Combine(Folder.Value, "cdnow_sample.csv");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string WriteGenerated()
    {
        var path = Path.Combine(Folder.Value, "generated_1m.csv");
        var random = new Random(20261206);
        var start = new DateOnly(2023, 1, 1);
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write("customer_id,date,amount\n");
            Span<char> buffer = stackalloc char[64];
            for (var i = 0; i < GeneratedTransactions; i++)
            {
                // Customers are skewed (some buy a lot), days too (most buying early), so day collapse, holdout
                // and exclusions all occur.
                var customer = (int)(50_000 * Math.Pow(random.NextDouble(), 1.5));
                var day = (int)(1_100 * Math.Pow(random.NextDouble(), 1.2));
                var cents = random.Next(1, 2_000_000);
                var written = string.Create(CultureInfo.InvariantCulture, $"C{customer:D6},{start.AddDays(day):yyyy-MM-dd},{cents / 100}.{cents % 100:D2}\n");
                writer.Write(written);
            }
        }

        return path;
    }
}
