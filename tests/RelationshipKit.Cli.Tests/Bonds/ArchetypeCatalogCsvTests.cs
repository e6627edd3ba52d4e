using System.Text.Json;
using RelationshipKit.Bonds;
using RelationshipKit.Cli.Bonds;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Cli.Tests.Surveys;

namespace RelationshipKit.Cli.Tests.Bonds;

public class ArchetypeCatalogCsvTests
{
    private const string Custom =
        "archetype,dimension,score,weight\n" +
        "loyal-fan,affect,0.9,2\n" +
        "loyal-fan,voluntariness,0.8,\n" +
        "hostage,voluntariness,-0.9,2\n" +
        "hostage,affect,-0.6,\n";

    [Fact]
    public void WriteThenParse_Fournier_GivesTheSameCatalogue()
    {
        var text = ArchetypeCatalogCsv.Write(BondArchetypeCatalog.Fournier);
        var read = ArchetypeCatalogCsv.Parse(text, "fournier.csv");

        read.Count.Should().Be(15);
        for (var i = 0; i < read.Count; i++)
        {
            var expected = BondArchetypeCatalog.Fournier.Archetypes[i];
            var actual = read.Archetypes[i];
            actual.Id.Should().Be(expected.Id);
            actual.DisplayName.Should().Be(expected.DisplayName);
            actual.Description.Should().Be(expected.Description);
            actual.Source.Should().Be(expected.Source);
            actual.Signature.Should().Equal(expected.Signature);
        }
    }

    [Fact]
    public void Write_Fournier_StartsWithHeaderAndQuotesFieldsWithCommas()
    {
        var lines = ArchetypeCatalogCsv.Write(BondArchetypeCatalog.Fournier).Split('\n');
        lines[0].Should().Be("archetype,name,dimension,score,weight,description,source");
        lines[1].Should().StartWith("arranged-marriage,Arranged marriage,voluntariness,-0.8,2,\"");
        lines.Length.Should().Be(BondArchetypeCatalog.Fournier.Archetypes.Sum(a => a.Signature.Count) + 2, "one row per signature term, a header and a final newline");
    }

    [Fact]
    public void Parse_MinimalColumns_DefaultsWeightNameDescriptionAndSource()
    {
        var catalog = ArchetypeCatalogCsv.Parse(Custom, "mine.csv");

        catalog.Archetypes.Select(a => a.Id).Should().Equal("loyal-fan", "hostage");
        var fan = catalog.Get("loyal-fan");
        fan.DisplayName.Should().Be("Loyal fan");
        fan.Description.Should().BeEmpty();
        fan.Source.Should().BeEmpty();
        fan.Signature.Should().Equal([new BondTarget(BondDimension.Voluntariness, 0.8), new BondTarget(BondDimension.Affect, 0.9, 2)], "a signature lists its terms in dimension order");
    }

    [Fact]
    public void Load_DocumentedExample_HasTwoArchetypesWithNamesAndWeights()
    {
        // docs/reference/archetype-catalog-format.md shows this file.
        var catalog = ArchetypeCatalogCsv.Load(TestFiles.Data("example-archetypes.csv"));

        catalog.Archetypes.Select(a => a.DisplayName).Should().Equal("Loyal fan", "Held hostage");
        catalog.Get("hostage").Signature.Should().Equal(
            new BondTarget(BondDimension.Voluntariness, -0.9, 2),
            new BondTarget(BondDimension.SwitchingEase, -0.8),
            new BondTarget(BondDimension.Affect, -0.6));
    }

    [Fact]
    public void Parse_ColumnsInAnyOrderWithAttributesOnOneRow_ReadsThem()
    {
        const string text =
            "\uFEFF# my catalogue\n" +
            "Score , Dimension, Archetype, Name, Source\n" +
            "0.9, affect, loyal-fan, Loyal fan, \"Our study, 2026\"\n" +
            "\n" +
            "0.8, voluntariness, loyal-fan, , \n" +
            "-0.9, voluntariness, hostage, Hostage, \"Our study, 2026\"\n";

        var catalog = ArchetypeCatalogCsv.Parse(text, "mine.csv");

        catalog.Get("loyal-fan").Signature.Should().HaveCount(2);
        catalog.Get("loyal-fan").Source.Should().Be("Our study, 2026");
        catalog.Get("hostage").DisplayName.Should().Be("Hostage");
    }

