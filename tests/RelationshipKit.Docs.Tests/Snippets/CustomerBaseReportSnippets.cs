using NodaTime;
using RelationshipKit.Value;
using RelationshipKit.Value.Reports;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>The code of docs/value/customer-base-report.md, compiled and run.</summary>
public class CustomerBaseReportSnippets
{
    private static readonly string CdnowSample = Path.Combine(AppContext.BaseDirectory, "TestData", "CDNOW_sample.txt");

    [Fact]
    public void Report_Cdnow_ChoosesAModelByTheHoldout()
    {
        var path = CdnowSample;
        #region report-build
        var csv = TransactionCsvOptions.CdnowSample();
        using var reader = TransactionCsvReader.Open(path, csv);
        var options = new SummaryOptions
        {
            TimeUnit = TimeUnit.Week,
            // 39 weeks to fit on.
            CalibrationEnd = new LocalDate(1997, 9, 30),
            // 39 weeks to check.
            ObservationEnd = new LocalDate(1998, 6, 30),
        };
        var summaries = RfmSummaries.FromTransactions(reader.ReadAll(), options);

        var report = CustomerBaseReport.Build(summaries, new CustomerBaseReportOptions
        {
            Currency = Currency.Usd,
        });
        var chosen = report.SelectedModel;
        // paretonbd: lowest holdout error
        var second = report.RunnerUp;
        // mbgnbd
        var best = report.TopCustomers[0];
        // customer 1516
        var topBand = report.ClvBands[0];
        // the top 10 % by one-year CLV
        #endregion

        (chosen, second).Should().Be(("paretonbd", "mbgnbd"));
        report.SelectionRule.Should().Be(ModelSelectionRule.HoldoutMeanAbsoluteError);
        best.Id.Should().Be("1516");
        topBand.Share.Should().BeGreaterThan(0.5);
    }
}
