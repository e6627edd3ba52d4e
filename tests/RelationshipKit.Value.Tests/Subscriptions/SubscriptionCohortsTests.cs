using NodaTime;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.Sbg;
using RelationshipKit.Value.Subscriptions;

namespace RelationshipKit.Value.Tests.Subscriptions;

public class SubscriptionCohortsTests
{
    private static readonly int[] Regular = [1000, 631, 468, 382, 326, 289, 262, 241];

    [Fact]
    public void Build_FaderHardie2007RegularCohort_FitsThePublishedModel()
    {
        // One cohort of 1,000 yearly contracts from 2000, with the paper's churn per year and 241 still active after 7.
        var subscriptions = Cohort(new LocalDate(2000, 1, 1), Regular, Period.FromYears(1));
        var tables = SubscriptionCohorts.Build(subscriptions, new CohortOptions { ContractPeriod = Period.FromYears(1), CohortPeriod = CohortPeriod.Year, ObservationEnd = new LocalDate(2007, 1, 1) });

        var cohort = tables.Cohorts.Single();
        cohort.Customers.Should().Be(1000);
        cohort.Rows.Select(r => r.Active).Should().Equal(1000, 631, 468, 382, 326, 289, 262, 241);
        cohort.Rows.Take(7).Select(r => r.Churned).Should().Equal(369, 163, 86, 56, 37, 27, 21);
        cohort.Rows[7].Should().Be(new CohortRow(8, 241, 0, 241), "the survivors are censored in period 8");
        var fit = cohort.Fit();
        var curve = SbgModel.Fit([.. Regular.Select(n => (double)n)]);
        fit.Converged.Should().BeTrue();
        fit.Estimates().Alpha.Value.Should().BeApproximately(0.704, 0.001);
        fit.Estimates().Beta.Value.Should().BeApproximately(1.182, 0.001);
        fit.LogLikelihood!.Value.Should().BeApproximately(curve.LogLikelihood!.Value, 1e-6, "a survival curve is the lifetimes observed for equal lengths");
    }

    [Fact]
    public void Build_Anniversaries_ChurnCensoringAndCohorts()
    {
        var end = new LocalDate(2025, 4, 15);
        var subscriptions = new[]
        {
            Sub("a", 2025, 1, 31, null),                          // renews 28 Feb, 31 Mar: censored after 2 periods
            Sub("b", 2025, 1, 10, new LocalDate(2025, 2, 10)),    // ends on its first anniversary: churned in period 1
            Sub("c", 2025, 1, 10, new LocalDate(2025, 3, 20)),    // renewed 10 Feb and 10 Mar: churned in period 3
            Sub("d", 2025, 2, 1, new LocalDate(2025, 6, 1)),      // ends after the observation end: censored after 2 (1 Mar, 1 Apr)
            Sub("e", 2025, 4, 10, null),                          // no anniversary observed yet: censored after 0
            Sub("f", 2025, 5, 1, null),                           // starts after the observation end: left out
        };

        var tables = SubscriptionCohorts.Build(subscriptions, new CohortOptions { ObservationEnd = end });

        tables.ExcludedAfterObservationEnd.Should().Be(1);
        tables.Cohorts.Select(c => c.Start).Should().Equal(new LocalDate(2025, 1, 1), new LocalDate(2025, 2, 1), new LocalDate(2025, 4, 1));
        var january = tables.Cohorts[0];
        january.Rows.Should().Equal(new CohortRow(1, 3, 1, 0), new CohortRow(2, 2, 0, 0), new CohortRow(3, 2, 1, 1));
        (january.ChurnedCount, january.CensoredCount, january.CanFit).Should().Be((2, 1, true));
        tables.Cohorts[2].Rows.Should().Equal(new CohortRow(1, 1, 0, 1));
        tables.Cohorts[2].CanFit.Should().BeFalse();
        var act = () => tables.Cohorts[2].Fit();
        act.Should().Throw<InvalidOperationException>().WithMessage("The cohort starting 2025-04-01 has not been followed beyond its first period, so the sBG cannot tell alpha from beta; check CanFit first, or pool the cohorts.");
        tables.Pooled.Customers.Should().Be(5);
        tables.Pooled.Start.Should().Be(new LocalDate(2025, 1, 1));
        tables.ObservationEnd.Should().Be(end);
    }

