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
        using var reader = new BondArchetypeCatalogCsvReader(new StringReader(text));
        var read = reader.ReadAll();

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
