using System.Text.Json;
using RelationshipKit.Cli.Analysis;

namespace RelationshipKit.Cli.Tests.Analysis;

public class CustomerBaseSectionTests
{
    [Fact]
    public void WriteText_EmbeddedCdnow_Table()
    {
        // Figures are printed rounded (parameters to 3 decimals, likelihoods to 2), which is what the snapshot holds.
        using var writer = new StringWriter { NewLine = "\n" };
        new CustomerBaseSection().Prepare(new AnalysisContext()).WriteText(writer);
        Snapshot.Match(writer.ToString());
    }

    [Fact]
    public void AnalyzeJson_EmbeddedCdnow_ReproducesThePublishedFits()
    {
        var result = CliRunner.Run("analyze", "--format", "json");

        result.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(result.Output);
        var section = document.RootElement.GetProperty("customer_base");
        section.GetProperty("customers").GetInt32().Should().Be(2357);
        section.GetProperty("repeat_buyers").GetInt32().Should().Be(946);
        var fits = section.GetProperty("fits").EnumerateArray().ToDictionary(f => f.GetProperty("model").GetString()!);
        fits.Keys.Should().Equal("bgnbd", "mbgnbd", "paretonbd");
        fits.Values.Should().OnlyContain(f => f.GetProperty("converged").GetBoolean());

        // Fader, Hardie & Lee (2005): r 0.243, alpha 4.414, a 0.793, b 2.426, LL -9582.43, from the summarised raw log.
        var bgnbd = fits["bgnbd"].GetProperty("parameters");
        bgnbd.GetProperty("r").GetDouble().Should().BeApproximately(0.243, 0.0005);
        bgnbd.GetProperty("alpha").GetDouble().Should().BeApproximately(4.414, 0.0005);
        bgnbd.GetProperty("a").GetDouble().Should().BeApproximately(0.793, 0.0005);
        bgnbd.GetProperty("b").GetDouble().Should().BeApproximately(2.426, 0.0005);
        fits["bgnbd"].GetProperty("log_likelihood").GetDouble().Should().BeApproximately(-9582.43, 0.01);
        fits["paretonbd"].GetProperty("log_likelihood").GetDouble().Should().BeApproximately(-9594.97, 0.01);
        fits["bgnbd"].GetProperty("holdout_actual").GetDouble().Should().Be(1882);

        var spend = section.GetProperty("spend");
        spend.GetProperty("customers").GetDouble().Should().Be(946);
        spend.GetProperty("excluded_rows").GetInt32().Should().Be(1411);

        section.GetProperty("top_customers").GetArrayLength().Should().Be(10);
        section.GetProperty("p_alive_distribution").EnumerateArray().Sum(b => b.GetProperty("customers").GetInt32()).Should().Be(2357);
        var tiers = section.GetProperty("clv_bands").EnumerateArray().ToList();
        tiers.Sum(t => t.GetProperty("customers").GetInt32()).Should().Be(2357);
        tiers.Sum(t => t.GetProperty("share").GetDouble()).Should().BeApproximately(1, 1e-12);
        tiers.Select(t => t.GetProperty("clv").GetDouble()).Take(3).Should().BeInDescendingOrder();

        // The stated rule: with a holdout, the lowest mean absolute error of per-customer holdout purchases.
        var selection = section.GetProperty("selection");
        selection.GetProperty("rule").GetString().Should().Be("holdout_mae");
        selection.GetProperty("model").GetString().Should().Be("paretonbd");
        selection.GetProperty("runner_up").GetString().Should().Be("mbgnbd");
        fits["paretonbd"].GetProperty("holdout_mae").GetDouble().Should().BeLessThan(fits["mbgnbd"].GetProperty("holdout_mae").GetDouble());
        fits["mbgnbd"].GetProperty("holdout_mae").GetDouble().Should().BeLessThan(fits["bgnbd"].GetProperty("holdout_mae").GetDouble());
        var valueTiers = section.GetProperty("value_tiers");
        (valueTiers.GetProperty("most_valuable").GetInt32() + valueTiers.GetProperty("most_growable").GetInt32() + valueTiers.GetProperty("below_zero").GetInt32() + valueTiers.GetProperty("standard").GetInt32()).Should().Be(2357);
    }

