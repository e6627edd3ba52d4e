using NodaTime;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Tests.Summaries;

public class CustomerSummaryTests
{
    [Fact]
    public void Equality_ComparesEveryMember()
    {
        var a = Summary(new LocalDate(2025, 1, 20));
        EqualityContract.Verify(a, Summary(new LocalDate(2025, 1, 20)), Summary(new LocalDate(2025, 1, 21)), Summary(new LocalDate(2025, 1, 20), holdout: false), default);
    }

    [Fact]
    public void ToString_ListsThePresentColumns()
    {
        Summary(new LocalDate(2025, 1, 20)).ToString().Should().Be("A: x=1, t_x=2.7142857142857144, T=2.7142857142857144, m=20, x_holdout=1, m_holdout=5");
        Summary(new LocalDate(2025, 1, 20), holdout: false, amounts: false).ToString().Should().Be("A: x=1, t_x=2.7142857142857144, T=2.7142857142857144");
        default(CustomerSummary).ToString().Should().Be(": x=0, t_x=0, T=0");
    }

    private static CustomerSummary Summary(LocalDate second, bool holdout = true, bool amounts = true)
    {
        var id = new CustomerId("A");
        Transaction Make(LocalDate day, decimal amount) => amounts ? new Transaction(id, day, amount) : new Transaction(id, day);
        var accumulator = new RfmSummaryAccumulator();
        accumulator.AddRange([Make(new LocalDate(2025, 1, 1), 10m), Make(second, 20m), Make(new LocalDate(2025, 2, 1), 5m)]);
        return accumulator.ToSummaries(new SummaryOptions
        {
            TimeUnit = TimeUnit.Week,
            ObservationEnd = holdout ? new LocalDate(2025, 2, 1) : second,
            CalibrationEnd = holdout ? second : null,
        }).Customers.Single();
    }
}
