namespace RelationshipKit.Cli.Tests.Commands.Fit;

public class FitMbgNbdCommandTests
{
    [Fact]
    public void Fit_Cdnow_Json_MatchesSnapshot()
    {
        // MBG/NBD on CDNOW (Batislam, Denizel & Filiztekin 2007): r 0.525, α 6.183, a 0.891, b 1.614.
        var result = CliRunner.Run("fit", "mbgnbd", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--time-unit", "week", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        Snapshot.Match(FitJsonSnapshot.Normalise(result.Output, 3));
    }

    [Fact]
    public void Fit_BadTimeUnit_ExitsTwo()
    {
        var result = CliRunner.Run("fit", "mbgnbd", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--time-unit", "fortnight");
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("error: --time-unit must be day, week, period or N days; was \"fortnight\".\n");
    }
}
