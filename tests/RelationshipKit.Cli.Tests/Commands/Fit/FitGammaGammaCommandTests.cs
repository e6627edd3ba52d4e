namespace RelationshipKit.Cli.Tests.Commands.Fit;

public class FitGammaGammaCommandTests
{
    [Fact]
    public void Fit_Cdnow_Json_MatchesSnapshot()
    {
        // Fader, Hardie & Lee (2005, "RFM and CLV"): p 6.25, q 3.74, v 15.44 on 946 repeat buyers, 1,411 excluded.
        var result = CliRunner.Run("fit", "gammagamma", "--input", TestFiles.Data("cdnow_customers_summary_with_transactions.csv"), "--time-unit", "week", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        Snapshot.Match(FitJsonSnapshot.Normalise(result.Output, 2));
    }

    [Fact]
    public void Fit_RepeatBuyerWithZeroSpend_ExitsTwoAtTheSpendCell()
    {
        var path = TestFiles.Temp("customer_id,frequency,monetary_value\na,2,20.5\nb,0,0\nc,3,0\n");

        var result = CliRunner.Run("fit", "gammagamma", "--input", path);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {path}:4:5: monetary value must be > 0 when frequency is > 0; row 3 was 0.\n");
    }

    [Fact]
    public void Fit_NoSpendColumn_ExitsTwo()
    {
        var result = CliRunner.Run("fit", "gammagamma", "--input", TestFiles.Data("cdnow_customers_summary.csv"));
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Contain("the header has no monetary_value column");
    }
}
