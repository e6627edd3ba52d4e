using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Tests.Infrastructure;

public class PredictionOutputTests
{
    [Fact]
    public void Render_Json_HasCustomersInOrderAndWeightedTotals()
    {
        var json = PredictionOutput.Render(OutputFormat.Json, "bgnbd", 39, ["7", "3"], [1, 2], [0.5, 0.25], [1, 3]);
        Snapshot.Match(json);
    }

    [Fact]
    public void Render_CsvWithSpend_HasAllColumns()
    {
        var csv = PredictionOutput.Render(OutputFormat.Csv, "bgnbd", 39, ["a"], [1], [0.5], [1.5], [24.66], [30.1]);
        csv.Should().Be("id,weight,p_alive,expected_purchases,expected_spend,clv\na,1,0.5,1.5,24.66,30.1\n");
    }
}
