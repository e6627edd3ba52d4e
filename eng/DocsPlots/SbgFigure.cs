using RelationshipKit.Value.Models.Sbg;
using ScottPlot;

namespace RelationshipKit.DocsPlots;

/// <summary>
/// Fader &amp; Hardie (2007): survival of the regular and high-end cohorts, fitted on years 0–7 and projected over the
/// holdout years 8–12, against the observed counts.
/// </summary>
internal static class SbgFigure
{
    private static readonly double[] Regular = [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173];
    private static readonly double[] HighEnd = [1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394];

    public static void Render(string root, string path)
    {
        var plot = new Plot();
        Add(plot, "Regular", Regular, Colors.SteelBlue);
        Add(plot, "High end", HighEnd, Colors.DarkOrange);
        var line = plot.Add.VerticalLine(7.5);
        line.LinePattern = LinePattern.Dotted;
        line.Color = Colors.Gray;
        plot.Title("sBG: survivors of 1,000 customers, fitted on years 0–7, projected to year 12");
        plot.XLabel("Year");
        plot.YLabel("Customers still active");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 900, 520);
    }

    private static void Add(Plot plot, string name, double[] observed, Color color)
    {
        var fit = SbgModel.Fit(observed.AsSpan(0, 8));
        var years = Enumerable.Range(0, observed.Length).Select(y => (double)y).ToArray();
        var projected = years.Select(y => fit.Model.ExpectedSurvivors(1000, (int)y)).ToArray();
        var observedPoints = plot.Add.ScatterPoints(years, observed);
        observedPoints.Color = color;
        observedPoints.LegendText = $"{name}: observed";
        var model = plot.Add.ScatterLine(years, projected);
        model.Color = color;
        model.LinePattern = LinePattern.Dashed;
        model.LegendText = $"{name}: sBG (α {fit.Model.Parameters.Alpha:0.000}, β {fit.Model.Parameters.Beta:0.000})";
    }
}
