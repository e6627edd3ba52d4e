using System.Text.Json;
using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Cli.Tests.Commands.Predict;

public class PredictBgNbdCommandTests
{
    private const string Cdnow = "r=0.243,alpha=4.414,a=0.793,b=2.426";

    [Fact]
    public void Predict_CdnowCustomer_MatchesFaderHardieLee2005()
    {
        // E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226 at the published parameters (Fader, Hardie & Lee 2005).
        var path = TestFiles.Temp("id,frequency,recency,T\nc1,2,30.43,38.86\nc2,0,0,38.86\n");

        var result = CliRunner.Run("predict", "bgnbd", "--time-unit", "week", "--input", path, "--parameters", Cdnow, "--horizon", "39", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var customers = json.RootElement.GetProperty("customers");
        customers[0].GetProperty("id").GetString().Should().Be("c1");
        customers[0].GetProperty("expected_purchases").GetDouble().Should().BeApproximately(1.226, 0.001);
        customers[1].GetProperty("p_alive").GetDouble().Should().Be(1);
        json.RootElement.GetProperty("totals").GetProperty("weight").GetDouble().Should().Be(2);
    }

    [Fact]
    public void Predict_WithSpend_Json_MatchesSnapshot()
    {
        var path = TestFiles.Temp("ID,x,t_x,T,zbar\n1,2,30.43,38.86,22.35\n2,0,0,38.86,0\n3,7,35.1,38.5,41.2\n");

        var result = CliRunner.Run("predict", "bgnbd", "--time-unit", "week", "--input", path, "--parameters", Cdnow, "--horizon", "52", "--spend-parameters", "p=6.25,q=3.74,v=15.44", "--discount-rate", "0.1", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("customers")[0].GetProperty("expected_spend").GetDouble().Should().BeApproximately(24.66, 0.01);
        json.RootElement.GetProperty("customers")[1].GetProperty("expected_spend").GetDouble().Should().BeApproximately(35.22, 0.01);
        Snapshot.Match(RoundNumbers(result.Output));
    }

    [Fact]
    public void Predict_FromFitFile_EqualsFromParameters()
    {
        var fit = CliRunner.Run("fit", "bgnbd", "--input", TestFiles.Data("cdnow_customers_summary.csv"));
        var fitPath = TestFiles.Temp(fit.Output, ".json");
        using var parameters = JsonDocument.Parse(fit.Output);
        var p = parameters.RootElement.GetProperty("parameters");
        var text = string.Join(",", p.EnumerateObject().Select(e => $"{e.Name}={e.Value.GetRawText()}"));

        var fromFile = CliRunner.Run("predict", "bgnbd", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--fit", fitPath, "--horizon", "39");
        var fromText = CliRunner.Run("predict", "bgnbd", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--parameters", text, "--horizon", "39");

        fromFile.ExitCode.Should().Be(0, fromFile.Error);
        fromFile.Output.Should().Be(fromText.Output);
        fromFile.Output.Split('\n')[0].Should().Be("id,weight,p_alive,expected_purchases");
    }

    [Fact]
    public void Predict_InvalidParameter_ExitsTwo()
    {
        var result = CliRunner.Run("predict", "bgnbd", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--parameters", "r=0.243,alpha=-4.414,a=0.793,b=2.426", "--horizon", "39");
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("error: --parameters: alpha must be a finite number > 0; was -4.414.\n");
    }

    [Fact]
    public void Predict_SpendWithoutMonetaryColumn_ExitsTwo()
    {
        var path = TestFiles.Data("cdnow_customers_summary.csv");
        var result = CliRunner.Run("predict", "bgnbd", "--time-unit", "week", "--input", path, "--parameters", Cdnow, "--horizon", "39", "--spend-parameters", "p=6.25,q=3.74,v=15.44");
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith($"error: {path}: --spend-parameters needs a monetary_value column");
    }

    [Fact]
    public void Predict_BadRow_ExitsTwoWithFileLineColumn()
    {
        var path = TestFiles.Temp("frequency,recency,T\n1,3,10\n0,2,10\n");
        var result = CliRunner.Run("predict", "bgnbd", "--time-unit", "week", "--input", path, "--parameters", Cdnow, "--horizon", "39");
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {path}:3:3: recency must be 0 when frequency is 0; row 2 was 2.\n");
    }

    [Fact]
    public void Predict_NegativeHorizon_ExitsTwo()
    {
        var result = CliRunner.Run("predict", "bgnbd", "--time-unit", "week", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--parameters", Cdnow, "--horizon", "-1");
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("error: --horizon must be a finite number >= 0; was -1.\n");
    }

    /// <summary>Rounds every number in the JSON to 6 significant digits, so the snapshot holds what the tests claim.</summary>
    internal static string RoundNumbers(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, @"-?\d+\.\d+(E[-+]?\d+)?", m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture).ToString("G6", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Predict_FitFileNotJson_ReportsThePositionOnce()
    {
        var path = TestFiles.Temp("{\n  \"model\": bgnbd\n}", ".json");
        var result = CliRunner.Run("predict", "bgnbd", "--input", TestFiles.Data("cdnow_customers_summary.csv"), "--fit", path, "--horizon", "39");
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {path}:2:12: not valid JSON: 'b' is an invalid start of a value.\n", "the 1-based position is in front; the reader's 0-based one is dropped");
    }

    [Fact]
    public void Fit_Output_IsTheLibraryDocument_AndALibraryDocumentPredicts()
    {
        var input = TestFiles.Data("cdnow_customers_summary.csv");
        var cli = CliRunner.Run("fit", "bgnbd", "--input", input, "--time-unit", "week");
        SummaryTable table;
        using (var reader = SummaryCsvReader.Open(input, new SummaryCsvOptions { TimeUnit = TimeUnit.Week }))
        {
            table = reader.ReadAll();
        }

        var library = BgNbdModel.Fit(table.Table);
        cli.Output.Should().Be(FitDocument.ToJson(library) + "\n", "the CLI prints the library's saved-fit document");

        var saved = TestFiles.Temp(FitDocument.ToJson(library), ".json");
        var predicted = CliRunner.Run("predict", "bgnbd", "--input", input, "--fit", saved, "--horizon", "39");
        predicted.ExitCode.Should().Be(0, predicted.Error);
        var loaded = FitDocument.FromJson<BgNbdModel>(cli.Output).Model;
        var alive = new double[table.Count];
        var expected = new double[table.Count];
        loaded.ProbabilityAlive(table.Table, alive);
        loaded.ConditionalExpectedPurchases(39, table.Table, expected);
        predicted.Output.Split('\n')[1].Should().Be(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"1,1,{alive[0]:R},{expected[0]:R}"));
    }

    [Fact]
    public void Predict_TimeUnitContradictingTheFit_ExitsTwoNamingBoth()
    {
        var input = TestFiles.Data("cdnow_customers_summary.csv");
        var fit = TestFiles.Temp(CliRunner.Run("fit", "bgnbd", "--input", input, "--time-unit", "week").Output, ".json");
        var result = CliRunner.Run("predict", "bgnbd", "--input", input, "--fit", fit, "--horizon", "39", "--time-unit", "day");
        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: --time-unit day contradicts the time unit of the fit in {fit}, week; leave --time-unit out to use the fit's.\n");
    }
}
