using System.Text.Json;
using RelationshipKit.Cli.Analysis;

namespace RelationshipKit.Cli.Tests.Analysis;

public sealed class BondsSectionTests : IDisposable
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NewLine = "\n" };

    private readonly string _directory = Directory.CreateTempSubdirectory("rk-bonds-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Analyze_Json_BondsSection_MatchesSnapshot()
    {
        var result = CliRunner.Run("analyze", "--format", "json");
        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        using var json = JsonDocument.Parse(result.Output);
        var bonds = json.RootElement.GetProperty("bonds");
        Snapshot.Match(JsonSerializer.Serialize(bonds, Indented) + "\n");
    }

    [Fact]
    public void Analyze_Text_BondsSection_MatchesSnapshot()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new BondsSection().Prepare(new AnalysisContext()).WriteText(writer);
        Snapshot.Match(writer.ToString());
        CliRunner.Run("analyze").Output.Should().Contain(writer.ToString());
    }

    [Fact]
    public void Analyze_SampleSurvey_SegmentsDifferFromTheMean()
    {
        var result = CliRunner.Run("analyze", "--format", "json");
        using var json = JsonDocument.Parse(result.Output);
        var bonds = json.RootElement.GetProperty("bonds");
        bonds.GetProperty("source").GetString().Should().Be("sample-bond-survey.csv (embedded synthetic sample)");
        bonds.GetProperty("respondents").GetInt32().Should().Be(8);
        bonds.GetProperty("classification").GetArrayLength().Should().Be(3);
        var perRespondent = bonds.GetProperty("per_respondent").EnumerateArray().Select(r => r.GetProperty("archetype").GetString()).ToList();
        perRespondent.Should().Contain("committed-partnership").And.Contain("marriage-of-convenience");
        var meanBest = bonds.GetProperty("classification")[0].GetProperty("archetype").GetString();
        meanBest.Should().Be("childhood-friendship", "docs/concepts/bonds.md uses this as the averages-hide-segments pitfall");
        perRespondent.Should().NotContain(meanBest);
    }

    [Fact]
    public void Analyze_UserBondSurvey_IsUsed()
    {
        var path = Write("mine.csv", "respondent,dimension,score\n\"r, 1\",voluntariness,0.9\n\"r, 1\",basis,0.8\nr2,voluntariness,0.7\nr2,basis,0.6\n\n");
        var result = CliRunner.Run("analyze", "--format", "json", "--bond-survey", path);
        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Output);
        var bonds = json.RootElement.GetProperty("bonds");
        bonds.GetProperty("source").GetString().Should().Be("mine.csv");
        bonds.GetProperty("respondents").GetInt32().Should().Be(2);
        bonds.GetProperty("answers").GetInt32().Should().Be(4);
        var dimensions = bonds.GetProperty("dimensions");
        dimensions[0].GetProperty("dimension").GetString().Should().Be("voluntariness");
        dimensions[0].GetProperty("count").GetInt32().Should().Be(2);
        dimensions[0].GetProperty("mean").GetDouble().Should().Be(0.8);
        dimensions[1].GetProperty("mean").GetDouble().Should().Be(0.7);
        bonds.GetProperty("per_respondent")[0].GetProperty("respondent").GetString().Should().Be("r, 1");
    }

    [Theory]
    [InlineData("respondent,dimension,score\nr1,basis,high\n", 2, 10, "score must be a number; was \"high\".")]
    [InlineData("respondent,dimension,score\n\"r1\"x,basis,0.5\n", 2, 5, "expected a comma after the closing quote of a quoted field.")]
    public void Analyze_BadBondSurvey_ExitsTwoNamingLineAndColumn_PrintsNothing(string content, int line, int column, string message)
    {
        var path = Write("survey.csv", content);
        foreach (var format in new[] { "table", "json" })
        {
            var result = CliRunner.Run("analyze", "--bond-survey", path, "--format", format);
            result.ExitCode.Should().Be(2);
            result.Output.Should().BeEmpty();
            result.Error.Should().Be($"error: {path}:{line}:{column}: {message}\n");
        }
    }

    [Fact]
    public void Analyze_MissingBondSurvey_ExitsTwo()
    {
        var path = Path.Combine(_directory, "absent.csv");
        var result = CliRunner.Run("analyze", "--bond-survey", path);
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: cannot read {path}: Could not find file '{path}'.\n");
    }

    [Fact]
    public void Analyze_HeaderIsCaseInsensitive_AndByteOrderMarkIsSkipped()
    {
        var path = Write("bom.csv", "\uFEFFRespondent, Dimension ,SCORE\r\nr1,basis,0.5\r\n");
        var result = CliRunner.Run("analyze", "--bond-survey", path, "--format", "json");
        result.ExitCode.Should().Be(0);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
