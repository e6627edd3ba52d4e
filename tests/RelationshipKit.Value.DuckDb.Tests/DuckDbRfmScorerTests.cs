using DuckDB.NET.Data;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Value.DuckDb.Tests;

/// <summary>Scoring a chunk at a time: the predictions equal the model's on the in-process summaries.</summary>
public sealed class DuckDbRfmScorerTests : IDisposable
{
    private static readonly SummaryOptions Weeks = new() { TimeUnit = TimeUnit.Week };
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void ScoreToCsv_CdnowInChunks_WritesTheModelsPredictionsForEveryCustomer()
    {
        var source = DuckDbTransactions.Csv(TransactionLogs.CdnowCsv);
        var model = BgNbdModel.Fit(new DuckDbRfmSummarizer(_connection).SummarizeCollapsed(source, Weeks)).Model;
        using var writer = new StringWriter();

        var count = new DuckDbRfmScorer(_connection).ScoreToCsv(source, Weeks, model, 39, writer, chunkSize: 500);

        count.Should().Be(2357);
        var lines = writer.ToString().TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(2358);
        lines[0].Should().Be("id,weight,frequency,recency,T,p_alive,expected_purchases");
        var expected = EngineSummaries.InProcess(TransactionLogs.CdnowCsv, Weeks, withAmounts: false);
        var first = expected.Customers.Single(c => c.Id.Value == "0001");
        var fields = lines[1].Split(',');
        fields[0].Should().Be("0001");
        // The batch members may differ from the scalar ones in the last bit.
        var alive = model.ProbabilityAlive(first.Frequency, first.Recency, first.T);
        var purchases = model.ConditionalExpectedPurchases(39, first.Frequency, first.Recency, first.T);
        fields[1].Should().Be("1");
        double.Parse(fields[5], System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(alive, 1e-12);
        double.Parse(fields[6], System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(purchases, 1e-12);
    }

    [Fact]
    public void ScoreToTable_CdnowInChunks_FillsTheTableInTheSameDatabase()
    {
        var source = DuckDbTransactions.Csv(TransactionLogs.CdnowCsv);
        var model = BgNbdModel.Fit(new DuckDbRfmSummarizer(_connection).SummarizeCollapsed(source, Weeks)).Model;

        var count = new DuckDbRfmScorer(_connection).ScoreToTable(source, Weeks, model, 39, "scores", chunkSize: 1000);

        count.Should().Be(2357);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), SUM(expected_purchases), MIN(p_alive) FROM scores";
        using var reader = command.ExecuteReader();
        reader.Read().Should().BeTrue();
        reader.GetInt64(0).Should().Be(2357);
        var table = EngineSummaries.InProcess(TransactionLogs.CdnowCsv, Weeks, withAmounts: false).ToRfmTable();
        var expected = new double[table.Count];
        model.ConditionalExpectedPurchases(39, table, expected);
        reader.GetDouble(1).Should().BeApproximately(expected.Sum(), 1e-9 * expected.Sum());
        reader.GetDouble(2).Should().BeInRange(0, 1);
    }

    [Fact]
    public void ScoreToCsv_UnitOtherThanTheModels_ThrowsNamingBoth()
    {
        var source = DuckDbTransactions.Csv(TransactionLogs.CdnowCsv);
        var model = BgNbdModel.Fit(new DuckDbRfmSummarizer(_connection).SummarizeCollapsed(source, Weeks)).Model;

        var act = () => new DuckDbRfmScorer(_connection).ScoreToCsv(source, null, model, 39, TextWriter.Null);

        act.Should().Throw<ArgumentException>().WithMessage("The summary unit must be the model's: the options say day, the model was fitted in week.*").Which.ParamName.Should().Be("options");
    }

    [Fact]
    public void ScoreToTable_NegativeHorizon_ThrowsNamingTheArgument()
    {
        var model = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), TimeUnit.Week);

        var act = () => new DuckDbRfmScorer(_connection).ScoreToTable(DuckDbTransactions.Csv("x.csv"), Weeks, model, -1, "t");

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("horizon must be a finite number >= 0; was -1.*").Which.ParamName.Should().Be("horizon");
    }
}