    [Theory]
    [InlineData("", "mine.csv:1:1: the archetype catalogue is empty; expected a header with the columns archetype,dimension,score.")]
    [InlineData("# only a comment\n\n", "mine.csv:1:1: the archetype catalogue is empty; expected a header with the columns archetype,dimension,score.")]
    [InlineData("archetype,dimension,score\n", "mine.csv:2:1: the archetype catalogue has no rows after the header.")]
    [InlineData("archetype,dimension\nfan,affect\n", "mine.csv:1:1: the header must have the columns archetype,dimension,score; score is missing.")]
    [InlineData("name,weight\n", "mine.csv:1:1: the header must have the columns archetype,dimension,score; archetype, dimension, score are missing.")]
    [InlineData("archetype,dimension,score,colour\n", "mine.csv:1:27: unknown column \"colour\"; the columns are archetype, dimension, score, weight, name, description, source.")]
    [InlineData("archetype,dimension,score,Score\n", "mine.csv:1:27: column score appears twice in the header.")]
    [InlineData("archetype,dimension,score\nfan,affect\n", "mine.csv:2:1: expected 3 fields (archetype,dimension,score); found 2.")]
    [InlineData("archetype,dimension,score\n,affect,1\n", "mine.csv:2:1: archetype must not be empty.")]
    [InlineData("archetype,dimension,score\nfan,loyalty,1\n", "mine.csv:2:5: unknown bond dimension \"loyalty\"; known dimensions: voluntariness, basis, symmetry, formality, engagement, interaction-frequency, category-involvement, switching-ease, affect, intensity, duration, visibility.")]
    [InlineData("archetype,dimension,score\nfan,affect,high\n", "mine.csv:2:12: score must be a number; was \"high\".")]
    [InlineData("archetype,dimension,score\nfan,affect,1.5\n", "mine.csv:2:12: score must be in [-1, 1]; was 1.5.")]
    [InlineData("archetype,dimension,score\nfan,affect,1\nfan,Affect,0.5\n", "mine.csv:3:5: archetype fan already has a term on affect (line 2); give each dimension once per archetype.")]
    [InlineData("archetype,dimension,score,weight\nfan,affect,1,heavy\n", "mine.csv:2:14: weight must be a number; was \"heavy\".")]
    [InlineData("archetype,dimension,score,weight\nfan,affect,1,NaN\n", "mine.csv:2:14: weight must be a number; was \"NaN\".")]
    [InlineData("archetype,dimension,score,weight\nfan,affect,1,0\n", "mine.csv:2:14: weight must be in (0, 10]; was 0.")]
    [InlineData("archetype,dimension,score,weight\nfan,affect,1,11\n", "mine.csv:2:14: weight must be in (0, 10]; was 11.")]
    [InlineData("archetype,dimension,score,name\nfan,affect,1,Fan\nfan,basis,1,Big fan\n", "mine.csv:3:13: archetype fan has the name \"Fan\" on line 2; a second name \"Big fan\" is not allowed (leave the field empty or repeat it exactly).")]
    [InlineData("archetype,dimension,score\nFan Club,affect,1\n", "mine.csv:2:1: id must be kebab-case (lower-case letters and digits, words joined by single hyphens, at most 64 characters); was \"Fan Club\".")]
    [InlineData("archetype,dimension,score\nfan,affect,\"1\n", "mine.csv:2:12: a quoted field is not closed before the end of the line.")]
    public void Parse_BadInput_NamesFileLineAndColumn(string text, string message)
    {
        var act = () => ArchetypeCatalogCsv.Parse(text, "mine.csv");
        act.Should().Throw<CliUsageException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void Classify_WithCustomCatalogue_RanksItsArchetypes()
    {
        using var file = new TempSurvey(Custom);
        var result = CliRunner.Run("bonds", "classify", "--profile", "voluntariness=-0.5,affect=-0.2", "--archetypes", file.Path, "--target", "loyal-fan", "--format", "json");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("archetypes_compared").GetInt32().Should().Be(2);
        var matches = json.RootElement.GetProperty("matches");
        matches.GetArrayLength().Should().Be(2, "--top 3 prints all of a two-archetype catalogue");
        matches[0].GetProperty("archetype").GetString().Should().Be("hostage");
        var advice = json.RootElement.GetProperty("advice");
        advice.GetProperty("outcome").GetString().Should().Be("reachable");
        advice.GetProperty("advised_rank").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Classify_TargetNotInCustomCatalogue_ListsItsArchetypes()
    {
        using var file = new TempSurvey(Custom);
        var result = CliRunner.Run("bonds", "classify", "--profile", "affect=1", "--archetypes", file.Path, "--target", "committed-partnership");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("error: --target must be one of loyal-fan, hostage; was \"committed-partnership\".\n");
    }

    [Fact]
    public void Classify_BadCatalogue_ExitsTwoAndPrintsNothing()
    {
        using var file = new TempSurvey("archetype,dimension,score\nfan,affect,2\n");
        var result = CliRunner.Run("bonds", "classify", "--profile", "affect=1", "--archetypes", file.Path);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {file.Path}:2:12: score must be in [-1, 1]; was 2.\n");
    }

    [Fact]
    public void Classify_MissingCatalogueFile_ExitsTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), "rk-missing-" + Guid.NewGuid().ToString("N"), "mine.csv");
        var result = CliRunner.Run("bonds", "classify", "--profile", "affect=1", "--archetypes", path);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith($"error: cannot read {path}: ");
    }

    [Fact]
    public void Archetypes_Table_MatchesSnapshot()
    {
        var result = CliRunner.Run("bonds", "archetypes");
        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void Archetypes_Csv_IsWhatParseReadsBack()
    {
        var result = CliRunner.Run("bonds", "archetypes", "--format", "csv");
        result.ExitCode.Should().Be(0);
        result.Output.Should().Be(ArchetypeCatalogCsv.Write(BondArchetypeCatalog.Fournier));
    }

    [Fact]
    public void Archetypes_JsonOfCustomCatalogue_HasEveryTerm()
    {
        using var file = new TempSurvey(Custom);
        var result = CliRunner.Run("bonds", "archetypes", "--archetypes", file.Path, "--format", "json");

        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Output);
        var archetypes = json.RootElement.GetProperty("archetypes");
        archetypes.GetArrayLength().Should().Be(2);
        archetypes[0].GetProperty("id").GetString().Should().Be("loyal-fan");
        archetypes[0].GetProperty("name").GetString().Should().Be("Loyal fan");
        var signature = archetypes[0].GetProperty("signature");
        signature.GetArrayLength().Should().Be(2);
        signature[1].GetProperty("dimension").GetString().Should().Be("affect");
        signature[1].GetProperty("score").GetDouble().Should().Be(0.9);
        signature[1].GetProperty("weight").GetDouble().Should().Be(2);
        signature[0].GetProperty("weight").GetDouble().Should().Be(1, "an empty weight field means 1");
    }

    [Fact]
    public void Analyze_WithCustomCatalogue_ClassifiesRespondentsAgainstIt()
    {
        using var file = new TempSurvey(Custom);
        var result = CliRunner.Run("analyze", "--archetypes", file.Path, "--format", "json");

        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Output);
        var bonds = json.RootElement.GetProperty("bonds");
        bonds.GetProperty("archetypes").GetString().Should().Be("survey.csv");
        bonds.GetProperty("classification")[0].GetProperty("archetype").GetString().Should().Be("loyal-fan");
        bonds.GetProperty("per_respondent").EnumerateArray()
            .Select(r => r.GetProperty("archetype").GetString())
            .Should().OnlyContain(id => id == "loyal-fan" || id == "hostage");
    }
}
