using System.Text.Json;
using RelationshipKit.Cli.Analysis;
using RelationshipKit.Cli.Tests.Surveys;

namespace RelationshipKit.Cli.Tests.Analysis;

/// <summary>The analyze sections added for competitors, derived importance, expectations, value tiers and referrals.</summary>
public class IssueTenSectionsTests
{
    private const string Header = "respondent,benefit,importance,performance\n";

    private static readonly string[] SectionKeys = ["competitive", "derived_importance", "expectations", "value_tiers", "referrals"];

    public static TheoryData<string> Sections => [.. SectionKeys];

    [Theory]
    [MemberData(nameof(Sections))]
    public void WriteText_EmbeddedSamples_MatchesSnapshot(string key)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        ReportSections.All.Single(s => s.Key == key).Prepare(new AnalysisContext()).WriteText(writer);
        Snapshot.Match(writer.ToString(), key);
    }

    [Fact]
    public void AnalyzeJson_EmbeddedSamples_MatchSnapshot()
    {
        var result = CliRunner.Run("analyze", "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var sections = SectionKeys.Select(key => key + ": " + document.RootElement.GetProperty(key).GetRawText());
        Snapshot.Match(string.Join("\n", sections) + "\n");
    }

    [Fact]
    public void Competitive_EmbeddedSample_ReadsTheTwoCompetitorColumns()
    {
        var json = AnalyzeJson();
        var competitive = json.RootElement.GetProperty("competitive");
        competitive.GetProperty("competitors").EnumerateArray().Select(e => e.GetString()).Should().Equal("bikehub", "cityshop");
        var first = competitive.GetProperty("ranking")[0];
        first.GetProperty("benefit").GetString().Should().Be("confidence");
        first.GetProperty("best_competitor").GetString().Should().Be("cityshop");
        first.GetProperty("gap_to_best").GetDouble().Should().Be(-1);
    }

    [Fact]
    public void Competitive_SurveyWithoutCompetitorColumns_SaysSo()
    {
        using var survey = new TempSurvey(Header + "a,confidence,5,4\n");
        var result = CliRunner.Run("analyze", "--survey", survey.Path);
        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("The survey has no competitor columns (performance:NAME); add one per rival to compare.");
        result.Output.Should().Contain("No --outcomes file was given: derived importance needs each respondent's outcome (respondent,outcome).");
    }

    [Fact]
    public void DerivedImportance_EmbeddedSample_FindsTheDivergentBenefits()
    {
        var derived = AnalyzeJson().RootElement.GetProperty("derived_importance");
        derived.GetProperty("status").GetString().Should().Be("known");
        derived.GetProperty("respondents").GetInt32().Should().Be(30);
        derived.GetProperty("divergent").EnumerateArray().Select(e => e.GetString()).Should().Equal("social", "special-treatment");
    }

    [Fact]
    public void DerivedImportance_SurveyAndOutcomesFiles_TooFewRespondents()
    {
        using var survey = new TempSurvey(Header + "a,confidence,5,4\nb,confidence,4,2\n");
        using var outcomes = new TempSurvey("respondent,outcome\na,3\nb,1\n");
        var result = CliRunner.Run("analyze", "--survey", survey.Path, "--outcomes", outcomes.Path, "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var derived = json.RootElement.GetProperty("derived_importance");
        derived.GetProperty("status").GetString().Should().Be("too_few_respondents");
        derived.GetProperty("outcomes").GetString().Should().Be(outcomes.Path);
        derived.GetProperty("benefits")[0].GetProperty("correlation").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void DerivedImportance_OutcomesWithoutSurvey_ExitsTwo()
    {
        using var outcomes = new TempSurvey("respondent,outcome\na,3\n");
        var result = CliRunner.Run("analyze", "--outcomes", outcomes.Path);
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("error: --outcomes gives the outcomes of the --survey respondents; give it with --survey.\n");
    }

    [Fact]
    public void DerivedImportance_BadOutcomesFile_ExitsTwoNamingTheLine()
    {
        using var survey = new TempSurvey(Header + "a,confidence,5,4\n");
        using var outcomes = new TempSurvey("respondent,outcome\na,lots\n");
        var result = CliRunner.Run("analyze", "--survey", survey.Path, "--outcomes", outcomes.Path);
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {outcomes.Path}:2:3: outcome must be a finite number such as 12.5; was \"lots\".\n");
    }

    [Fact]
    public void DerivedImportance_OutcomesOfNobodyInTheSurvey_ExitsTwo()
    {
        using var survey = new TempSurvey(Header + "a,confidence,5,4\n");
        using var outcomes = new TempSurvey("respondent,outcome\nz,3\n");
        var result = CliRunner.Run("analyze", "--survey", survey.Path, "--outcomes", outcomes.Path);
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"error: {outcomes.Path}: outcomes must name at least one respondent of ratings; none of the 1 respondents has an outcome.\n");
    }

    [Fact]
    public void Expectations_OfferedOption_IsCompared()
    {
        var result = CliRunner.Run("analyze", "--offered", "voluntariness=-0.8,basis=-0.8", "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var expectations = json.RootElement.GetProperty("expectations");
        expectations.GetProperty("offer_source").GetString().Should().Be("--offered");
        expectations.GetProperty("offered").GetProperty("voluntariness").GetDouble().Should().Be(-0.8);
        expectations.GetProperty("dimensions").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void Expectations_BadOffered_ExitsTwo()
    {
        var result = CliRunner.Run("analyze", "--offered", "loyalty=1");
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith("error: --offered: unknown bond dimension \"loyalty\";");
    }

    [Fact]
    public void ValueTiersAndReferrals_AreTheDocumentedWorkedExamples()
    {
        var json = AnalyzeJson().RootElement;
        var tiers = json.GetProperty("value_tiers");
        tiers.GetProperty("most_valuable_cut").GetRawText().Should().Be("3400");
        tiers.GetProperty("counts").GetProperty("below_zero").GetInt32().Should().Be(2);
        var referrals = json.GetProperty("referrals");
        referrals.GetProperty("sample").GetString().Should().Contain("synthetic").And.Contain("CDNOW has no referral data");
        referrals.GetProperty("ranking").EnumerateArray().Select(e => (e.GetProperty("customer").GetString(), e.GetProperty("group").GetString()))
            .Should().Equal(("piotr", "affluent"), ("anna", "champion"), ("ola", "advocate"));
    }

    private static JsonDocument AnalyzeJson()
    {
        var result = CliRunner.Run("analyze", "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        return JsonDocument.Parse(result.Output);
    }
}
