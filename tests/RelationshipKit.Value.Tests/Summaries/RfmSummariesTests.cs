using NodaTime;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Tests.Summaries;

public class RfmSummariesTests
{
    [Fact]
    public void ToRfmTable_CdnowSample_CollapsesToWeightedRowsThatCountEveryCustomer()
    {
        var summaries = RfmSummaryAccumulatorTests.SummariseCdnowSample(new SummaryOptions { TimeUnit = TimeUnit.Week, ObservationEnd = new LocalDate(1997, 9, 30) });
        var table = summaries.ToRfmTable();
        table.Count.Should().Be(2357);
        table.TimeUnit.Should().Be(TimeUnit.Week);
        table.HasMonetaryValue.Should().BeTrue();
        table.Frequency[0].Should().Be(summaries.Customers[0].Frequency);
        table.MonetaryValue[0].Should().Be(summaries.Customers[0].MonetaryValue!.Value);

        var collapsed = summaries.ToRfmTable(includeMonetaryValue: false).Collapse();
        collapsed.HasMonetaryValue.Should().BeFalse();
        collapsed.TotalWeight.Should().Be(2357);
        collapsed.Count.Should().BeLessThan(2357);
        var distinct = summaries.Customers.Select(c => (c.Frequency, c.Recency, c.T)).Distinct().Count();
        collapsed.Count.Should().Be(distinct);
    }

    [Fact]
    public void FromTransactions_SummarisesWithOptions()
    {
        var id = new CustomerId("A");
        var summaries = RfmSummaries.FromTransactions(
            [new Transaction(id, new LocalDate(2025, 1, 1)), new Transaction(id, new LocalDate(2025, 1, 8))],
            new SummaryOptions { TimeUnit = TimeUnit.Week });
        var a = summaries.Customers.Single();
        (a.Frequency, a.Recency, a.T).Should().Be((1, 1.0, 1.0));
        summaries.ToRfmTable().HasMonetaryValue.Should().BeFalse();
    }

    [Fact]
    public async Task FromTransactions_Guards_Throw()
    {
        var nothing = () => RfmSummaries.FromTransactions(null!);
        var badOptions = () => RfmSummaries.FromTransactions([], new SummaryOptions { TimeUnit = TimeUnit.Period });
        var nothingAsync = () => RfmSummaries.FromTransactionsAsync(null!);
        nothing.Should().Throw<ArgumentNullException>().WithParameterName("transactions");
        badOptions.Should().Throw<ArgumentException>().WithParameterName("options");
        await nothingAsync.Should().ThrowAsync<ArgumentNullException>().WithParameterName("transactions");
    }
}
