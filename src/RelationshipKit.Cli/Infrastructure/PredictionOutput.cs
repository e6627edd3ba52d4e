namespace RelationshipKit.Cli.Infrastructure;

/// <summary>
/// Writes the predict contract: one entry per input row in input order (<c>id</c>, <c>weight</c>, <c>p_alive</c>,
/// <c>expected_purchases</c>, and with spend parameters <c>expected_spend</c>, <c>clv</c>), and weighted totals
/// (Σ weight × value). JSON: <c>{"model","horizon","customers":[…],"totals":{…}}</c>; CSV: the same columns.
/// </summary>
internal static class PredictionOutput
{
    /// <summary>Renders the predictions in <paramref name="format"/>.</summary>
    public static string Render(OutputFormat format, string model, double horizon, IReadOnlyList<string> ids, ReadOnlySpan<double> weights, ReadOnlySpan<double> pAlive, ReadOnlySpan<double> expectedPurchases, ReadOnlySpan<double> expectedSpend = default, ReadOnlySpan<double> clv = default)
    {
        var withSpend = !expectedSpend.IsEmpty;
        var totalWeight = 0.0;
        var totalAlive = 0.0;
        var totalPurchases = 0.0;
        var totalClv = 0.0;
        for (var i = 0; i < ids.Count; i++)
        {
            totalWeight += weights[i];
            totalAlive += weights[i] * pAlive[i];
            totalPurchases += weights[i] * expectedPurchases[i];
            if (withSpend)
            {
                totalClv += weights[i] * clv[i];
            }
        }

        string[] header = withSpend
            ? ["id", "weight", "p_alive", "expected_purchases", "expected_spend", "clv"]
            : ["id", "weight", "p_alive", "expected_purchases"];
        var rows = new List<IReadOnlyList<string>>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            rows.Add(withSpend
                ? [ids[i], CsvText.Number(weights[i]), CsvText.Number(pAlive[i]), CsvText.Number(expectedPurchases[i]), CsvText.Number(expectedSpend[i]), CsvText.Number(clv[i])]
                : [ids[i], CsvText.Number(weights[i]), CsvText.Number(pAlive[i]), CsvText.Number(expectedPurchases[i])]);
        }

        switch (format)
        {
            case OutputFormat.Csv:
                return CsvText.Write(header, rows);
            case OutputFormat.Table:
                var shown = rows.Take(20).ToList();
                shown.Add(withSpend
                    ? ["total", CsvText.Number(totalWeight), CsvText.Number(totalAlive), CsvText.Number(totalPurchases), string.Empty, CsvText.Number(totalClv)]
                    : ["total", CsvText.Number(totalWeight), CsvText.Number(totalAlive), CsvText.Number(totalPurchases)]);
                var title = $"{model}: predictions over {CsvText.Number(horizon)} (first {Math.Min(20, rows.Count)} of {rows.Count} rows; totals are weighted sums)";
                return TextTable.Render(title, header, shown, new HashSet<int>(Enumerable.Range(1, header.Length - 1))) + "\n";
            default:
                var spendCopy = expectedSpend.ToArray();
                var clvCopy = clv.ToArray();
                var weightCopy = weights.ToArray();
                var aliveCopy = pAlive.ToArray();
                var purchaseCopy = expectedPurchases.ToArray();
                return Json.Write(writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("model", model);
                    writer.WriteFinite("horizon", horizon);
                    writer.WriteStartArray("customers");
                    for (var i = 0; i < ids.Count; i++)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("id", ids[i]);
                        writer.WriteFinite("weight", weightCopy[i]);
                        writer.WriteFinite("p_alive", aliveCopy[i]);
                        writer.WriteFinite("expected_purchases", purchaseCopy[i]);
                        if (withSpend)
                        {
                            writer.WriteFinite("expected_spend", spendCopy[i]);
                            writer.WriteFinite("clv", clvCopy[i]);
                        }

                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteStartObject("totals");
                    writer.WriteFinite("weight", totalWeight);
                    writer.WriteFinite("p_alive", totalAlive);
                    writer.WriteFinite("expected_purchases", totalPurchases);
                    if (withSpend)
                    {
                        writer.WriteFinite("clv", totalClv);
                    }

                    writer.WriteEndObject();
                    writer.WriteEndObject();
                });
        }
    }
}