    [Fact]
    public void CustomerSummary_FromSummarize_ReproducesTheEmbeddedAnalysis()
    {
        // summarize → analyze --customer-summary on the same log must give the same fits, holdout check and CLV.
        var file = SummarizeCdnow("week");
        var fromFile = CustomerBase(CliRunner.Run("analyze", "--customer-summary", file, "--currency", "USD", "--format", "json"));
        var embedded = CustomerBase(CliRunner.Run("analyze", "--format", "json"));

        fromFile.GetProperty("data").GetString().Should().Be(Path.GetFileName(file));
        fromFile.GetProperty("calibration_end").ValueKind.Should().Be(JsonValueKind.Null, "a summary file does not carry its dates");
        fromFile.GetProperty("observation_end").ValueKind.Should().Be(JsonValueKind.Null);
        fromFile.GetProperty("duration_holdout").GetDouble().Should().Be(39);
        fromFile.GetProperty("time_unit").GetString().Should().Be("week");
        fromFile.GetProperty("currency").GetString().Should().Be("USD");
        foreach (var key in new[] { "customers", "repeat_buyers", "fits", "spend", "top_customers", "p_alive_distribution", "clv_bands", "value_tiers", "selection", "total_clv" })
        {
            fromFile.GetProperty(key).GetRawText().Should().Be(embedded.GetProperty(key).GetRawText(), key);
        }
    }

    [Fact]
    public void CustomerSummary_InDays_GivesTheSameCustomerFigures()
    {
        var weeks = CustomerBase(CliRunner.Run("analyze", "--customer-summary", SummarizeCdnow("week"), "--format", "json"));
        var days = CustomerBase(CliRunner.Run("analyze", "--customer-summary", SummarizeCdnow("day"), "--time-unit", "day", "--format", "json"));

        days.GetProperty("time_unit").GetString().Should().Be("day");
        days.GetProperty("duration_holdout").GetDouble().Should().Be(273);
        days.GetProperty("total_clv").GetDouble().Should().BeApproximately(weeks.GetProperty("total_clv").GetDouble(), 1e-6);
        var topWeeks = weeks.GetProperty("top_customers").EnumerateArray().ToList();
        var topDays = days.GetProperty("top_customers").EnumerateArray().ToList();
        topDays.Select(c => c.GetProperty("id").GetString()).Should().Equal(topWeeks.Select(c => c.GetProperty("id").GetString()));
        for (var i = 0; i < topWeeks.Count; i++)
        {
            topDays[i].GetProperty("p_alive").GetDouble().Should().BeApproximately(topWeeks[i].GetProperty("p_alive").GetDouble(), 1e-6);
            topDays[i].GetProperty("expected_purchases").GetDouble().Should().BeApproximately(topWeeks[i].GetProperty("expected_purchases").GetDouble(), 1e-6);
        }
    }

    [Fact]
    public void CustomerSummary_Text_NamesTheFileAndTheCurrency()
    {
        var result = CliRunner.Run("analyze", "--customer-summary", SummarizeCdnow("week"), "--currency", "pln");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("Data: 2,357 customers (946 repeat buyers), holdout 39 weeks; time in weeks.")
            .And.Contain("Chosen: paretonbd, by the lowest mean absolute error of the per-customer holdout purchases; runner-up mbgnbd.")
            .And.Contain("Top 10 customers by expected purchases in the next 39 weeks (paretonbd)")
            .And.Contain("Total one-year CLV of the base: 73,259 PLN.");
    }

