using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Commands;

public class ValueCommandTests
{
    [Fact]
    public void Simple_BookBuyer_PrintsJsonContract()
    {
        // shared/domain.md §7: 1000 × 6 × 5 = 30 000.
        var result = CliRunner.Run("value", "simple", "--purchase", "1000", "--per-year", "6", "--years", "5", "--currency", "PLN");

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void Simple_NoCurrency_UsesXxx()
    {
        var result = CliRunner.Run("value", "simple", "--purchase", "1000.00", "--per-year", "6", "--years", "5");

        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("ltv").GetRawText().Should().Be("30000");
        json.RootElement.GetProperty("currency").GetString().Should().Be("XXX");
    }

    [Fact]
    public void Simple_TableAndCsv_ShowTheSameFigure()
    {
        var table = CliRunner.Run("value", "simple", "--purchase", "1000", "--per-year", "6", "--years", "5", "--currency", "pln", "--format", "table");
        table.ExitCode.Should().Be(0);
        table.Output.Should().Contain("lifetime value").And.Contain("30000 PLN");

        var csv = CliRunner.Run("value", "simple", "--purchase", "1000", "--per-year", "6", "--years", "5", "--format", "csv");
        csv.Output.Should().Be("ltv,currency,average_purchase,purchases_per_year,years_retained\n30000,XXX,1000,6,5\n");
    }

    [Theory]
    [InlineData(new[] { "--purchase", "-1", "--per-year", "6", "--years", "5" }, "error: --purchase must be >= 0; was -1 XXX.")]
    [InlineData(new[] { "--purchase", "1000", "--per-year", "-6", "--years", "5" }, "error: --per-year must be >= 0; was -6.")]
    [InlineData(new[] { "--purchase", "abc", "--per-year", "6", "--years", "5" }, "error: --purchase must be a decimal number such as 1000 or 12.50; was \"abc\".")]
    [InlineData(new[] { "--purchase", "1000", "--per-year", "6", "--years", "5", "--currency", "zloty" }, "error: --currency must be a three-letter ISO 4217 code such as PLN; was \"zloty\".")]
    [InlineData(new[] { "--purchase", "1000", "--per-year", "6" }, "error: Option '--years' is required.")]
    public void Simple_BadInput_ExitsTwoWithoutOutput(string[] options, string firstErrorLine)
    {
        var result = CliRunner.Run(["value", "simple", .. options]);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Split('\n')[0].Should().Be(firstErrorLine);
    }

    [Fact]
    public void Acquisition_SpendAboveValue_IsALoss()
    {
        // shared/domain.md §7: 40 000 spent to win a customer worth 30 000 is a loss of 10 000.
        var result = CliRunner.Run("value", "acquisition", "--ltv", "30000", "--cost", "40000");

        result.ExitCode.Should().Be(0);
        Snapshot.Match(result.Output);
    }

    [Fact]
    public void Acquisition_WithValuePerPeriod_ReportsPayback()
    {
        var result = CliRunner.Run("value", "acquisition", "--ltv", "30000", "--cost", "12000", "--value-per-period", "6000", "--currency", "PLN");

        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("profitable").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("outcome").GetString().Should().Be("profit");
        json.RootElement.GetProperty("net").GetRawText().Should().Be("18000");
        json.RootElement.GetProperty("payback_periods").GetRawText().Should().Be("2");

        var table = CliRunner.Run("value", "acquisition", "--ltv", "30000", "--cost", "40000", "--value-per-period", "6000", "--format", "table");
        table.Output.Should().Be(
            "Loss of 10000 XXX: acquisition cost 40000 XXX exceeds lifetime value 30000 XXX.\n" +
            "Break-even acquisition cost: 30000 XXX.\n" +
            "Payback: never within the customer's lifetime.\n" +
            "Break-even: the customer must stay 6.67 periods, 1.67 more than its lifetime value covers (a retention rate of at least 0.85 per period).\n");

        var csv = CliRunner.Run("value", "acquisition", "--ltv", "30000", "--cost", "30000", "--format", "csv");
        csv.Output.Should().Be(
            "profitable,outcome,net,ltv,acquisition_cost,break_even_acquisition_cost,value_per_period,payback_periods,break_even_periods,additional_periods_to_break_even,break_even_retention,currency\n" +
            "false,break_even,0,30000,30000,30000,,,,,,XXX\n");
    }

    [Fact]
    public void Acquisition_Loss_ShowsTheBreakEvenYears_Seed002()
    {
        // Seed 002: 40 000 spent on a customer worth 30 000 (6 000 a year) breaks even after 40 000 / 6 000 = 6.67 years.
        var result = CliRunner.Run("value", "acquisition", "--ltv", "30000", "--cost", "40000", "--value-per-period", "6000", "--currency", "PLN");

        result.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Math.Round(root.GetProperty("break_even_periods").GetDecimal(), 2).Should().Be(6.67m);
        Math.Round(root.GetProperty("additional_periods_to_break_even").GetDecimal(), 2).Should().Be(1.67m);
        root.GetProperty("break_even_retention").GetDouble().Should().Be(0.85);
        root.GetProperty("payback_periods").ValueKind.Should().Be(JsonValueKind.Null);

        var csv = CliRunner.Run("value", "acquisition", "--ltv", "30000", "--cost", "40000", "--value-per-period", "6000", "--format", "csv");
        csv.Output.Split('\n')[1].Should().StartWith("false,loss,-10000,30000,40000,30000,6000,,6.6666666666666666666666666667,1.6666666666666666666666666667,0.85,");
    }

    [Theory]
    [InlineData(new[] { "--ltv", "30000", "--cost", "-1" }, "error: --cost must be >= 0; was -1 XXX.")]
    [InlineData(new[] { "--ltv", "30000", "--cost", "1", "--value-per-period", "0" }, "error: --value-per-period must be > 0; was 0 XXX.")]
    [InlineData(new[] { "--ltv", "30000", "--cost", "1", "--value-per-period", "x" }, "error: --value-per-period must be a decimal number such as 6000; was \"x\".")]
    public void Acquisition_BadInput_ExitsTwo(string[] options, string firstErrorLine)
    {
        var result = CliRunner.Run(["value", "acquisition", .. options]);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Split('\n')[0].Should().Be(firstErrorLine);
    }
}
