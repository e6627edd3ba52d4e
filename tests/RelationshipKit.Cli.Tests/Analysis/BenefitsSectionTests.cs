using System.Text.Json;
using RelationshipKit.Cli.Analysis;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Cli.Tests.Surveys;

namespace RelationshipKit.Cli.Tests.Analysis;

public class BenefitsSectionTests
{
    private const string Header = "respondent,benefit,importance,performance\n";

    [Fact]
    public void AnalyzeJson_EmbeddedSample_BenefitsProperty()
    {
        var result = CliRunner.Run("analyze", "--format", "json");
        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        Snapshot.Match(BenefitsJson(result.Output));
    }

    [Fact]
    public void WriteText_EmbeddedSample_Table()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new BenefitsSection().Prepare(new AnalysisContext()).WriteText(writer);
        Snapshot.Match(writer.ToString());
    }

    [Fact]
    public void AnalyzeTable_ContainsTheBenefitsSection()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        new BenefitsSection().Prepare(new AnalysisContext()).WriteText(writer);
        var result = CliRunner.Run("analyze");
        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain(writer.ToString());
    }

    [Fact]
    public void AnalyzeJson_SevenPointSurveyFile_UsesTheFileAndScale()
    {
        using var survey = new TempSurvey(Header + "a,confidence,7,4\nb,confidence,6,5\na,social,2,6\nb,social,3,7\n");
        var result = CliRunner.Run("analyze", "--survey", survey.Path, "--scale", "7", "--format", "json");
        result.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(result.Output);
        var benefits = document.RootElement.GetProperty("benefits");
        benefits.GetProperty("survey").GetString().Should().Be(survey.Path);
        benefits.GetProperty("scale").GetProperty("max").GetInt32().Should().Be(7);
        benefits.GetProperty("respondents").GetInt32().Should().Be(2);
        var ranking = benefits.GetProperty("ranking").EnumerateArray()
            .Select(e => (e.GetProperty("benefit").GetString(), e.GetProperty("gap").GetDouble(), e.GetProperty("quadrant").GetString()))
            .ToArray();
        ranking.Should().Equal(("confidence", 2.0, "concentrate_here"), ("social", -4.0, "possible_overkill"));
    }

    public static TheoryData<string, string, string> BadSurveys => new()
    {
        { "", "1:1", "the file is empty; expected the header respondent,benefit,importance,performance." },
        { "respondent,benefit,score\n", "1:20", "expected column \"importance\" but found \"score\"; the header must be respondent,benefit,importance,performance." },
        { Header + "s01,confidence,five,4\n", "2:16", "importance must be a whole number from 1 to 5; was \"five\"." },
        { Header + "s01,confidence,5,6\n", "2:18", "performance must be in [1, 5] on the 5-point scale; was 6 (a 1-7 survey is read with the 7-point scale)." },
        { Header + "s01,trust,5,4\n", "2:5", "unknown benefit \"trust\"; expected one of confidence, social, special-treatment, purpose, experience." },
    };

    [Theory]
    [MemberData(nameof(BadSurveys))]
    public void Analyze_BadSurvey_ExitsTwoNamingFileLineColumnAndPrintsNothing(string content, string position, string message)
    {
        using var survey = new TempSurvey(content);
        foreach (var format in new[] { "table", "json" })
        {
            var result = CliRunner.Run("analyze", "--survey", survey.Path, "--format", format);
            result.ExitCode.Should().Be(2);
            result.Output.Should().BeEmpty();
            result.Error.Should().Be($"error: {survey.Path}:{position}: {message}\n");
        }
    }

    [Fact]
    public void Analyze_SevenOnFivePointScale_ExitsTwo_AndPassesWithScaleSeven()
    {
        using var survey = new TempSurvey(Header + "s01,purpose,7,1\n");
        var five = CliRunner.Run("analyze", "--survey", survey.Path);
        five.ExitCode.Should().Be(2);
        five.Output.Should().BeEmpty();
        five.Error.Should().Be($"error: {survey.Path}:2:13: importance must be in [1, 5] on the 5-point scale; was 7 (a 1-7 survey is read with the 7-point scale).\n");
        CliRunner.Run("analyze", "--survey", survey.Path, "--scale", "7").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Analyze_MissingSurvey_ExitsTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), "rk-missing-" + Guid.NewGuid().ToString("N") + ".csv");
        var result = CliRunner.Run("analyze", "--survey", path);
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: cannot read {path}: Could not find file '{path}'.\n");
    }

    [Fact]
    public void Analyze_BadScale_ExitsTwo()
    {
        var result = CliRunner.Run("analyze", "--scale", "6");
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Contain("--scale must be 5 or 7; was 6.");
    }

    private static string BenefitsJson(string output)
    {
        using var document = JsonDocument.Parse(output);
        var benefits = document.RootElement.GetProperty("benefits");
        return Json.Write(benefits.WriteTo);
    }
}