    [Fact]
    public void Build_QuarterCohortsAndDefaultObservationEnd()
    {
        var tables = SubscriptionCohorts.Build(
            [Sub("a", 2025, 2, 14, null), Sub("b", 2025, 3, 1, new LocalDate(2025, 9, 2)), Sub("c", 2025, 4, 1, null)],
            new CohortOptions { CohortPeriod = CohortPeriod.Quarter });

        tables.ObservationEnd.Should().Be(new LocalDate(2025, 9, 2), "the latest date seen");
        tables.Cohorts.Select(c => (c.Start, c.Customers)).Should().Equal((new LocalDate(2025, 1, 1), 2), (new LocalDate(2025, 4, 1), 1));
        tables.Cohorts[0].Rows.Select(r => r.Churned).Sum().Should().Be(1);
    }

    [Fact]
    public void Fit_PerCohortAndPooled_UseTheCensoredCustomers()
    {
        // Two yearly cohorts from the same process, one followed 7 years and one 3: the pooled fit uses both.
        var old = Cohort(new LocalDate(2000, 1, 1), Regular, Period.FromYears(1));
        var young = Cohort(new LocalDate(2004, 1, 1), [1000, 631, 468, 382, 326, 289, 262, 241], Period.FromYears(1));
        var tables = SubscriptionCohorts.Build([.. old, .. young], new CohortOptions { ContractPeriod = Period.FromYears(1), CohortPeriod = CohortPeriod.Year, ObservationEnd = new LocalDate(2007, 1, 1) });

        tables.Cohorts.Should().HaveCount(2);
        tables.Cohorts[1].Rows.Should().HaveCount(4);
        tables.Cohorts[1].Rows[3].Should().Be(new CohortRow(4, 382, 0, 382), "the 2004 cohort is seen for three renewals");
        var pooled = tables.Pooled.Fit();
        pooled.Converged.Should().BeTrue();
        pooled.Customers.Should().Be(2000);
        pooled.Estimates().Alpha.Value.Should().BeApproximately(tables.Cohorts[0].Fit().Estimates().Alpha.Value, 0.15);
    }

    [Fact]
    public void Build_BadInput_Throws()
    {
        FluentActions.Invoking(() => SubscriptionCohorts.Build(null!)).Should().Throw<ArgumentNullException>().WithParameterName("subscriptions");
        FluentActions.Invoking(() => SubscriptionCohorts.Build([])).Should().Throw<ArgumentException>().WithMessage("subscriptions must not be empty. (Parameter 'subscriptions')");
        FluentActions.Invoking(() => SubscriptionCohorts.Build([default(Subscription)])).Should().Throw<ArgumentException>().WithMessage("subscriptions must not hold the default Subscription; item 0 is.*");
        FluentActions.Invoking(() => SubscriptionCohorts.Build([Sub("a", 2025, 5, 1, null)], new CohortOptions { ObservationEnd = new LocalDate(2025, 1, 1) }))
            .Should().Throw<ArgumentException>().WithMessage("subscriptions must have one that starts on or before the observation end (2025-01-01); all 1 start after it.*");
        FluentActions.Invoking(() => SubscriptionCohorts.Build([Sub("a", 2025, 1, 1, null)], new CohortOptions { ContractPeriod = Period.FromHours(5) }))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("ContractPeriod must be a positive period of years, months, weeks and days; was PT5H.*");
    }

    [Fact]
    public void Subscription_EndBeforeStart_Throws()
    {
        var act = () => new Subscription(new CustomerId("a"), new LocalDate(2025, 2, 1), new LocalDate(2025, 1, 31));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("end must be on or after start (2025-02-01); was 2025-01-31.*");
        Sub("a", 2025, 1, 1, null).ToString().Should().Be("a: 2025-01-01–active");
        EqualityContract.Verify(Sub("a", 2025, 1, 1, null), Sub("a", 2025, 1, 1, null), Sub("a", 2025, 1, 2, null), Sub("b", 2025, 1, 1, null));
    }

    /// <summary>A cohort whose active counts at each anniversary follow <paramref name="survivors"/>; the last ones stay active.</summary>
    internal static List<Subscription> Cohort(LocalDate start, int[] survivors, Period contract)
    {
        var list = new List<Subscription>();
        var id = 0;
        for (var t = 1; t < survivors.Length; t++)
        {
            var churnDay = start.Plus(contract).Plus(Period.FromMonths(12 * (t - 1))).PlusDays(-1);
            for (var i = 0; i < survivors[t - 1] - survivors[t]; i++)
            {
                list.Add(new Subscription(new CustomerId($"{start.Year}-{id++}"), start, churnDay));
            }
        }

        for (var i = 0; i < survivors[^1]; i++)
        {
            list.Add(new Subscription(new CustomerId($"{start.Year}-{id++}"), start));
        }

        return list;
    }

    private static Subscription Sub(string id, int year, int month, int day, LocalDate? end) => new(new CustomerId(id), new LocalDate(year, month, day), end);
}
