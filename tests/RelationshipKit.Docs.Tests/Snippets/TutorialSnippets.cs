#region tutorial-usings
using NodaTime;
using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Models.Clv;
using RelationshipKit.Value.Models.GammaGamma;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;
#endregion

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>
/// The C# half of docs/tutorial.md: the CDNOW transaction log to summaries, BG/NBD, P(alive), a ranking, the holdout
/// check, Gamma-Gamma and lifetime value. Each step's printed output must be the text block under it on the page.
/// </summary>
[Collection(ConsoleCollection.Name)]
public class TutorialSnippets
{
    private const string Page = "tutorial.md";

    [Fact]
    public void Tutorial_Cdnow_EveryStepPrintsWhatThePageShows()
    {
        var path = CdnowExample.DataPath("CDNOW_sample.txt");
        using var console = new ConsoleCapture();

        #region tutorial-summaries
        // CDNOW_sample.txt has no header; the customer id is in column 2, the
        // date (yyyyMMdd) in column 3, the dollars in column 5.
        var csv = TransactionCsvOptions.CdnowSample();
        var accumulator = new RfmSummaryAccumulator();
        using (var reader = TransactionCsvReader.Open(path, csv))
        {
            accumulator.AddRange(reader);
        }

        // Weeks 1-39 (to 30 September 1997) to fit, weeks 40-78 to check.
        RfmSummaries summaries = accumulator.ToSummaries(new SummaryOptions
        {
            TimeUnit = TimeUnit.Week,
            CalibrationEnd = new LocalDate(1997, 9, 30),
            ObservationEnd = new LocalDate(1998, 6, 30),
        });
        var customers = summaries.Customers;
        RfmTable calibration = summaries.ToRfmTable();

        var repeaters = customers.Count(c => c.Frequency > 0);
        Console.WriteLine($"{customers.Count} customers, {repeaters} bought again");
        var first = customers[0];
        Console.WriteLine(
            $"{first.Id}: x = {first.Frequency}, t_x = {first.Recency:0.00}, " +
            $"T = {first.T:0.00}, m = {first.MonetaryValue:0.00}");
        #endregion
        ShowsOutput(console);

        #region tutorial-fit
        FitResult<BgNbdModel> fit = BgNbdModel.Fit(calibration);
        Console.WriteLine($"{fit.Status}, log-likelihood {fit.LogLikelihood:0.00}");
        foreach (ParameterEstimate estimate in fit.Parameters)
        {
            Console.WriteLine(
                $"{estimate.Name,-5} {estimate.Value,7:0.000}" +
                $"  (standard error {estimate.StandardError:0.000})");
        }

        BgNbdModel model = fit.Model;
        #endregion
        ShowsOutput(console);

        #region tutorial-alive
        var alive = new double[calibration.Count];
        model.ProbabilityAlive(calibration, alive);

        for (var i = 0; i < 4; i++)
        {
            var c = customers[i];
            Console.WriteLine(
                $"{c.Id}: x = {c.Frequency}, t_x = {c.Recency,5:0.00}, " +
                $"T = {c.T:0.00}, P(alive) = {alive[i]:0.00}");
        }
        #endregion
        ShowsOutput(console);

        #region tutorial-rank
        var next39 = new double[calibration.Count];
        model.ConditionalExpectedPurchases(39, calibration, next39);

        var ranked = Enumerable.Range(0, customers.Count)
            .OrderByDescending(i => next39[i])
            .ToList();
        Console.WriteLine("id      x    t_x      T  P(alive)  next 39 weeks");
        foreach (var i in ranked.Take(5))
        {
            var c = customers[i];
            Console.WriteLine(
                $"{c.Id}  {c.Frequency,3}  {c.Recency,5:0.00}  {c.T,5:0.00}" +
                $"  {alive[i],8:0.00}  {next39[i],13:0.00}");
        }
        #endregion
        ShowsOutput(console);

        #region tutorial-holdout
        var predicted = next39.Sum();
        var actual = customers.Sum(c => c.FrequencyHoldout ?? 0);
        Console.WriteLine($"weeks 40-78: {predicted:0} predicted, {actual} bought");

        double[] holdout = customers
            .Select(c => (double)(c.FrequencyHoldout ?? 0))
            .ToArray();
        var byFrequency = CohortForecast.CompareHoldout(
            model, calibration, holdout, holdoutLength: 39, maxFrequency: 7);
        Console.WriteLine("x in weeks 1-39  customers  bought  predicted");
        foreach (HoldoutComparisonRow row in byFrequency)
        {
            var x = row.IsOpenEnded ? $"{row.Frequency}+" : $"{row.Frequency}";
            Console.WriteLine(
                $"{x,15}  {row.Customers,9}  {row.ActualMeanPurchases,6:0.00}" +
                $"  {row.PredictedMeanPurchases,9:0.00}");
        }
        #endregion
        ShowsOutput(console);

        #region tutorial-spend
        // Gamma-Gamma assumes that how much a customer spends per purchase
        // does not depend on how often they buy: check it first.
        SpendIndependenceCheck check = GammaGammaModel.CheckIndependence(calibration);
        Console.WriteLine(
            $"correlation of frequency and spend: {check.Correlation:0.000}, " +
            $"independent: {check.IsIndependent}");

        // Customers without a repeat purchase (x = 0) have no spend to learn
        // from: the fit leaves them out.
        FitResult<GammaGammaModel> spendFit = GammaGammaModel.Fit(calibration);
        Console.WriteLine($"{spendFit.Status} on {spendFit.Customers} customers");
        foreach (ParameterEstimate estimate in spendFit.Parameters)
        {
            Console.WriteLine(
                $"{estimate.Name,-5} {estimate.Value,7:0.000}" +
                $"  (standard error {estimate.StandardError:0.000})");
        }

        GammaGammaModel spend = spendFit.Model;
        Console.WriteLine($"mean spend per purchase: {spend.MeanSpend:0.00} dollars");
        #endregion
        ShowsOutput(console);

        #region tutorial-clv
        var clv = new CustomerLifetimeValueModel(model, spend);
        var options = new CustomerLifetimeValueOptions
        {
            // One year ahead, in 13 steps of four weeks, 10 % a year.
            Horizon = Duration.FromDays(364),
            Step = Duration.FromDays(28),
            DiscountRate = DiscountRate.PerYear(0.10),
            // 30 % of revenue is margin.
            Margin = 0.30,
        };
        var values = new double[calibration.Count];
        clv.DiscountedValue(calibration, values, options);

        Console.WriteLine($"the base: {values.Sum():N0} dollars of margin next year");
        Console.WriteLine("id      x  mean spend  P(alive)  CLV (dollars)");
        foreach (var i in Enumerable.Range(0, values.Length)
            .OrderByDescending(i => values[i])
            .Take(5))
        {
            var c = customers[i];
            Console.WriteLine(
                $"{c.Id}  {c.Frequency,3}  {c.MonetaryValue,10:0.00}" +
                $"  {alive[i],8:0.00}  {values[i],13:0.00}");
        }
        #endregion
        ShowsOutput(console);

        // The figures the page's prose quotes.
        customers.Should().HaveCount(2357);
        repeaters.Should().Be(946);
        fit.Converged.Should().BeTrue();
        Math.Round(fit.LogLikelihood!.Value, 2).Should().Be(-9582.43);
        Math.Round(predicted).Should().Be(1653);
        actual.Should().Be(1882);
        check.IsIndependent.Should().BeTrue();
        Math.Round(values.Sum()).Should().Be(21672);
    }

    private static void ShowsOutput(ConsoleCapture console) => DocsPage.ShouldShowOutput(Page, console.TakeOutput());
}
