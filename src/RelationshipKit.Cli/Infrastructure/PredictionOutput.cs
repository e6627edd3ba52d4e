using System.Text;

namespace RelationshipKit.Cli.Infrastructure;

/// <summary>
/// Writes the predict contract: one entry per input row in input order (<c>id</c>, <c>weight</c>, <c>p_alive</c>,
/// <c>expected_purchases</c>, and with spend parameters <c>expected_spend</c>, <c>clv</c>), and weighted totals
/// (Σ weight × value). JSON: <c>{"model","horizon","customers":[…],"totals":{…}}</c>; CSV: the same columns.
/// CSV and JSON are streamed row by row, so a million customers never exist as one string.
/// </summary>
internal static class PredictionOutput
{
    /// <summary>How many rows the table format shows before the totals.</summary>
    internal const int TableRows = 20;

    /// <summary>Renders the predictions in <paramref name="format"/> as one string (for small outputs and tests).</summary>
    public static string Render(OutputFormat format, string model, double horizon, IReadOnlyList<string> ids, double[] weights, double[] pAlive, double[] expectedPurchases, double[]? expectedSpend = null, double[]? clv = null)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        Write(writer, format, model, horizon, ids, weights, pAlive, expectedPurchases, expectedSpend, clv);
        return writer.ToString();
    }

    /// <summary>Writes the predictions in <paramref name="format"/> to <paramref name="writer"/>, row by row.</summary>
    /// <exception cref="ArgumentException">Thrown when the arrays do not all have one entry per id, or only one of <paramref name="expectedSpend"/> and <paramref name="clv"/> is given.</exception>
    public static void Write(TextWriter writer, OutputFormat format, string model, double horizon, IReadOnlyList<string> ids, double[] weights, double[] pAlive, double[] expectedPurchases, double[]? expectedSpend = null, double[]? clv = null)
    {
        var n = ids.Count;
        if (weights.Length != n || pAlive.Length != n || expectedPurchases.Length != n || (expectedSpend?.Length ?? n) != n || (clv?.Length ?? n) != n || (expectedSpend is null) != (clv is null))
        {
            throw new ArgumentException($"Internal error: every prediction column must have one entry per customer ({n}), and expected spend and CLV come together.", nameof(ids));
        }

        var withSpend = expectedSpend is not null;
        var totals = Totals(weights, pAlive, expectedPurchases, clv);
        string[] header = withSpend
            ? ["id", "weight", "p_alive", "expected_purchases", "expected_spend", "clv"]
            : ["id", "weight", "p_alive", "expected_purchases"];
        IReadOnlyList<string> Row(int i) => withSpend
            ? [ids[i], CsvText.Number(weights[i]), CsvText.Number(pAlive[i]), CsvText.Number(expectedPurchases[i]), CsvText.Number(expectedSpend![i]), CsvText.Number(clv![i])]
            : [ids[i], CsvText.Number(weights[i]), CsvText.Number(pAlive[i]), CsvText.Number(expectedPurchases[i])];

        switch (format)
        {
            case OutputFormat.Csv:
                WriteCsv(writer, header, ids, weights, pAlive, expectedPurchases, expectedSpend, clv);
                break;
            case OutputFormat.Table:
                var shown = Enumerable.Range(0, Math.Min(TableRows, n)).Select(Row).ToList();
                shown.Add(withSpend
                    ? ["total", CsvText.Number(totals.Weight), CsvText.Number(totals.Alive), CsvText.Number(totals.Purchases), string.Empty, CsvText.Number(totals.Clv)]
                    : ["total", CsvText.Number(totals.Weight), CsvText.Number(totals.Alive), CsvText.Number(totals.Purchases)]);
                var title = $"{model}: predictions over {CsvText.Number(horizon)} (first {Math.Min(TableRows, n)} of {n} rows; totals are weighted sums)";
                writer.Write(TextTable.Render(title, header, shown, new HashSet<int>(Enumerable.Range(1, header.Length - 1))) + "\n");
                break;
            default:
                Json.Write(writer, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("model", model);
                    json.WriteFinite("horizon", horizon);
                    json.WriteStartArray("customers");
                    for (var i = 0; i < n; i++)
                    {
                        json.FlushPeriodically(i);
                        json.WriteStartObject();
                        json.WriteString("id", ids[i]);
                        json.WriteFinite("weight", weights[i]);
                        json.WriteFinite("p_alive", pAlive[i]);
                        json.WriteFinite("expected_purchases", expectedPurchases[i]);
                        if (withSpend)
                        {
                            json.WriteFinite("expected_spend", expectedSpend![i]);
                            json.WriteFinite("clv", clv![i]);
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteStartObject("totals");
                    json.WriteFinite("weight", totals.Weight);
                    json.WriteFinite("p_alive", totals.Alive);
                    json.WriteFinite("expected_purchases", totals.Purchases);
                    if (withSpend)
                    {
                        json.WriteFinite("clv", totals.Clv);
                    }

                    json.WriteEndObject();
                    json.WriteEndObject();
                });
                break;
        }
    }

    /// <summary>
    /// The CSV rows, formatted in blocks on every core and written in input order (formatting the numbers is most of
    /// the work for a million customers); the text is the same as row-by-row formatting.
    /// </summary>
    private static void WriteCsv(TextWriter writer, string[] header, IReadOnlyList<string> ids, double[] weights, double[] pAlive, double[] expectedPurchases, double[]? expectedSpend, double[]? clv)
    {
        const int BlockRows = 1 << 14;
        var n = ids.Count;
        var head = new StringBuilder();
        CsvText.AppendRow(head, header);
        writer.Write(head);
        var blocks = (n + BlockRows - 1) / BlockRows;
        var buffers = new StringBuilder[Math.Max(1, Environment.ProcessorCount) * 2];
        for (var first = 0; first < blocks; first += buffers.Length)
        {
            var count = Math.Min(buffers.Length, blocks - first);
            Parallel.For(0, count, k =>
            {
                var text = buffers[k] ??= new StringBuilder(BlockRows * 64);
                text.Clear();
                var end = Math.Min(n, (first + k + 1) * BlockRows);
                for (var i = (first + k) * BlockRows; i < end; i++)
                {
                    CsvText.AppendCell(text, ids[i]);
                    CsvText.AppendNumber(text, weights[i]);
                    CsvText.AppendNumber(text, pAlive[i]);
                    CsvText.AppendNumber(text, expectedPurchases[i]);
                    if (expectedSpend is not null)
                    {
                        CsvText.AppendNumber(text, expectedSpend[i]);
                        CsvText.AppendNumber(text, clv![i]); // given together with expected spend (checked above)
                    }

                    text.Append('\n');
                }
            });
            for (var k = 0; k < count; k++)
            {
                writer.Write(buffers[k]);
            }
        }
    }

    private static (double Weight, double Alive, double Purchases, double Clv) Totals(double[] weights, double[] pAlive, double[] expectedPurchases, double[]? clv)
    {
        double weight = 0, alive = 0, purchases = 0, value = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            weight += weights[i];
            alive += weights[i] * pAlive[i];
            purchases += weights[i] * expectedPurchases[i];
            if (clv is not null)
            {
                value += weights[i] * clv[i];
            }
        }

        return (weight, alive, purchases, value);
    }
}
