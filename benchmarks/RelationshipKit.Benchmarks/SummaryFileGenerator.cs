using System.Globalization;
using System.Text;
using RelationshipKit.Value.Models.GammaGamma;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// Writes the seeded synthetic summary file the reading, fitting and whole-process benchmarks use: customers drawn from
/// the published CDNOW BG/NBD model (r 0.243, α 4.414, a 0.793, b 2.426 per week) with T uniform in (27, 39) weeks,
/// and a mean repeat spend drawn from the CDNOW Gamma-Gamma model (p 6.25, q 3.74, v 15.44) for repeat buyers.
/// </summary>
/// <remarks>
/// Columns <c>id,frequency,recency,T,monetary_value,time_unit</c>, numbers as shortest round-trip text (what
/// <c>relationshipkit summarize</c> writes), the unit recorded on every row. The same seed gives the same bytes on every
/// machine. Run it with <c>dotnet run -c Release --project benchmarks/RelationshipKit.Benchmarks -- generate-summary
/// FILE [ROWS] [SEED]</c> (defaults 1,000,000 rows, seed 42).
/// </remarks>
internal static class SummaryFileGenerator
{
    /// <summary>The default number of customers.</summary>
    public const int DefaultRows = 1_000_000;

    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 42;

    private static readonly GammaGammaModel Spend = new(new GammaGammaParameters(6.25, 3.74, 15.44));

    /// <summary>Writes <paramref name="rows"/> customers simulated with <paramref name="seed"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, int rows = DefaultRows, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var t = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            t[i] = 27 + (12 * random.NextDouble());
        }

        var table = BenchmarkData.CdnowModel.SimulateSummaries(t, random);
        var spend = Spend.SimulateMeanSpend(table.Frequency, random);
        writer.Write("id,frequency,recency,T,monetary_value,time_unit\n");
        var line = new StringBuilder(128);
        for (var i = 0; i < rows; i++)
        {
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"c{i + 1:D7},{table.Frequency[i]:R},{table.Recency[i]:R},{table.T[i]:R},{spend[i]:R},week\n");
            writer.Write(line);
        }
    }

    /// <summary>Returns the file as UTF-8 bytes (for benchmarks that read from memory).</summary>
    public static byte[] Bytes(int rows = DefaultRows, int seed = DefaultSeed)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            Write(writer, rows, seed);
        }

        return stream.ToArray();
    }

    /// <summary>Runs the <c>generate-summary FILE [ROWS] [SEED]</c> verb; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length is < 2 or > 4)
        {
            Console.Error.WriteLine("usage: generate-summary FILE [ROWS] [SEED]");
            return 2;
        }

        var rows = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : DefaultRows;
        var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : DefaultSeed;
        using (var writer = new StreamWriter(args[1], false, new UTF8Encoding(false), 1 << 16))
        {
            Write(writer, rows, seed);
        }

        Console.WriteLine($"{args[1]}: {rows:N0} customers, seed {seed}");
        return 0;
    }
}
