using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Commands.Lifecycle;

public class LifecycleCommandTests
{
    [Fact]
    public void Graph_SourcesMermaid_MatchesSnapshot()
    {
        var result = CliRunner.Run("lifecycle", "graph");

        result.ExitCode.Should().Be(0, result.Error);
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void Graph_FunnelDotLeftToRight_MatchesSnapshot()
    {
        var result = CliRunner.Run("lifecycle", "graph", "--preset", "funnel", "--format", "dot", "--direction", "lr");

        result.ExitCode.Should().Be(0, result.Error);
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void Graph_UnknownPreset_IsBadUsage()
    {
        var result = CliRunner.Run("lifecycle", "graph", "--preset", "stages");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("stages");
    }

    [Fact]
    public void Classify_BgNbdFitOnCdnow_Table_MatchesSnapshot()
    {
        var fit = FitFile("bgnbd");

        var result = CliRunner.Run("lifecycle", "classify", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--fit", fit, "--format", "table");

        result.ExitCode.Should().Be(0, result.Error);
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void Classify_ParetoNbdFit_JsonPlacesEveryCustomer()
    {
        var fit = FitFile("paretonbd");

        var result = CliRunner.Run("lifecycle", "classify", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--fit", fit, "--format", "json", "--loyal-after", "3");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        root.GetProperty("model").GetString().Should().Be("paretonbd");
        root.GetProperty("loyal_after_purchases").GetInt32().Should().Be(3);
        var customers = root.GetProperty("customers").EnumerateArray().ToList();
        customers.Should().HaveCount(2357);
        root.GetProperty("counts").EnumerateObject().Sum(c => c.Value.GetDouble()).Should().Be(2357);
        customers.Should().Contain(c => c.GetProperty("stage").GetString() == "lapsed" && c.GetProperty("purchases").GetDouble() == 1,
            "Pareto/NBD, unlike BG/NBD, can judge a one-time buyer gone");
        customers.Should().OnlyContain(c => c.GetProperty("stage").GetString() != "loyal" || c.GetProperty("purchases").GetDouble() >= 3);
    }

    [Fact]
    public void Classify_Csv_HasOneRowPerCustomer()
    {
        var result = CliRunner.Run("lifecycle", "classify", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--fit", TestFiles.Data("cdnow-bgnbd-fit.json"));

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Output.TrimEnd('\n').Split('\n');
        lines[0].Should().Be("id,weight,purchases,p_alive,stage");
        lines.Should().HaveCount(2358);
    }

    [Fact]
    public void Classify_FitOfAModelWithoutPAlive_IsBadInputNamingTheFile()
    {
        var fit = TestFiles.Temp(SbgFit, ".json");

        var result = CliRunner.Run("lifecycle", "classify", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--fit", fit);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {fit}:1:1: classify needs a bgnbd, mbgnbd or paretonbd fit (a model with P(alive) on continuous summaries); the file holds \"sbg\".\n");
    }

    [Fact]
    public void Classify_MalformedFitOrBadThreshold_IsBadInput()
    {
        var broken = TestFiles.Temp("{\n  \"model\": \"bgnbd\",\n  oops\n}", ".json");
        var malformed = CliRunner.Run("lifecycle", "classify", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--fit", broken);
        var threshold = CliRunner.Run("lifecycle", "classify", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--fit", FitFile("bgnbd"), "--lapsed-below", "1.5");

        malformed.ExitCode.Should().Be(2);
        malformed.Error.Should().StartWith($"error: {broken}:3:3: not valid JSON:");
        threshold.ExitCode.Should().Be(2);
        threshold.Error.Should().Be("error: --lapsed-below: LapsedBelowProbabilityAlive must be in (0, 1); was 1.5.\n");
    }

    [Fact]
    public void Classify_UnknownModelOrNewerSchema_IsBadInputNamingTheFile_NothingWritten()
    {
        var unknown = TestFiles.Temp(SbgFit.Replace("\"sbg\"", "\"weibull\"", StringComparison.Ordinal), ".json");
        var newer = TestFiles.Temp(SbgFit.Replace("\"schema_version\": 1", "\"schema_version\": 2", StringComparison.Ordinal), ".json");
        var output = TempFiles.PathFor("classify.csv");

        var unknownResult = CliRunner.Run("lifecycle", "classify", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--fit", unknown, "--output", output);
        var newerResult = CliRunner.Run("lifecycle", "classify", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--fit", newer, "--output", output);

        unknownResult.ExitCode.Should().Be(2);
        unknownResult.Error.Should().Be($"error: {unknown}: model must be one of sbg, bgnbd, mbgnbd, paretonbd, bgbb, gammagamma; was \"weibull\".\n");
        newerResult.ExitCode.Should().Be(2);
        newerResult.Error.Should().Be(
            $"error: {newer}: the document has schema_version 2, newer than 1, the newest this version of RelationshipKit.Value reads; update the package to load it.\n");
        File.Exists(output).Should().BeFalse();
    }

    /// <summary>A complete saved sBG fit: a model without P(alive), which classify cannot use.</summary>
    private const string SbgFit =
        "{\"schema_version\": 1, \"model\": \"sbg\", \"status\": \"converged\", \"message\": \"m\", \"parameters\": {\"alpha\": 1, \"beta\": 1}, " +
        "\"standard_errors\": {}, \"log_likelihood\": null, \"iterations\": 3, \"gradient_norm\": null, \"penalizer\": 0, \"customers\": 10, " +
        "\"excluded_rows\": 0, \"time_unit\": \"period\"}";

    private static string FitFile(string model)
    {
        var path = TempFiles.PathFor($"fit-{model}.json");
        var result = CliRunner.Run("fit", model, "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--format", "json", "--output", path);
        result.ExitCode.Should().Be(0, result.Error);
        return path;
    }
}
