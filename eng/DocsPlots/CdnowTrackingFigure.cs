using NodaTime;
using RelationshipKit.Value;
using RelationshipKit.Value.Models;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Models.ParetoNbd;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;
using ScottPlot;

namespace RelationshipKit.DocsPlots;

/// <summary>
/// The papers' tracking plot (Fader, Hardie &amp; Lee 2005, figure 2): cumulative repeat transactions of the CDNOW
/// sample week by week, actual against BG/NBD and Pareto/NBD fitted on the first 39 weeks.
/// </summary>
internal static class CdnowTrackingFigure
{
    private const int Weeks = 78;
    private static readonly LocalDate Origin = new(1997, 1, 1);

    public static void Render(string root, string path)
    {
        var options = TransactionCsvOptions.CdnowSample();
        using var reader = TransactionCsvReader.Open(RepoPaths.TestData(root, "CDNOW_sample.txt"), options);
        var transactions = reader.ReadAll().ToList();

        // Actual: repeat purchase days (same-day purchases collapse, as in the summaries), counted by week since 1997-01-01.
        var actual = new double[Weeks];
        var firstWeeks = new List<double>();
        foreach (var customer in transactions.GroupBy(t => t.CustomerId))
        {
            var days = customer.Select(t => t.Date).Distinct().Order().ToList();
            firstWeeks.Add(Period.Between(Origin, days[0], PeriodUnits.Days).Days / 7.0);
            foreach (var day in days.Skip(1))
            {
                var week = Period.Between(Origin, day, PeriodUnits.Days).Days / 7;
                for (var w = week; w < Weeks; w++)
                {
                    actual[w]++;
                }
            }
        }

        var summaries = RfmSummaries.FromTransactions(transactions, new SummaryOptions
        {
            TimeUnit = TimeUnit.Week,
            CalibrationEnd = new LocalDate(1997, 9, 30),
            ObservationEnd = new LocalDate(1998, 6, 30),
        });
        var table = summaries.ToRfmTable(includeMonetaryValue: false);
        var calendar = Enumerable.Range(1, Weeks).Select(w => (double)w).ToArray();

        var plot = new Plot();
        var actualLine = plot.Add.ScatterLine(calendar, actual);
        actualLine.LegendText = "Actual";
        actualLine.Color = Colors.Black;
        actualLine.LineWidth = 2;
        AddForecast(plot, "BG/NBD", BgNbdModel.Fit(table).Model, firstWeeks, calendar, Colors.SteelBlue, LinePattern.Dashed);
        AddForecast(plot, "Pareto/NBD", ParetoNbdModel.Fit(table).Model, firstWeeks, calendar, Colors.DarkOrange, LinePattern.Dotted);
        var split = plot.Add.VerticalLine(39);
        split.Color = Colors.Gray;
        split.LinePattern = LinePattern.Dotted;
        plot.Title("CDNOW sample: cumulative repeat transactions, fitted on weeks 1–39");
        plot.XLabel("Week since 1 January 1997");
        plot.YLabel("Cumulative repeat transactions");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 900, 520);
    }

    private static void AddForecast(Plot plot, string name, PurchaseModel model, List<double> firstWeeks, double[] calendar, Color color, LinePattern pattern)
    {
        var forecast = new double[calendar.Length];
        CohortForecast.CumulativeRepeatPurchases(model, firstWeeks.ToArray(), default, calendar, forecast);
        var line = plot.Add.ScatterLine(calendar, forecast);
        line.LegendText = name;
        line.Color = color;
        line.LinePattern = pattern;
        line.LineWidth = 2;
    }
}
