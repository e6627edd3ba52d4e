using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Commands;

public class SummarizeCommandTests
{
    private const string PolishLog =
        "klient;data;kwota\n" +
        "00042;31.12.2024;10,50\n" +
        "00042;31.12.2024;4,50\n" +
        "00042;07.01.2025;20,00\n" +
        "7;02.01.2025;3,25\n" +
        "00042;20.01.2025;1 000,00\n" +
        "8;15.01.2025;1,00\n";

    private static readonly string[] CdnowArguments =
    [
        "summarize", "--input", TestFiles.Data("CDNOW_sample.txt"), "--no-header", "--customer-column", "2", "--date-column", "3",
        "--amount-column", "5", "--delimiter", "whitespace", "--date-format", "yyyyMMdd", "--unit", "week",
    ];

    /// <summary>
    /// Oracle: the published <c>cdnow_customers_summary.csv</c> (Fader, Hardie &amp; Lee 2005; lifetimes datasets) from the raw
    /// CDNOW sample, day collapse, weeks, observation end 1997-09-30: same frequency for all 2,357 customers, recency and T
    /// within 0.005 weeks (the published file rounds to 2 decimals). The sample writes ids zero-padded (0001).
    /// </summary>
    [Fact]
    public void Summarize_CdnowSample_MatchesPublishedSummary_FaderHardieLee2005()
    {
        var result = CliRunner.Run([.. CdnowArguments, "--observation-end", "1997-09-30"]);
        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Output.TrimEnd('\n').Split('\n');
        lines[0].Should().Be("id,frequency,recency,T,monetary_value,time_unit");
        lines[1].Should().Be("0001,2,30.428571428571427,38.857142857142854,22.345,week");
        var actual = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => int.Parse(f[0], CultureInfo.InvariantCulture));
        var published = File.ReadAllLines(TestFiles.Data("cdnow_customers_summary.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        actual.Should().HaveCount(2357);
        published.Should().HaveCount(2357);
        foreach (var row in published)
        {
            var summary = actual[int.Parse(row[0], CultureInfo.InvariantCulture)];
            summary[1].Should().Be(row[1], $"frequency of customer {row[0]}");
            double.Parse(summary[2], CultureInfo.InvariantCulture).Should().BeApproximately(double.Parse(row[2], CultureInfo.InvariantCulture), 0.005);
            double.Parse(summary[3], CultureInfo.InvariantCulture).Should().BeApproximately(double.Parse(row[3], CultureInfo.InvariantCulture), 0.005);
        }
    }

    [Fact]
    public void Summarize_CdnowSampleWithHoldout_AddsTheHoldoutColumns()
    {
        var result = CliRunner.Run([.. CdnowArguments, "--calibration-end", "1997-09-30", "--observation-end", "1998-06-30"]);
        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Output.TrimEnd('\n').Split('\n');
        lines[0].Should().Be("id,frequency,recency,T,monetary_value,frequency_holdout,monetary_value_holdout,duration_holdout,time_unit");
        lines[1].Should().Be("0001,2,30.428571428571427,38.857142857142854,22.345,1,26.48,39,week");
        lines.Skip(1).Sum(l => int.Parse(l.Split(',')[5], CultureInfo.InvariantCulture)).Should().Be(1882);
    }

    [Fact]
    public void Summarize_PolishCsvAsJson_MatchesSnapshot()
    {
        var path = TestFiles.Temp(PolishLog);
        var result = CliRunner.Run(
            "summarize", "--input", path, "--delimiter", ";", "--culture", "pl-PL", "--customer-column", "klient", "--date-column", "data",
            "--amount-column", "kwota", "--calibration-end", "2025-01-10", "--unit", "week", "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void Summarize_CalendarWeeksWithoutAmountsAsJson_MatchesSnapshot()
    {
        var path = TestFiles.Temp("customer_id,date\nA,2025-01-01\nA,2025-01-05\nA,2025-01-06\nB,2025-01-20\n");
        var result = CliRunner.Run("summarize", "--input", path, "--collapse", "week", "--unit", "week", "--observation-end", "2025-01-19", "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        Snapshot.Match(result.Output);
    }

    [Theory]
    [InlineData(null, "a,1,7,7,day\nb,0,0,7,day\n")]
    [InlineData("Monday", "a,1,7,7,day\nb,0,0,7,day\n")]
    [InlineData("sunday", "a,0,0,0,day\nb,0,0,7,day\n")]
    public void Summarize_WeekStart_DecidesWhichPurchasesShareAWeek(string? weekStart, string rows)
    {
        // Sunday 5 and Monday 6 January 2025: two weeks when weeks start on Monday, one when they start on Sunday.
        var path = TestFiles.Temp("customer_id,date\na,2025-01-05\na,2025-01-06\nb,2025-01-01\n");
        string[] weekOption = weekStart is null ? [] : ["--week-start", weekStart];
        var result = CliRunner.Run(["summarize", "--input", path, "--collapse", "week", .. weekOption]);
        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Be("id,frequency,recency,T,time_unit\n" + rows);
    }

    [Fact]
    public void Summarize_JsonOfManyCustomers_StreamsEveryCustomerInOrder()
    {
        // More customers than the JSON writer buffers between flushes, with ids that need escaping and non-ASCII ids.
        const int customers = (3 * RelationshipKit.Cli.Infrastructure.Json.StreamFlushInterval) + 17;
        var log = new StringBuilder("customer_id,date\n");
        for (var i = 0; i < customers; i++)
        {
            log.Append(i % 3 == 0 ? $"\"Łódź \"\"{i}\"\"\"" : $"c{i:D6}").Append(",2025-01-").Append(((i % 28) + 1).ToString("D2", CultureInfo.InvariantCulture)).Append('\n');
        }

        var path = TestFiles.Temp(log.ToString());
        var output = TempFiles.PathFor("summaries.json");
        var result = CliRunner.Run("summarize", "--input", path, "--format", "json", "--output", output);

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        json.RootElement.GetProperty("customer_count").GetInt32().Should().Be(customers);
        var ids = json.RootElement.GetProperty("customers").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        ids.Should().HaveCount(customers);
        ids[0].Should().Be("Łódź \"0\"");
        ids[1].Should().Be("c000001");
        ids[^1].Should().Be(customers - 1 is var last && last % 3 == 0 ? $"Łódź \"{last}\"" : $"c{last:D6}");
        File.ReadAllText(output).Should().EndWith("}\n");
    }

    [Fact]
    public void Summarize_DefaultsWithoutAmounts_PrintsDaysAndQuotesIds()
    {
        var path = TestFiles.Temp("date,customer_id\n2025-01-01,\"Kowalski, Jan\"\n2025-01-11,\"Kowalski, Jan\"\n2025-01-06,00001\n");
        var result = CliRunner.Run("summarize", "--input", path);
        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Be("id,frequency,recency,T,time_unit\n\"Kowalski, Jan\",1,10,10,day\n00001,0,0,5,day\n");
    }

    [Fact]
    public void Summarize_HoldoutWithoutAmounts_HasNoMonetaryColumns()
    {
        var path = TestFiles.Temp("customer_id\tdate\nA\t2025-01-01\nA\t2025-01-03\nA\t2025-01-12\nB\t2025-01-11\n");
        var result = CliRunner.Run("summarize", "--input", path, "--delimiter", "tab", "--calibration-end", "2025-01-10");
        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Be("id,frequency,recency,T,frequency_holdout,duration_holdout,time_unit\nA,1,2,9,1,2,day\n");
    }

    [Fact]
    public void Summarize_Output_WritesTheFileAndNothingToStdout()
    {
        var input = TestFiles.Temp("customer_id,date\nA,2025-01-01\n");
        var output = TempFiles.PathFor("summaries.csv");
        var result = CliRunner.Run("summarize", "--input", input, "--output", output);
        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().BeEmpty();
        File.ReadAllText(output).Should().Be("id,frequency,recency,T,time_unit\nA,0,0,0,day\n");
    }

    [Fact]
    public void Summarize_BadLine_ExitsTwoWithFileLineColumnAndWritesNothing()
    {
        var input = TestFiles.Temp("customer_id,date,amount\nA,2025-01-01,1\nB,2025-01-02,x\n");
        var output = TempFiles.PathFor("summaries.csv");
        File.WriteAllText(output, "previous content");
        var result = CliRunner.Run("summarize", "--input", input, "--amount-column", "amount", "--output", output);
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"error: {input}:3:14: amount \"x\" is not a number in the invariant culture.\n");
        result.Output.Should().BeEmpty();
        File.ReadAllText(output).Should().Be("previous content");
        Directory.GetFiles(Path.GetDirectoryName(output)!, Path.GetFileName(output) + ".tmp-*").Should().BeEmpty();
    }

    [Theory]
    [InlineData("customer_id,date\nA,2025-02-30\n", 2, 3, "date \"2025-02-30\" is not a calendar date.")]
    [InlineData("customer_id,date\n,2025-01-01\n", 2, 1, "customer id is empty.")]
    [InlineData("customer_id,date\nA\n", 2, 2, "expected at least 2 fields to read the date (field 2); found 1.")]
    [InlineData("id,date\nA,2025-01-01\n", 1, 1, "the header has no column \"customer_id\" for the customer id; it has \"id\", \"date\".")]
    [InlineData("customer_id,date\nA,\"2025-01-01\n", 2, 3, "a quoted field is not closed before the end of the line.")]
    public void Summarize_BadInput_ExitsTwoNamingThePosition(string content, int line, int column, string reason)
    {
        var input = TestFiles.Temp(content);
        var result = CliRunner.Run("summarize", "--input", input);
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"error: {input}:{line}:{column}: {reason}\n");
        result.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData(new[] { "--no-header", "--customer-column", "id" }, "--customer-column must be a 1-based column number with --no-header; was \"id\".")]
    [InlineData(new[] { "--no-header", "--date-column", "0" }, "--date-column must be a 1-based column number with --no-header; was \"0\".")]
    [InlineData(new[] { "--delimiter", "pipe" }, "--delimiter must be comma, semicolon, tab or whitespace; was \"pipe\".")]
    [InlineData(new[] { "--collapse", "month" }, "--collapse must be day or week; was \"month\".")]
    [InlineData(new[] { "--week-start", "sunday" }, "--week-start applies only with --collapse week; was given with --collapse day.")]
    [InlineData(new[] { "--collapse", "week", "--week-start", "7" }, "--week-start must be a day name, monday to sunday; was \"7\".")]
    [InlineData(new[] { "--collapse", "week", "--week-start", "none" }, "--week-start must be a day name, monday to sunday; was \"none\".")]
    [InlineData(new[] { "--collapse", "week", "--week-start", "sonntag" }, "--week-start must be a day name, monday to sunday; was \"sonntag\".")]
    [InlineData(new[] { "--unit", "period" }, "--unit must be day, week or N days; was \"period\".")]
    [InlineData(new[] { "--observation-end", "30.09.1997" }, "--observation-end must be a date as yyyy-MM-dd; was \"30.09.1997\".")]
    [InlineData(new[] { "--calibration-end", "2025-01-01" }, "--calibration-end must be before the observation end (2025-01-01, the last purchase); was 2025-01-01.")]
    [InlineData(new[] { "--calibration-end", "2025-01-05", "--observation-end", "2025-01-05" }, "--calibration-end must be before --observation-end (2025-01-05); was 2025-01-05.")]
    [InlineData(new[] { "--date-format", "yyyy-qq" }, "--date-format must be a NodaTime date or date-time pattern such as yyyyMMdd or dd.MM.yyyy; was \"yyyy-qq\" (*).")]
    [InlineData(new[] { "--customer-column", "date" }, "--customer-column, --date-column and --amount-column must be different columns; were \"date\", \"date\" and none.")]
    [InlineData(new[] { "--culture", "xx-nowhere" }, "--culture must name a known culture such as pl-PL or ru-RU; was \"xx-nowhere\".")]
    public void Summarize_BadOption_ExitsTwoWithMessage(string[] options, string message)
    {
        var input = TestFiles.Temp("customer_id,date\nA,2025-01-01\n");
        var result = CliRunner.Run(["summarize", "--input", input, .. options]);
        result.ExitCode.Should().Be(2);
        result.Error.Should().Match($"error: {message}\n*");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void Summarize_EmptyOrMissingFile_ExitsTwo()
    {
        var empty = TestFiles.Temp("customer_id,date\n\n");
        var result = CliRunner.Run("summarize", "--input", empty);
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"error: {empty}: the file has no transactions.\n");

        var missing = Path.Combine(Path.GetTempPath(), "rk-no-such-file-" + Guid.NewGuid().ToString("N") + ".csv");
        result = CliRunner.Run("summarize", "--input", missing);
        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"error: cannot read {missing}: ");
    }

    [Fact]
    public void Summarize_LargeFile_ReportsProgressOnStderr()
    {
        var builder = new StringBuilder("customer_id,date\n", 16_000_000);
        for (var i = 0; i < 1_000_001; i++)
        {
            builder.Append(i % 5000).Append(",2025-01-").Append((1 + (i % 28)).ToString("00", CultureInfo.InvariantCulture)).Append('\n');
        }

        var input = TestFiles.Temp(builder.ToString());
        var result = CliRunner.Run("summarize", "--input", input, "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().MatchRegex(@"^summarize: 1,0\d\d,\d\d\d transactions read \(\d+%\)\n$");
        result.Output.Should().Contain("\"customer_count\": 5000,");
    }

    [Fact]
    public void Help_ListsSummarize()
    {
        var result = CliRunner.Run("summarize", "--help");
        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("--calibration-end").And.Contain("--no-header").And.Contain("--delimiter");
    }

    [Theory]
    [InlineData("--observation-end", "2024-12-31", "no transaction is on or before --observation-end 2024-12-31; the first transaction is on 2025-01-03.")]
    [InlineData("--calibration-end", "2025-01-02", "no customer's first purchase is on or before --calibration-end 2025-01-02, so there is nothing to calibrate on; the first transaction is on 2025-01-03.")]
    public void Summarize_NothingBeforeTheEnd_ExitsTwoNamingTheFirstTransactionDate(string option, string date, string message)
    {
        var path = TestFiles.Temp("customer_id,date\nA,2025-01-05\nB,2025-01-03\nA,2025-02-01\n");
        var output = TempFiles.PathFor("empty.csv");

        var result = CliRunner.Run("summarize", "--input", path, option, date, "--output", output);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {path}: {message}\n");
        File.Exists(output).Should().BeFalse("nothing is written when the command fails");
    }

    [Fact]
    public void Summarize_RepeatedHeaderColumn_ExitsTwoNamingIt()
    {
        var path = TestFiles.Temp("customer_id,date,Date\nA,2025-01-05,2025-01-05\n");
        var result = CliRunner.Run("summarize", "--input", path);
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"error: {path}:1:18: column \"Date\" appears twice in the header (fields 2 and 3).\n");
    }

    [Fact]
    public void Fit_SummaryWithARepeatedIdOrColumn_ExitsTwoNamingBothPlaces()
    {
        var ids = TestFiles.Temp("id,frequency,recency,T\na,1,2,5\nb,0,0,5\na,0,0,4\n");
        var result = CliRunner.Run("fit", "bgnbd", "--input", ids);
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"error: {ids}:4:1: customer id \"a\" is on line 2 and on line 4; a summary has one row per customer (a weights column says how many customers a row stands for).\n");

        var columns = TestFiles.Temp("frequency,recency,T,T\n1,2,5,5\n");
        result = CliRunner.Run("fit", "bgnbd", "--input", columns);
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"error: {columns}:1:21: column \"T\" appears twice in the header (fields 3 and 4).\n");
    }
}
