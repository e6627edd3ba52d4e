using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Models.Sbg;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>
/// The code on docs/faq.md: each region provokes a problem the page explains, and the message it prints must be the
/// text block under it, so the page quotes the library's real messages.
/// </summary>
[Collection(ConsoleCollection.Name)]
public class FaqSnippets
{
    private const string Page = "faq.md";

    [Fact]
    public void IterationLimit_CdnowInTwoIterations_IsAResultWithAMessage()
    {
        var data = CdnowExample.Summary();
        var output = DocsPage.CaptureConsole(() =>
        {
            #region faq-iteration-limit
            var fit = BgNbdModel.Fit(data, new FitOptions { MaxIterations = 2 });
            if (!fit.Converged)
            {
                Console.WriteLine($"{fit.Status}: {fit.Message}");
            }
            #endregion
        });

        output.Should().StartWith("IterationLimitReached: Stopped at the iteration limit (2)");
        DocsPage.ShouldShowOutput(Page, DocsPage.Wrap(output));
    }

    [Fact]
    public void Boundary_NobodyRepeats_ThenPenalized_Converges()
    {
        var output = DocsPage.CaptureConsole(() =>
        {
            #region faq-boundary
            // Three customers, none of whom ever bought again.
            var data = RfmTable.Create(
                frequency: [0, 0, 0], recency: [0, 0, 0], t: [10, 20, 30],
                TimeUnit.Week);

            var fit = BgNbdModel.Fit(data);
            Console.WriteLine($"{fit.Status}: {fit.Message}");

            // A penalty cannot invent what the data do not hold:
            var penalized = BgNbdModel.Fit(
                data, new FitOptions { Penalizer = 0.001 });
            Console.WriteLine($"with a penalizer: {penalized.Status}");
            #endregion
        });

        output.Should().Contain("BoundaryEstimate: The likelihood keeps rising as");
        DocsPage.ShouldShowOutput(Page, DocsPage.Wrap(output));
    }

    [Fact]
    public void Units_DaysIntoAWeeklyModel_ThrowsNamingBoth()
    {
        var weekly = CdnowExample.Fitted;
        var output = DocsPage.CaptureConsole(() =>
        {
            #region faq-units
            // The model was fitted in weeks; these summaries are in days.
            var days = RfmTable.Create(
                frequency: [2], recency: [213], t: [272], TimeUnit.Day);
            var alive = new double[days.Count];
            try
            {
                weekly.ProbabilityAlive(days, alive);
            }
            catch (ArgumentException ex)
            {
                Console.WriteLine(ex.Message);
            }

            // Convert the table (or refit in days): the same customer.
            weekly.ProbabilityAlive(days.WithTimeUnit(TimeUnit.Week), alive);
            Console.WriteLine($"P(alive) = {alive[0]:0.00}");
            #endregion
        });

        output.Should().StartWith("data must be in the model's time unit (week); was day.");
        DocsPage.ShouldShowOutput(Page, DocsPage.Wrap(output));
    }

    [Fact]
    public void BadFiles_ReaderAndTable_NameLineColumnAndRow()
    {
        var path = TempFiles.PathFor("transactions.csv");
        File.WriteAllText(path, "customer_id,date,amount\n00042,2025-01-03,120.00\n00042,2025-02-30,80.00\n");
        try
        {
            var output = DocsPage.CaptureConsole(() =>
            {
                #region faq-bad-file
                var csv = new TransactionCsvOptions
                {
                    AmountColumn = CsvColumn.Named("amount"),
                };
                try
                {
                    using var reader = TransactionCsvReader.Open(path, csv);
                    var transactions = reader.ReadAll().ToList();
                }
                catch (CsvFormatException ex)
                {
                    Console.WriteLine($"{ex.LineNumber}, {ex.Column}: {ex.Reason}");
                }

                try
                {
                    // Recency after the end of observation.
                    RfmTable.Create(
                        frequency: [1, 2], recency: [3, 6], t: [5, 5],
                        TimeUnit.Week);
                }
                catch (DataRowException ex)
                {
                    Console.WriteLine($"{ex.ColumnName}, row {ex.RowNumber}:");
                    Console.WriteLine(ex.Message);
                }
                #endregion
            });

            output.Should().Contain("3, 7: date \"2025-02-30\" is not a calendar date.");
            DocsPage.ShouldShowOutput(Page, DocsPage.Wrap(output));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
