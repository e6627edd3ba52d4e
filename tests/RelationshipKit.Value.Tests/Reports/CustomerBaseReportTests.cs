using NodaTime;
using RelationshipKit.Value.Reports;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Tests.Models;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Tests.Reports;

public class CustomerBaseReportTests
{
    private static readonly Lazy<RfmSummaries> Cdnow = new(() =>
    {
        using var reader = TransactionCsvReader.Open(CdnowData.PathOf("CDNOW_sample.txt"), TransactionCsvOptions.CdnowSample());
        return RfmSummaries.FromTransactions(reader.ReadAll(), new SummaryOptions
        {
            TimeUnit = TimeUnit.Week,
            CalibrationEnd = new LocalDate(1997, 9, 30),
            ObservationEnd = new LocalDate(1998, 6, 30),
        });
    });

    [Fact]
    public void Build_CdnowWithHoldout_ChoosesByHoldoutErrorAndNamesTheRunnerUp()
    {
        var report = CustomerBaseReport.Build(Cdnow.Value, new CustomerBaseReportOptions { Currency = Currency.Usd });

        report.Customers.Should().Be(2357);
        report.RepeatBuyers.Should().Be(946);
        report.HoldoutLength.Should().Be(39);
        report.CalibrationEnd.Should().Be(new LocalDate(1997, 9, 30));
        report.Models.Select(m => m.Model).Should().Equal("bgnbd", "mbgnbd", "paretonbd");
        report.Models.Should().OnlyContain(m => m.Converged && m.HoldoutActual == 1882);
        report.SelectionRule.Should().Be(ModelSelectionRule.HoldoutMeanAbsoluteError);
        var byError = report.Models.OrderBy(m => m.HoldoutMeanAbsoluteError).Select(m => m.Model).ToList();
        report.SelectedModel.Should().Be(byError[0]).And.Be("paretonbd");
        report.RunnerUp.Should().Be(byError[1]).And.Be("mbgnbd");
        report.ForecastLength.Should().Be(39);
        report.TopCustomers.Should().HaveCount(10);
        report.TopCustomers.Select(c => c.ExpectedPurchases).Should().BeInDescendingOrder();
        report.TopCustomers[0].Id.Should().Be("1516");
        report.ProbabilityAlive.Sum(b => b.Customers).Should().Be(2357);
        report.ClvBands.Select(b => b.Name).Should().Equal("top 10%", "next 20%", "middle 30%", "bottom 40%");
        report.ClvBands.Sum(b => b.Customers).Should().Be(2357);
        report.ClvBands.Sum(b => b.Value).Should().BeApproximately(report.TotalClv, 1e-6 * report.TotalClv);
        report.ValueTiers.Customers.Should().HaveCount(2357);
        report.ValueTiers.CountOf(ValueTier.BelowZero).Should().Be(0, "no cost to serve is given");
        report.ValueTiers.Currency.Should().Be(Currency.Usd);
        report.Spend.Customers.Should().Be(946);
    }

    [Fact]
    public void Build_SummaryFileWithoutHoldout_ChoosesTheLowestBic()
    {
        using var reader = SummaryCsvReader.Open(CdnowData.PathOf("cdnow_customers_summary_with_transactions.csv"), new SummaryCsvOptions { TimeUnit = TimeUnit.Week });
        var report = CustomerBaseReport.Build(reader.ReadAll());

        report.SelectionRule.Should().Be(ModelSelectionRule.LowestBic);
        report.HoldoutLength.Should().BeNull();
        report.Models.Should().OnlyContain(m => m.HoldoutMeanAbsoluteError == null);
        var byBic = report.Models.OrderBy(m => m.Bic).Select(m => m.Model).ToList();
        (report.SelectedModel, report.RunnerUp).Should().Be((byBic[0], byBic[1]));
        report.ForecastLength.Should().Be(52, "without a holdout the forecast spans the CLV horizon, 364 days");
        report.TopCustomers.Should().OnlyContain(c => c.HoldoutPurchases == null);
        report.ValueTiers.Currency.Should().Be(Currency.None);
    }

    [Fact]
    public void Build_BadSummaries_NameTheRule()
    {
        using var noMoney = new SummaryCsvReader(new StringReader("id,frequency,recency,T\na,1,2,3\n"));
        var act = () => CustomerBaseReport.Build(noMoney.ReadAll());
        act.Should().Throw<ArgumentException>().WithMessage("summaries must have a monetary value per customer (the mean repeat spend) for the spend model and the lifetime values.*");

        using var weighted = new SummaryCsvReader(new StringReader("frequency,recency,T,monetary_value,weights\n1,2,3,10,2\n"));
        act = () => CustomerBaseReport.Build(weighted.ReadAll());
        act.Should().Throw<ArgumentException>().WithMessage("summaries must have one row per customer; a weights column is not supported (fit and predict take weighted patterns).*");

        using var noRepeat = new SummaryCsvReader(new StringReader("id,frequency,recency,T,monetary_value\na,0,0,3,0\n"));
        act = () => CustomerBaseReport.Build(noRepeat.ReadAll());
        act.Should().Throw<ArgumentException>().WithMessage("summaries must have a customer with a repeat purchase (frequency > 0): the spend model and the purchase models need some.*");

        act = () => CustomerBaseReport.Build(Cdnow.Value, new CustomerBaseReportOptions { TopCustomers = -1 });
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("TopCustomers must be >= 0; was -1.*");
    }
}
