using NodaTime;
using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Subscriptions;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>The code of docs/value/cohorts.md, compiled and run.</summary>
public class CohortSnippets
{
    [Fact]
    public void SubscriptionLog_ToCohortFits()
    {
        var file = TempFiles.PathFor("subscriptions.csv");
        File.WriteAllText(file, "customer_id,start,end\nA,2024-01-05,\nB,2024-01-20,2024-03-02\nC,2024-02-01,2024-11-15\nD,2024-02-10,\n");
        try
        {
            var path = file;
            #region cohorts-build
            List<Subscription> subscriptions;
            using (var reader = SubscriptionCsvReader.Open(path))
            {
                // An empty end: active.
                subscriptions = [.. reader.ReadAll()];
            }

            var tables = SubscriptionCohorts.Build(subscriptions, new CohortOptions
            {
                ContractPeriod = Period.FromMonths(1),
                CohortPeriod = CohortPeriod.Month,
                ObservationEnd = new LocalDate(2024, 12, 31),
            });
            var january = tables.Cohorts[0];
            // A and B
            var row = january.Rows[1];
            // period 2: 2 active, 1 churned
            #endregion

            #region cohorts-fit
            // sBG on every lifetime, censored ones too.
            var pooled = tables.Pooled.Fit();
            var sbg = pooled.Model;
            var del = sbg.DiscountedExpectedLifetime(DiscountRate.PerPeriod(0.01));
            var alpha = pooled.Estimates().Alpha;
            // value and standard error
            #endregion

            january.Customers.Should().Be(2);
            (row.Period, row.Active, row.Churned, row.Censored).Should().Be((2, 2, 1, 0));
            tables.Cohorts.Should().HaveCount(2);
            january.CanFit.Should().BeTrue();
            del.Should().BeGreaterThan(1);
            alpha.Name.Should().Be("alpha");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
