using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Commands;

public class BondsCommandTests
{
    private const string Profile = "voluntariness=-0.7,basis=-0.8,affect=0,intensity=-0.6,engagement=-0.6,category-involvement=-0.6,duration=0.6";

    [Fact]
    public void Classify_Table_MatchesSnapshot()
    {
        var result = CliRunner.Run("bonds", "classify", "--profile", Profile, "--target", "committed-partnership");
        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void Classify_Json_MatchesSnapshot()
    {
        var result = CliRunner.Run("bonds", "classify", "--profile", Profile, "--target", "committed-partnership", "--format", "json");
        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void Classify_ForcedLowEmotionProfile_IsMarriageOfConvenience_BollenEmes2008()
    {
        var result = CliRunner.Run("bonds", "classify", "--profile", Profile, "--format", "json", "--top", "1");
        using var json = JsonDocument.Parse(result.Output);
        var matches = json.RootElement.GetProperty("matches");
        matches.GetArrayLength().Should().Be(1);
        matches[0].GetProperty("archetype").GetString().Should().Be("marriage-of-convenience");
        json.RootElement.TryGetProperty("advice", out _).Should().BeFalse("advice is printed only with --target");
    }

    [Fact]
    public void Classify_PartnershipProfile_IsCommittedPartnership_BollenEmes2008()
    {
        var result = CliRunner.Run("bonds", "classify", "--profile", "voluntariness=0.9,basis=0.8,affect=0.8,intensity=0.7,duration=0.9", "--format", "json");
        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("matches")[0].GetProperty("archetype").GetString().Should().Be("committed-partnership");
        json.RootElement.GetProperty("matches").GetArrayLength().Should().Be(3, "--top defaults to 3");
    }

    [Fact]
    public void Classify_KebabNamesAreCaseInsensitiveAndSpacesAllowed()
    {
        var result = CliRunner.Run("bonds", "classify", "--profile", " Switching-Ease = 0.5 , basis=1e-1", "--format", "json");
        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Output);
        var profile = json.RootElement.GetProperty("profile");
        profile.GetProperty("basis").GetDouble().Should().Be(0.1);
        profile.GetProperty("switching-ease").GetDouble().Should().Be(0.5);
    }

    [Theory]
    [InlineData("", "error: --profile must list dimension=score pairs separated by commas, for example voluntariness=0.8,basis=-0.5; was \"\".")]
    [InlineData("voluntariness", "error: --profile: item \"voluntariness\" must be dimension=score, for example basis=-0.5.")]
    [InlineData("basis=0.5,,affect=1", "error: --profile: item \"\" must be dimension=score, for example basis=-0.5.")]
    [InlineData("=0.5", "error: --profile: item \"=0.5\" must be dimension=score, for example basis=-0.5.")]
    [InlineData("basis=0.1=0.2", "error: --profile: item \"basis=0.1=0.2\" must be dimension=score, for example basis=-0.5.")]
    [InlineData("loyalty=1", "error: --profile: unknown bond dimension \"loyalty\"; known dimensions: voluntariness, basis, symmetry, formality, engagement, interaction-frequency, category-involvement, switching-ease, affect, intensity, duration, visibility.")]
    [InlineData("basis=high", "error: --profile: the basis score must be a number; was \"high\".")]
    [InlineData("basis=0,5", "error: --profile: item \"5\" must be dimension=score, for example basis=-0.5.")]
    [InlineData("basis=NaN", "error: --profile: the basis score must be a number; was \"NaN\".")]
    [InlineData("basis=1.5", "error: --profile: the basis score must be in [-1, 1]; was 1.5.")]
    [InlineData("affect=-1.01", "error: --profile: the affect score must be in [-1, 1]; was -1.01.")]
    [InlineData("basis=0.5,Basis=0.2", "error: --profile: basis appears twice; give each dimension once.")]
    public void Classify_BadProfile_ExitsTwoWithMessageAndPrintsNothing(string profile, string message)
    {
        var result = CliRunner.Run("bonds", "classify", "--profile", profile);
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be(message + "\n");
    }

    [Fact]
    public void Classify_UnknownTarget_ExitsTwo()
    {
        var result = CliRunner.Run("bonds", "classify", "--profile", "basis=1", "--target", "soulmate");
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be(
            "error: --target must be one of arranged-marriage, casual-friendship, marriage-of-convenience, committed-partnership, best-friendship, compartmentalized-friendship, kinship, rebound, childhood-friendship, courtship, dependency, fling, enmity, secret-affair, enslavement; was \"soulmate\".\n");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Classify_TopBelowOne_ExitsTwo(string top)
    {
        var result = CliRunner.Run("bonds", "classify", "--profile", "basis=1", "--top", top);
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith($"error: --top must be at least 1; was {top}.\n");
    }

    [Fact]
    public void Classify_TopAboveCatalogueSize_PrintsEveryArchetype()
    {
        var result = CliRunner.Run("bonds", "classify", "--profile", "basis=1", "--top", "40", "--format", "json");
        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("matches").GetArrayLength().Should().Be(15);
    }

    [Fact]
    public void Classify_MissingProfile_ExitsTwo()
    {
        var result = CliRunner.Run("bonds", "classify");
        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("error: Option '--profile' is required.\n");
    }

    [Fact]
    public void Classify_TargetAlreadyBest_SaysSo()
    {
        var result = CliRunner.Run("bonds", "classify", "--profile", Profile, "--target", "marriage-of-convenience", "--format", "json");
        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Output);
        var advice = json.RootElement.GetProperty("advice");
        advice.GetProperty("outcome").GetString().Should().Be("already_best_match");
        advice.GetProperty("changes").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Classify_TaxOfficeWithVoluntarinessPinned_NamesThePin()
    {
        var result = CliRunner.Run(
            "bonds", "classify", "--profile", "voluntariness=-0.7,basis=-0.8,engagement=-0.6,affect=0,intensity=-0.6,duration=0.6",
            "--target", "committed-partnership", "--pin", "voluntariness", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var advice = json.RootElement.GetProperty("advice");
        advice.GetProperty("outcome").GetString().Should().Be("blocked_by_pinned");
        advice.GetProperty("pinned").EnumerateArray().Select(e => e.GetString()).Should().Equal("voluntariness");
        advice.GetProperty("release_to_reach").EnumerateArray().Select(e => e.GetString()).Should().Equal("voluntariness");
        advice.GetProperty("release_together").GetBoolean().Should().BeFalse();
        advice.GetProperty("changes").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Classify_PinnedTable_AdvisesWithoutMovingThePin()
    {
        var result = CliRunner.Run(
            "bonds", "classify", "--profile", "voluntariness=-0.7,basis=-0.8,engagement=-0.6,affect=0,intensity=-0.6,duration=0.6",
            "--target", "kinship", "--pin", "Voluntariness, category-involvement");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("  basis       raise   -0.80   0.46   emotional")
            .And.Contain("Held fixed: voluntariness and category involvement.")
            .And.NotContain("voluntariness   raise");
    }

    [Theory]
    [InlineData(new[] { "--pin", "voluntariness" }, "error: --pin holds dimensions fixed in the advice; give it with --target.")]
    [InlineData(new[] { "--target", "kinship", "--pin", "loyalty" }, "error: --pin: unknown bond dimension \"loyalty\"; known dimensions: voluntariness, basis, symmetry, formality, engagement, interaction-frequency, category-involvement, switching-ease, affect, intensity, duration, visibility.")]
    [InlineData(new[] { "--target", "kinship", "--pin", "basis,basis" }, "error: --pin: basis appears twice; give each dimension once.")]
    public void Classify_BadPin_ExitsTwo(string[] options, string message)
    {
        var result = CliRunner.Run(["bonds", "classify", "--profile", "basis=1", .. options]);
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be(message + "\n");
    }

    [Fact]
    public void Help_ListsBondsClassify()
    {
        CliRunner.Run("--help").Output.Should().Contain("bonds");
        var help = CliRunner.Run("bonds", "classify", "--help");
        help.ExitCode.Should().Be(0);
        help.Output.Should().Contain("--profile").And.Contain("--target").And.Contain("interaction-frequency");
    }
}
