using System.Text.Json;
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

    [Fact]
    public void Render_CsvOfManyBlocks_IsInInputOrderWithRoundTripNumbers()
    {
        // More rows than several formatting blocks on every core, so the blocks' order is exercised.
        const int n = 200_003;
        var random = new Random(7);
        var ids = Enumerable.Range(0, n).Select(i => i % 1000 == 0 ? $"id,{i}" : $"c{i}").ToArray();
        double[] Column() => Enumerable.Range(0, n).Select(_ => random.NextDouble() * 1000).ToArray();
        double[] weights = Column(), alive = Column(), purchases = Column(), spend = Column(), clv = Column();

        var lines = PredictionOutput.Render(OutputFormat.Csv, "bgnbd", 39, ids, weights, alive, purchases, spend, clv).Split('\n');

        lines.Should().HaveCount(n + 2).And.HaveElementAt(n + 1, string.Empty);
        for (var i = 0; i < n; i++)
        {
            var id = i % 1000 == 0 ? $"\"id,{i}\"" : $"c{i}";
            var expected = string.Join(',', [id, .. new[] { weights[i], alive[i], purchases[i], spend[i], clv[i] }.Select(CsvText.Number)]);
            if (lines[i + 1] != expected)
            {
                lines[i + 1].Should().Be(expected, $"row {i} comes out in input order");
            }
        }
    }

    [Fact]
    public void Render_CsvQuotesIdsWithCommas()
    {
        var csv = PredictionOutput.Render(OutputFormat.Csv, "bgnbd", 39, ["Kowalski, Jan", "say \"hi\""], [1, 1], [0.5, 1], [1, 2]);
        csv.Should().Be("id,weight,p_alive,expected_purchases\n\"Kowalski, Jan\",1,0.5,1\n\"say \"\"hi\"\"\",1,1,2\n");
    }

    [Fact]
    public void Render_Table_ShowsTheFirstRowsAndTheTotals()
    {
        var n = PredictionOutput.TableRows + 5;
        var ids = Enumerable.Range(1, n).Select(i => $"c{i}").ToArray();
        var ones = Enumerable.Repeat(1.0, n).ToArray();
        var table = PredictionOutput.Render(OutputFormat.Table, "bgnbd", 52, ids, ones, ones, ones);

        table.Should().Contain($"first {PredictionOutput.TableRows} of {n} rows").And.Contain($"c{PredictionOutput.TableRows}").And.NotContain($"c{PredictionOutput.TableRows + 1} ");
        table.Split('\n').Should().Contain(line => line.TrimStart().StartsWith("total", StringComparison.Ordinal) && line.Contains($" {n} ", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ManyCustomers_StreamsCsvAndJsonWithEveryRow()
    {
        const int n = 10_000;
        var ids = Enumerable.Range(0, n).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var weights = Enumerable.Repeat(2.0, n).ToArray();
        var alive = Enumerable.Range(0, n).Select(i => i / (double)n).ToArray();
        var expected = Enumerable.Repeat(0.5, n).ToArray();

        using var csv = new StringWriter();
        PredictionOutput.Write(csv, OutputFormat.Csv, "paretonbd", 52, ids, weights, alive, expected);
        var lines = csv.ToString().Split('\n');
        lines.Should().HaveCount(n + 2, "a header, one line per customer and the final newline");
        lines[^2].Should().Be("9999,2,0.9999,0.5");

        using var json = new StringWriter();
        PredictionOutput.Write(json, OutputFormat.Json, "paretonbd", 52, ids, weights, alive, expected);
        using var document = JsonDocument.Parse(json.ToString());
        document.RootElement.GetProperty("customers").GetArrayLength().Should().Be(n);
        document.RootElement.GetProperty("totals").GetProperty("expected_purchases").GetDouble().Should().Be(n);
    }

    [Fact]
    public void Write_ColumnsOfDifferentLengths_IsAnInternalError()
    {
        var act = () => PredictionOutput.Render(OutputFormat.Csv, "bgnbd", 39, ["a", "b"], [1, 1], [0.5], [1, 2]);
        act.Should().Throw<ArgumentException>().WithMessage("Internal error: every prediction column must have one entry per customer (2), and expected spend and CLV come together.*");

        var spendWithoutClv = () => PredictionOutput.Render(OutputFormat.Csv, "bgnbd", 39, ["a"], [1], [0.5], [1], expectedSpend: [3]);
        spendWithoutClv.Should().Throw<ArgumentException>();
    }
}
