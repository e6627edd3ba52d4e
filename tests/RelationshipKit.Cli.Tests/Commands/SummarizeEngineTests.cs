using DuckDB.NET.Data;

namespace RelationshipKit.Cli.Tests.Commands;

/// <summary><c>summarize --engine duckdb</c>: the same rows as the in-process engine for every option, or exit 2 naming the option.</summary>
public class SummarizeEngineTests
{
    private static readonly Lazy<string> CdnowSemicolon = new(() => TempFiles.Write(
        string.Join('\n', File.ReadLines(TestFiles.Data("CDNOW_sample.txt"))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 5)
            .Select(f => string.Join(';', f))) + "\n",
        "cdnow.txt"));

    private static readonly Lazy<string> CdnowHeader = new(() => TempFiles.Write(
        "customer_id,date,amount\n" + string.Join('\n', File.ReadLines(TestFiles.Data("CDNOW_sample.txt"))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 5)
            .Select(f => $"{f[1]},{f[2][..4]}-{f[2][4..6]}-{f[2][6..]},{f[4]}")) + "\n",
        "cdnow.csv"));

    public static TheoryData<string[]> OptionSets =>
    [
        ["--no-header", "--customer-column", "2", "--date-column", "3", "--amount-column", "5", "--delimiter", "semicolon", "--date-format", "yyyyMMdd", "--unit", "week", "--observation-end", "1997-09-30"],
        ["--no-header", "--customer-column", "2", "--date-column", "3", "--amount-column", "5", "--delimiter", ";", "--date-format", "yyyyMMdd", "--calibration-end", "1997-09-30", "--observation-end", "1998-06-30", "--format", "json"],
        ["--no-header", "--customer-column", "2", "--date-column", "3", "--delimiter", "semicolon", "--date-format", "yyyyMMdd", "--collapse", "week", "--week-start", "sunday", "--unit", "7d"],
        ["--no-header", "--customer-column", "2", "--date-column", "3", "--amount-column", "5", "--delimiter", "semicolon", "--date-format", "yyyyMMdd", "--collapse", "week", "--unit", "week", "--calibration-end", "1997-12-31"],
    ];

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void Summarize_DuckDbEngine_PrintsWhatTheInProcessEnginePrints(string[] options)
    {
        string[] arguments = ["summarize", "--input", CdnowSemicolon.Value, .. options];

        var inProcess = CliRunner.Run(arguments);
        var duckDb = CliRunner.Run([.. arguments, "--engine", "duckdb"]);

        inProcess.ExitCode.Should().Be(0, inProcess.Error);
        duckDb.ExitCode.Should().Be(0, duckDb.Error);
        duckDb.Output.Should().Be(inProcess.Output);
    }

    [Fact]
    public void Summarize_DuckDbEngineOnAParquetGlob_PrintsWhatTheInProcessEnginePrintsForTheCsv()
    {
        var folder = Path.Combine(Path.GetDirectoryName(CdnowHeader.Value)!, "parquet");
        Directory.CreateDirectory(folder);
        using (var connection = new DuckDBConnection("DataSource=:memory:"))
        {
            connection.Open();
            foreach (var (part, condition) in new[] { (1, "customer_id < '1000'"), (2, "customer_id >= '1000'") })
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"COPY (SELECT customer_id, CAST(\"date\" AS DATE) AS \"date\", CAST(amount AS DECIMAL(10, 2)) AS amount FROM read_csv('{CdnowHeader.Value}', all_varchar = true) WHERE {condition}) TO '{folder}/part-{part}.parquet' (FORMAT parquet)";
                command.ExecuteNonQuery();
            }
        }

        var inProcess = CliRunner.Run("summarize", "--input", CdnowHeader.Value, "--amount-column", "amount", "--calibration-end", "1997-09-30");
        var duckDb = CliRunner.Run("summarize", "--engine", "duckdb", "--input", Path.Combine(folder, "*.parquet"), "--amount-column", "amount", "--calibration-end", "1997-09-30");

        inProcess.ExitCode.Should().Be(0, inProcess.Error);
        duckDb.ExitCode.Should().Be(0, duckDb.Error);
        duckDb.Output.Should().Be(inProcess.Output);
    }

    [Theory]
    [InlineData("--delimiter", "whitespace", "--delimiter whitespace is not supported with --engine duckdb: DuckDB's CSV reader splits on one character, not on runs of spaces; use --engine in-process.")]
    [InlineData("--culture", "pl-PL", "--culture is not supported with --engine duckdb: DuckDB reads numbers and dates in the invariant culture; use --engine in-process.")]
    [InlineData("--date-format", "dd MMM yyyy", "--date-format \"dd MMM yyyy\" is not supported with --engine duckdb: with DuckDB the pattern may use yyyy, MM, dd, HH, mm, ss and separators; use --engine in-process.")]
    public void Summarize_DuckDbEngineWithAnOptionItCannotHonour_ExitsTwoNamingIt(string option, string value, string message)
    {
        var result = CliRunner.Run("summarize", "--engine", "duckdb", "--input", CdnowHeader.Value, option, value);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void Summarize_DuckDbEngineParquetWithoutHeader_ExitsTwoNamingTheOption()
    {
        var result = CliRunner.Run("summarize", "--engine", "duckdb", "--input", "logs/*.parquet", "--no-header");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--no-header is not supported with --engine duckdb: Parquet columns have names; use --engine in-process.");
    }

    [Fact]
    public void Summarize_DuckDbEngineDefaultDates_AcceptsTheIsoFormsTheInProcessEngineAccepts()
    {
        var path = TempFiles.Write("customer_id,date\na,2025-01-01\na,20250105\nb,2025-01-02 10:15:00\nb,2025-01-09T23:59:59\na,2025-01-10T08:30\n", "iso.csv");

        var inProcess = CliRunner.Run("summarize", "--input", path);
        var duckDb = CliRunner.Run("summarize", "--engine", "duckdb", "--input", path);

        inProcess.ExitCode.Should().Be(0, inProcess.Error);
        duckDb.ExitCode.Should().Be(0, duckDb.Error);
        duckDb.Output.Should().Be(inProcess.Output);
        duckDb.Output.Should().Contain("a,2,9,9,day");
    }

    [Fact]
    public void Summarize_UnknownEngine_ExitsTwo()
    {
        var result = CliRunner.Run("summarize", "--engine", "spark", "--input", CdnowHeader.Value);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--engine must be in-process or duckdb; was \"spark\".");
    }

    [Fact]
    public void Summarize_DuckDbEngineMissingFiles_ExitsTwoWithTheEngineError()
    {
        var result = CliRunner.Run("summarize", "--engine", "duckdb", "--input", "/nonexistent/rk/*.parquet");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("/nonexistent/rk/*.parquet: DuckDB could not read it");
    }

    [Fact]
    public void Summarize_DuckDbEngineCalibrationEndAfterLastPurchase_ExitsTwoLikeInProcess()
    {
        string[] arguments = ["summarize", "--input", CdnowHeader.Value, "--calibration-end", "1999-01-01"];

        var inProcess = CliRunner.Run(arguments);
        var duckDb = CliRunner.Run([.. arguments, "--engine", "duckdb"]);

        inProcess.ExitCode.Should().Be(2);
        duckDb.ExitCode.Should().Be(2);
        duckDb.Error.Should().Be(inProcess.Error);
    }
}
