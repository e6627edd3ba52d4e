using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Commands;

public class CohortsCommandTests
{
    private static readonly string Subscriptions = TestFiles.Data("subscriptions.csv");

    [Fact]
    public void Cohorts_SyntheticLog_Table_MatchesSnapshot()
    {
        var result = CliRunner.Run("cohorts", "--input", Subscriptions, "--observation-end", "2025-12-31");
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void Cohorts_Json_HasEveryCohortItsTableAndThePooledFit()
    {
        var result = CliRunner.Run("cohorts", "--input", Subscriptions, "--observation-end", "2025-12-31", "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("contract_period").GetString().Should().Be("P1M");
        var cohorts = root.GetProperty("cohorts");
        cohorts.GetArrayLength().Should().Be(6);
        cohorts.EnumerateArray().Sum(c => c.GetProperty("customers").GetInt32()).Should().Be(72);
        var february = cohorts[1];
        february.GetProperty("start").GetString().Should().Be("2025-02-01");
        february.GetProperty("table")[0].GetProperty("active").GetInt32().Should().Be(12);
        february.GetProperty("fit").GetProperty("model").GetString().Should().Be("sbg");
        february.GetProperty("retention").GetArrayLength().Should().Be(february.GetProperty("table").GetArrayLength());
        var pooled = root.GetProperty("pooled");
        pooled.GetProperty("customers").GetInt32().Should().Be(72);
        pooled.GetProperty("fit").GetProperty("converged").GetBoolean().Should().BeTrue();
        pooled.GetProperty("del").GetDouble().Should().BeGreaterThan(1);
    }

    [Fact]
    public void Cohorts_YearlyContractsQuarterCohortsAsCsv_HasOneRowPerCohortAndPooled()
    {
        var result = CliRunner.Run("cohorts", "--input", Subscriptions, "--contract-period", "P2M", "--cohort", "quarter", "--format", "csv");
        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Output.TrimEnd('\n').Split('\n');
        lines[0].Should().Be("cohort,customers,churned,censored,periods,alpha,beta,retention_1,del,derl");
        lines.Select(l => l.Split(',')[0]).Skip(1).Should().Equal("2025-01-01", "2025-04-01", "pooled");
    }

    [Theory]
    [InlineData("--contract-period", "fortnight", "error: --contract-period must be month, year, week, day, N months, N weeks, N days or an ISO 8601 period such as P3M; was \"fortnight\".\n")]
    [InlineData("--cohort", "week", "error: --cohort must be month, quarter or year; was \"week\".\n")]
    [InlineData("--observation-end", "31.12.2025", "error: --observation-end must be a date as yyyy-MM-dd; was \"31.12.2025\".\n")]
    [InlineData("--discount-rate", "0", "error: --discount-rate must be a finite number > 0; was 0.\n")]
    public void Cohorts_BadOption_ExitsTwo(string option, string value, string error)
    {
        var result = CliRunner.Run("cohorts", "--input", Subscriptions, option, value);
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be(error);
    }

    [Fact]
    public void Cohorts_BadLine_ExitsTwoNamingFileLineAndColumn()
    {
        var path = TestFiles.Temp("customer_id,start,end\nA,2025-02-01,2025-01-01\n");
        var result = CliRunner.Run("cohorts", "--input", path);
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {path}:2:14: end must be on or after start (2025-02-01); was 2025-01-01.\n");
    }
}