    [Theory]
    [InlineData("id,frequency,recency,T,frequency_holdout,duration_holdout\na,1,2,3,0,4\n", "{0}: --customer-summary needs a monetary_value column (each customer's mean repeat spend): summarise the log with --amount-column.")]
    [InlineData("id,frequency,recency,T,monetary_value\na,1,2,3,10\n", "{0}: --customer-summary needs the holdout columns frequency_holdout and duration_holdout: summarise the log with --calibration-end.")]
    [InlineData("id,frequency,recency,T,monetary_value,frequency_holdout\na,1,2,3,10,1\n", "{0}: --customer-summary needs the holdout columns frequency_holdout and duration_holdout: summarise the log with --calibration-end.")]
    [InlineData("id,frequency,recency,T,monetary_value,frequency_holdout,duration_holdout\na,0,0,10,0,0,5\nb,0,0,8,0,1,5\n", "{0}: --customer-summary has no customer with a repeat purchase (frequency > 0): the spend model and the purchase models need some.")]
    [InlineData("id,frequency,recency,T,monetary_value,frequency_holdout,duration_holdout,weight\na,1,2,3,10,1,4,2\n", "{0}: --customer-summary takes one row per customer; a weights column is not supported here (use fit and predict for weighted patterns).")]
    [InlineData("id,frequency,recency,T,monetary_value,frequency_holdout,duration_holdout\na,1,2,3,10,1,4\nb,0,0,3,0,0,5\n", "{0}:3:13: duration_holdout must be the same on every row (the length of the holdout); was 4 on line 2 and 5 here.")]
    [InlineData("id,frequency,recency,T,monetary_value,frequency_holdout,duration_holdout\na,1,2,3,10,1,0\n", "{0}:2:14: duration_holdout must be in (0, 1000000000000] (the length of the holdout); was 0.")]
    [InlineData("id,frequency,recency,T,monetary_value,frequency_holdout,duration_holdout\na,1,2,3,10,1.5,4\n", "{0}:2:12: frequency_holdout must be a whole number in [0, 1000000000]; was 1.5.")]
    [InlineData("id,frequency,recency,T,monetary_value,frequency_holdout,duration_holdout\na,1,5,3,10,1,4\n", "{0}:2:5: recency must be in [0, T]; row 1 was 5 with T 3.")]
    [InlineData("id,frequency,recency,T,monetary_value,frequency_holdout,duration_holdout\na,1,2,3,ten,1,4\n", "{0}:2:9: monetary_value must be a number; was \"ten\".")]
    public void CustomerSummary_BadFile_ExitsTwoNamingLineAndColumn(string content, string message)
    {
        var path = TestFiles.Temp(content);
        var result = CliRunner.Run("analyze", "--customer-summary", path);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty("bad input prints no partial report");
        result.Error.Should().Be("error: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, message, path) + "\n");
    }

    [Theory]
    [InlineData(new[] { "--time-unit", "day" }, "--time-unit and --currency describe the --customer-summary file; give them with --customer-summary.")]
    [InlineData(new[] { "--currency", "PLN" }, "--time-unit and --currency describe the --customer-summary file; give them with --customer-summary.")]
    [InlineData(new[] { "--customer-summary", "{file}", "--time-unit", "period" }, "--time-unit must be day, week or N days; was \"period\".")]
    public void CustomerSummary_BadOptions_ExitTwo(string[] options, string message)
    {
        var file = SummarizeCdnow("week");
        var result = CliRunner.Run(["analyze", .. options.Select(o => o == "{file}" ? file : o)]);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith("error: " + message + "\n");
    }

    [Fact]
    public void CustomerSummary_TinyBase_ReportsNonConvergedFitsAndEmptyTiersWithoutFailing()
    {
        var path = TestFiles.Temp("id,frequency,recency,T,monetary_value,frequency_holdout,duration_holdout\na,1,3,10,5,0,5\nb,2,7,8,12,1,5\nc,0,0,9,0,0,5\n");
        var section = CustomerBase(CliRunner.Run("analyze", "--customer-summary", path, "--format", "json"));

        section.GetProperty("customers").GetInt32().Should().Be(3);
        section.GetProperty("fits").EnumerateArray().Should().OnlyContain(f => !f.GetProperty("converged").GetBoolean(), "three customers cannot identify four parameters");
        var top = section.GetProperty("clv_bands")[0];
        top.GetProperty("customers").GetInt32().Should().Be(0, "10 % of three customers rounds to none");
        top.GetProperty("mean_p_alive").ValueKind.Should().Be(JsonValueKind.Null);
        section.GetProperty("clv_bands").EnumerateArray().Sum(t => t.GetProperty("customers").GetInt32()).Should().Be(3);
    }

    private static string SummarizeCdnow(string unit)
    {
        var path = TestFiles.Temp(string.Empty);
        var result = CliRunner.Run(
            "summarize", "--input", TestFiles.Data("CDNOW_sample.txt"), "--no-header", "--customer-column", "2", "--date-column", "3",
            "--amount-column", "5", "--delimiter", "whitespace", "--unit", unit, "--calibration-end", "1997-09-30",
            "--observation-end", "1998-06-30", "--output", path);
        result.ExitCode.Should().Be(0, result.Error);
        return path;
    }

    private static JsonElement CustomerBase(CliResult result)
    {
        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        return document.RootElement.GetProperty("customer_base").Clone();
    }
}
