using System.Globalization;
using CsCheck;
using NodaTime;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Tests.Transactions;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Tests.Summaries;

public class RfmSummaryAccumulatorTests
{
    private static readonly CustomerId A = new("A");
    private static readonly CustomerId B = new("B");
    private static readonly CustomerId C = new("C");

    [Fact]
    public void ToSummaries_Defaults_CollapseDaysAndMeasureFromFirstPurchaseToLastTransactionDate()
    {
        var summaries = Summarise(
            [
                new Transaction(A, new LocalDate(2025, 1, 1), 10m),
                new Transaction(A, new LocalDate(2025, 1, 1), 5m),
                new Transaction(A, new LocalDate(2025, 1, 8), 20m),
                new Transaction(B, new LocalDate(2025, 1, 10), 7m),
                new Transaction(A, new LocalDate(2025, 1, 15), 30m),
            ]);
        summaries.ObservationEnd.Should().Be(new LocalDate(2025, 1, 15));
        summaries.TimeUnit.Should().Be(TimeUnit.Day);
        summaries.HasMonetaryValue.Should().BeTrue();
        summaries.HasHoldout.Should().BeFalse();
        summaries.DurationHoldout.Should().BeNull();
        var a = summaries.Customers[0];
        (a.Id, a.Frequency, a.Recency, a.T, a.MonetaryValue).Should().Be((A, 2, 14.0, 14.0, (double?)25.0));
        (a.FirstPurchase, a.LastPurchase).Should().Be((new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 15)));
        a.FrequencyHoldout.Should().BeNull();
        a.MonetaryValueHoldout.Should().BeNull();
        var b = summaries.Customers[1];
        (b.Id, b.Frequency, b.Recency, b.T, b.MonetaryValue).Should().Be((B, 0, 0.0, 5.0, (double?)0.0));
    }

    [Fact]
    public void ToSummaries_WeekUnit_DividesDaysBySeven()
    {
        var summaries = Summarise(
            [new Transaction(A, new LocalDate(2025, 1, 1)), new Transaction(A, new LocalDate(2025, 1, 4))],
            new SummaryOptions { TimeUnit = TimeUnit.Week, ObservationEnd = new LocalDate(2025, 1, 15) });
        var a = summaries.Customers.Single();
        (a.Frequency, a.Recency, a.T, a.MonetaryValue).Should().Be((1, 3 / 7.0, 2.0, (double?)null));
        summaries.HasMonetaryValue.Should().BeFalse();
    }

    [Fact]
    public void ToSummaries_WeekCollapse_CountsCalendarWeeksStartingMonday()
    {
        // 2025-01-01 is a Wednesday; its Monday-based week starts 2024-12-30. 2025-01-05 is the Sunday of that week.
        Transaction[] log =
        [
            new(A, new LocalDate(2025, 1, 1), 10m),
            new(A, new LocalDate(2025, 1, 5), 20m),
            new(A, new LocalDate(2025, 1, 6), 40m),
        ];
        var monday = Summarise(log, new SummaryOptions { Collapse = CollapsePeriod.Week, TimeUnit = TimeUnit.Week, ObservationEnd = new LocalDate(2025, 1, 19) });
        var a = monday.Customers.Single();
        (a.Frequency, a.Recency, a.T, a.MonetaryValue).Should().Be((1, 1.0, 2.0, (double?)40.0));

        var sunday = Summarise(log, new SummaryOptions { Collapse = CollapsePeriod.Week, FirstDayOfWeek = IsoDayOfWeek.Sunday, TimeUnit = TimeUnit.Day, ObservationEnd = new LocalDate(2025, 1, 19) });
        a = sunday.Customers.Single();
        (a.Frequency, a.Recency, a.T, a.MonetaryValue).Should().Be((1, 7.0, 21.0, (double?)60.0));
        sunday.FirstDayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
        sunday.Collapse.Should().Be(CollapsePeriod.Week);
    }

    [Fact]
    public void ToSummaries_ObservationEnd_IncludesThatDayAndExcludesLaterPurchasesAndCustomers()
    {
        var summaries = Summarise(
            [
                new Transaction(A, new LocalDate(2025, 1, 1)),
                new Transaction(A, new LocalDate(2025, 1, 10)),
                new Transaction(A, new LocalDate(2025, 1, 11)),
                new Transaction(B, new LocalDate(2025, 1, 12)),
            ],
            new SummaryOptions { ObservationEnd = new LocalDate(2025, 1, 10) });
        var a = summaries.Customers.Single();
        (a.Frequency, a.Recency, a.T).Should().Be((1, 9.0, 9.0));
        summaries.ExcludedAfterObservationEnd.Should().Be(1);
        summaries.ExcludedInHoldout.Should().Be(0);
    }

    [Fact]
    public void ToSummaries_CalibrationEnd_SplitsIntoCalibrationAndHoldoutAndCountsLateCustomers()
    {
        var summaries = Summarise(
            [
                new Transaction(A, new LocalDate(2025, 1, 1), 10m),
                new Transaction(A, new LocalDate(2025, 1, 3), 20m),
                new Transaction(A, new LocalDate(2025, 1, 12), 5m),
                new Transaction(A, new LocalDate(2025, 1, 12), 7m),
                new Transaction(A, new LocalDate(2025, 1, 20), 30m),
                new Transaction(A, new LocalDate(2025, 2, 1), 99m),
                new Transaction(B, new LocalDate(2025, 1, 5), 1m),
                new Transaction(C, new LocalDate(2025, 1, 15), 1m),
                new Transaction(new CustomerId("D"), new LocalDate(2025, 2, 1), 1m),
            ],
            new SummaryOptions { CalibrationEnd = new LocalDate(2025, 1, 10), ObservationEnd = new LocalDate(2025, 1, 31) });
        summaries.HasHoldout.Should().BeTrue();
        summaries.CalibrationEnd.Should().Be(new LocalDate(2025, 1, 10));
        summaries.DurationHoldout.Should().Be(21);
        summaries.ExcludedInHoldout.Should().Be(1);
        summaries.ExcludedAfterObservationEnd.Should().Be(1);
        var a = summaries.Customers[0];
        (a.Frequency, a.Recency, a.T, a.MonetaryValue).Should().Be((1, 2.0, 9.0, (double?)20.0));
        (a.FrequencyHoldout, a.MonetaryValueHoldout).Should().Be(((int?)2, (double?)21.0));
        var b = summaries.Customers[1];
        (b.Frequency, b.T, b.FrequencyHoldout, b.MonetaryValueHoldout).Should().Be((0, 5.0, (int?)0, (double?)0.0));
        summaries.Customers.Should().HaveCount(2);
    }

    /// <summary>
    /// Oracle: Fader, Hardie &amp; Lee (2005) CDNOW sample, summarised in <c>cdnow_customers_summary.csv</c> (lifetimes
    /// datasets): day collapse, weeks, observation end 1997-09-30. The published file rounds to 2 decimals, so recency
    /// and T must agree within 0.005 weeks and frequency exactly; the spend per repeat purchase must agree with the
    /// published <c>zbar</c> column of <c>cdnow_customers_summary_with_transactions.csv</c> within 0.005 dollars.
    /// The sample file writes the sample id zero-padded (<c>0001</c>); ids stay text, the published file's are numbers.
    /// </summary>
    [Fact]
    public void ToSummaries_CdnowSample_MatchesPublishedSummary_FaderHardieLee2005()
    {
        var summaries = SummariseCdnowSample(new SummaryOptions { TimeUnit = TimeUnit.Week, ObservationEnd = new LocalDate(1997, 9, 30) });
        var published = ReadCsv("cdnow_customers_summary.csv");
        var withSpend = ReadCsv("cdnow_customers_summary_with_transactions.csv");
        summaries.Customers.Should().HaveCount(2357);
        var byId = summaries.Customers.ToDictionary(c => int.Parse(c.Id.Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        published.Should().HaveCount(2357);
        foreach (var row in published)
        {
            var actual = byId[row["ID"]];
            actual.Frequency.Should().Be(int.Parse(row["frequency"], CultureInfo.InvariantCulture), $"customer {row["ID"]}");
            actual.Recency.Should().BeApproximately(double.Parse(row["recency"], CultureInfo.InvariantCulture), 0.005, $"customer {row["ID"]}");
            actual.T.Should().BeApproximately(double.Parse(row["T"], CultureInfo.InvariantCulture), 0.005, $"customer {row["ID"]}");
        }

        foreach (var row in withSpend)
        {
            // 22.345 is published as 22.35: half a cent is the rounding, plus the binary representation's last bits.
            byId[row["ID"]].MonetaryValue!.Value.Should().BeApproximately(double.Parse(row["zbar"], CultureInfo.InvariantCulture), 0.005 + 1e-9, $"customer {row["ID"]}");
        }

        summaries.Customers.Sum(c => c.Frequency).Should().Be(2457);
        summaries.Customers.Count(c => c.Frequency > 0).Should().Be(946);
    }

    /// <summary>
    /// Cross-check with lifetimes 0.11.3 <c>summary_data_from_transaction_data(freq="W", monetary_value_col="total_value",
    /// observation_period_end="1997-09-28")</c> on the CDNOW sample, run on this machine: 2,357 customers, Σx = 2195,
    /// Σt_x = 15771, ΣT = 75391 weeks, Σ monetary value = 35231.82088719674; customer 1000: x 4, t_x 25, T 33, 16.26.
    /// The observation end is a Sunday: lifetimes also keeps purchases after the end date in the end's week.
    /// </summary>
    [Fact]
    public void ToSummaries_CdnowSampleCalendarWeeks_MatchesLifetimesFreqW()
    {
        var summaries = SummariseCdnowSample(new SummaryOptions { Collapse = CollapsePeriod.Week, TimeUnit = TimeUnit.Week, ObservationEnd = new LocalDate(1997, 9, 28) });
        summaries.Customers.Should().HaveCount(2357);
        summaries.Customers.Sum(c => c.Frequency).Should().Be(2195);
        summaries.Customers.Sum(c => c.Recency).Should().Be(15771);
        summaries.Customers.Sum(c => c.T).Should().Be(75391);
        summaries.Customers.Sum(c => c.MonetaryValue!.Value).Should().BeApproximately(35231.82088719674, 1e-8);
        var byId = summaries.Customers.ToDictionary(c => int.Parse(c.Id.Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        (byId["1"].Frequency, byId["1"].Recency, byId["1"].T).Should().Be((2, 30.0, 38.0));
        byId["1"].MonetaryValue!.Value.Should().BeApproximately(22.345, 1e-12);
        (byId["18"].Frequency, byId["18"].Recency, byId["18"].T).Should().Be((1, 5.0, 38.0));
        byId["18"].MonetaryValue!.Value.Should().BeApproximately(9.99, 1e-12);
        (byId["1000"].Frequency, byId["1000"].Recency, byId["1000"].T).Should().Be((4, 25.0, 33.0));
        byId["1000"].MonetaryValue!.Value.Should().BeApproximately(16.26, 1e-12);
    }

    /// <summary>
    /// Cross-check with lifetimes 0.11.3 <c>calibration_and_holdout_data(freq="D", freq_multiplier=7,
    /// calibration_period_end="1997-09-30", observation_period_end="1998-06-30", monetary_value_col="total_value")</c>
    /// on the CDNOW sample: 2,357 customers, Σx_cal = 2457, Σx_holdout = 1882, 684 customers with a holdout purchase,
    /// duration_holdout 39 weeks; customer 1000: x_cal 4, t_x 24.428571, T 33.571429, x_holdout 3. lifetimes averages the
    /// holdout spend over raw transactions; this library averages the holdout periods' totals, as it does in calibration,
    /// so Σ monetary_value_holdout is 25495.94028183697 (pandas: group by customer and day, sum, mean per customer)
    /// rather than lifetimes' 24901.080244160927; the two agree wherever no holdout day has two transactions.
    /// </summary>
    [Fact]
    public void ToSummaries_CdnowSampleHoldout_MatchesLifetimesCalibrationAndHoldoutData()
    {
        var summaries = SummariseCdnowSample(new SummaryOptions
        {
            TimeUnit = TimeUnit.Week,
            CalibrationEnd = new LocalDate(1997, 9, 30),
            ObservationEnd = new LocalDate(1998, 6, 30),
        });
        summaries.Customers.Should().HaveCount(2357);
        summaries.DurationHoldout.Should().Be(39);
        summaries.ExcludedInHoldout.Should().Be(0);
        summaries.Customers.Sum(c => c.Frequency).Should().Be(2457);
        summaries.Customers.Sum(c => c.FrequencyHoldout!.Value).Should().Be(1882);
        summaries.Customers.Count(c => c.FrequencyHoldout > 0).Should().Be(684);
        summaries.Customers.Sum(c => c.MonetaryValueHoldout!.Value).Should().BeApproximately(25495.94028183697, 1e-8);
        var c1000 = summaries.Customers.Single(c => c.Id.Value == "1000");
        (c1000.Frequency, c1000.FrequencyHoldout).Should().Be((4, (int?)3));
        c1000.Recency.Should().BeApproximately(24.428571, 1e-6);
        c1000.T.Should().BeApproximately(33.571429, 1e-6);
        var c1 = summaries.Customers.Single(c => c.Id.Value == "0001");
        c1.FrequencyHoldout.Should().Be(1);
        c1.MonetaryValueHoldout!.Value.Should().BeApproximately(26.48, 1e-12);
    }

    [Fact]
    public void Merge_ShardsSplitByTime_EqualsTheWhole()
    {
        Transaction[] january = [new(A, new LocalDate(2025, 1, 1), 10m), new(A, new LocalDate(2025, 1, 20), 5m), new(B, new LocalDate(2025, 1, 3), 1m)];
        Transaction[] february = [new(A, new LocalDate(2025, 1, 20), 7m), new(A, new LocalDate(2025, 2, 2), 3m), new(C, new LocalDate(2025, 2, 5), 2m)];
        var whole = new RfmSummaryAccumulator();
        whole.AddRange(january.Concat(february));
        var first = new RfmSummaryAccumulator();
        first.AddRange(january);
        var second = new RfmSummaryAccumulator();
        second.AddRange(february);
        first.Merge(second);
        first.TransactionCount.Should().Be(6);
        first.CustomerCount.Should().Be(3);
        first.PurchaseDayCount.Should().Be(5);
        first.FirstPurchase.Should().Be(new LocalDate(2025, 1, 1));
        first.LastPurchase.Should().Be(new LocalDate(2025, 2, 5));
        first.ToSummaries().Customers.Should().Equal(whole.ToSummaries().Customers);
        var a = first.ToSummaries().Customers[0];
        (a.Frequency, a.MonetaryValue).Should().Be((2, (double?)7.5));
    }

    [Fact]
    public void Merge_EmptyAccumulators_KeepState()
    {
        var accumulator = new RfmSummaryAccumulator();
        accumulator.Merge(new RfmSummaryAccumulator());
        accumulator.HasAmounts.Should().BeNull();
        accumulator.FirstPurchase.Should().BeNull();
        accumulator.LastPurchase.Should().BeNull();
        var other = new RfmSummaryAccumulator();
        other.Add(new Transaction(A, new LocalDate(2025, 1, 1), 1m));
        accumulator.Merge(other);
        accumulator.HasAmounts.Should().BeTrue();
        accumulator.Merge(new RfmSummaryAccumulator());
        accumulator.CustomerCount.Should().Be(1);
    }

    [Fact]
    public void Merge_Guards_Throw()
    {
        var accumulator = new RfmSummaryAccumulator();
        accumulator.Add(new Transaction(A, new LocalDate(2025, 1, 1), 1m));
        var withoutAmounts = new RfmSummaryAccumulator();
        withoutAmounts.Add(new Transaction(A, new LocalDate(2025, 1, 1)));
        var self = () => accumulator.Merge(accumulator);
        var mixed = () => accumulator.Merge(withoutAmounts);
        var reverse = () => withoutAmounts.Merge(accumulator);
        var nothing = () => accumulator.Merge(null!);
        self.Should().Throw<ArgumentException>().WithMessage("other must be another accumulator; merging one into itself would count its spend twice. (Parameter 'other')");
        mixed.Should().Throw<ArgumentException>().WithMessage("other has no amounts, but this accumulator's transactions have them; every transaction must have an amount or none must. (Parameter 'other')");
        reverse.Should().Throw<ArgumentException>().WithMessage("other has amounts, but this accumulator's transactions have none; every transaction must have an amount or none must. (Parameter 'other')");
        nothing.Should().Throw<ArgumentNullException>().WithParameterName("other");
    }

    [Fact]
    public void Add_MixedAmounts_Throws()
    {
        var accumulator = new RfmSummaryAccumulator();
        accumulator.Add(new Transaction(A, new LocalDate(2025, 1, 1), 1.5m));
        var act = () => accumulator.Add(new Transaction(B, new LocalDate(2025, 1, 2)));
        act.Should().Throw<ArgumentException>().WithMessage("Every transaction must have an amount or none must: the earlier ones have amounts, but B 2025-01-02 has none. (Parameter 'transaction')");
        var other = new RfmSummaryAccumulator();
        other.Add(new Transaction(A, new LocalDate(2025, 1, 1)));
        var range = () => other.AddRange([new Transaction(B, new LocalDate(2025, 1, 2), 3m)]);
        range.Should().Throw<ArgumentException>().WithMessage("Every transaction must have an amount or none must: the earlier ones have none, but B 2025-01-02 3 has one. (Parameter 'transactions')");
    }

    [Fact]
    public void Add_DefaultTransaction_Throws()
    {
        var act = () => new RfmSummaryAccumulator().Add(default);
        act.Should().Throw<ArgumentException>().WithMessage("transaction must not hold the default Transaction (its customer id is unset). (Parameter 'transaction')");
    }

    [Fact]
    public void AddRange_ReaderWithOtherAmountMode_Throws()
    {
        var accumulator = new RfmSummaryAccumulator();
        accumulator.Add(new Transaction(A, new LocalDate(2025, 1, 1)));
        using var reader = new TransactionCsvReader(new StringReader("customer_id,date,amount\nA,2025-01-01,3\n"), new TransactionCsvOptions { AmountColumn = CsvColumn.Named("amount") });
        var act = () => accumulator.AddRange(reader);
        act.Should().Throw<ArgumentException>().WithMessage("reader has amounts, but this accumulator's transactions have none; every transaction must have an amount or none must. (Parameter 'reader')");
    }

    [Fact]
    public void AddRange_Cancelled_Throws()
    {
        var text = "customer_id,date\n" + string.Concat(Enumerable.Repeat("A,2025-01-01\n", 5000));
        using var reader = new TransactionCsvReader(new StringReader(text));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var act = () => new RfmSummaryAccumulator().AddRange(reader, null, cancelled.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public async Task AddRangeAsync_ReaderAndSequence_EqualTheSynchronousResult()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "CDNOW_sample.txt");
        var expected = SummariseCdnowSample(new SummaryOptions()).Customers;

        using var reader = TransactionCsvReader.Open(path, TransactionCsvReaderTests.CdnowSampleOptions());
        var fromReader = new RfmSummaryAccumulator();
        await fromReader.AddRangeAsync(reader);
        fromReader.ToSummaries().Customers.Should().Equal(expected);

        using var again = TransactionCsvReader.Open(path, TransactionCsvReaderTests.CdnowSampleOptions());
        var fromSequence = await RfmSummaries.FromTransactionsAsync(again.ReadAllAsync());
        fromSequence.Customers.Should().Equal(expected);
    }

    [Fact]
    public void ToSummaries_EmptyAccumulator_NeedsAnObservationEnd()
    {
        var accumulator = new RfmSummaryAccumulator();
        var act = () => accumulator.ToSummaries();
        act.Should().Throw<InvalidOperationException>().WithMessage("The accumulator holds no transactions, so it has no last purchase to end the observation on; set SummaryOptions.ObservationEnd or add transactions first.");
        var empty = accumulator.ToSummaries(new SummaryOptions { ObservationEnd = new LocalDate(2025, 1, 1) });
        empty.Customers.Should().BeEmpty();
        empty.HasMonetaryValue.Should().BeFalse();
        empty.ToRfmTable().Count.Should().Be(0);
    }

    [Fact]
    public void ToSummaries_CalibrationEndNotBeforeLastPurchase_Throws()
    {
        var accumulator = new RfmSummaryAccumulator();
        accumulator.Add(new Transaction(A, new LocalDate(2025, 1, 10)));
        var act = () => accumulator.ToSummaries(new SummaryOptions { CalibrationEnd = new LocalDate(2025, 1, 10) });
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("CalibrationEnd must be before the observation end (2025-01-10, the last purchase); was 2025-01-10.*").WithParameterName("options");
    }

    /// <summary>
    /// Property: however a log is sharded (by customer, by time, at random) and in whatever order the shards and their
    /// transactions arrive, merging the shards' accumulators summarises exactly like one accumulator given everything.
    /// </summary>
    [Fact]
    public void Merge_RandomShardings_EqualTheWholeLog()
    {
        var transaction = Gen.Select(Gen.Int[0, 12], Gen.Int[0, 120], Gen.Int[0, 50_000], Gen.Int[0, 3]);
        var options = Gen.Select(Gen.Bool, Gen.Int[1, 7], Gen.Int[1, 8], Gen.Int[-1, 130], Gen.Int[0, 140]);
        Gen.Select(transaction.Array[0, 80], options, Gen.Int[0, int.MaxValue]).Sample((rows, settings, seed) =>
        {
            var random = new Random(seed);
            var start = new LocalDate(2024, 12, 1);
            var log = rows.Select(r => new Transaction(new CustomerId("c" + r.Item1.ToString("000", CultureInfo.InvariantCulture)), start.PlusDays(r.Item2), r.Item3 / 100m)).ToArray();
            var whole = new RfmSummaryAccumulator();
            whole.AddRange(log);

            var shardCount = 1 + random.Next(4);
            var shards = Enumerable.Range(0, shardCount).Select(_ => new RfmSummaryAccumulator()).ToArray();
            for (var i = 0; i < log.Length; i++)
            {
                var shard = rows[i].Item4 switch
                {
                    0 => rows[i].Item1 % shardCount,               // by customer
                    1 => rows[i].Item2 * shardCount / 121,          // by time
                    _ => random.Next(shardCount),                   // at random
                };
                shards[shard].Add(log[i]);
            }

            var merged = new RfmSummaryAccumulator();
            foreach (var shard in shards.OrderBy(_ => random.Next()))
            {
                merged.Merge(shard);
            }

            var summaryOptions = new SummaryOptions
            {
                Collapse = settings.Item1 ? CollapsePeriod.Week : CollapsePeriod.Day,
                FirstDayOfWeek = (IsoDayOfWeek)settings.Item2,
                TimeUnit = TimeUnit.Days(settings.Item3),
                CalibrationEnd = settings.Item4 >= 0 && settings.Item4 < settings.Item5 ? start.PlusDays(settings.Item4) : null,
                ObservationEnd = start.PlusDays(settings.Item5),
            };
            merged.TransactionCount.Should().Be(whole.TransactionCount);
            merged.PurchaseDayCount.Should().Be(whole.PurchaseDayCount);
            var expected = whole.ToSummaries(summaryOptions);
            var actual = merged.ToSummaries(summaryOptions);
            actual.Customers.OrderBy(c => c.Id).Should().Equal(expected.Customers.OrderBy(c => c.Id));
            (actual.ExcludedInHoldout, actual.ExcludedAfterObservationEnd).Should().Be((expected.ExcludedInHoldout, expected.ExcludedAfterObservationEnd));
            CheckAgainstDefinition(log, summaryOptions, expected);
        }, iter: 400);
    }

    /// <summary>
    /// Customers whose purchases arrive interleaved grow their day lists in step, which leaves outgrown storage behind
    /// and makes the accumulator compact it; the summaries must not notice.
    /// </summary>
    [Fact]
    public void AddRange_ManyInterleavedCustomers_SummariseByTheDefinition()
    {
        var random = new Random(7);
        var start = new LocalDate(2024, 1, 1);
        var log = Enumerable.Range(0, 60_000)
            .Select(_ => new Transaction(new CustomerId("c" + random.Next(1500).ToString(CultureInfo.InvariantCulture)), start.PlusDays(random.Next(400)), random.Next(1, 10_000) / 100m))
            .ToArray();
        var options = new SummaryOptions { ObservationEnd = start.PlusDays(399), CalibrationEnd = start.PlusDays(300) };
        var accumulator = new RfmSummaryAccumulator();
        accumulator.AddRange(log);
        accumulator.PurchaseDayCount.Should().Be(log.Select(t => (t.CustomerId, t.Date)).Distinct().Count());
        CheckAgainstDefinition(log, options, accumulator.ToSummaries(options));
    }

    internal static RfmSummaries SummariseCdnowSample(SummaryOptions options)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "CDNOW_sample.txt");
        using var reader = TransactionCsvReader.Open(path, TransactionCsvReaderTests.CdnowSampleOptions());
        var accumulator = new RfmSummaryAccumulator();
        accumulator.AddRange(reader);
        return accumulator.ToSummaries(options);
    }

    /// <summary>Recomputes every summary straight from the documented conventions, with LINQ over the raw log.</summary>
    private static void CheckAgainstDefinition(Transaction[] log, SummaryOptions options, RfmSummaries summaries)
    {
        var end = options.ObservationEnd!.Value;
        var calibrationEnd = options.CalibrationEnd ?? end;
        var unit = (double)options.TimeUnit.LengthInDays!.Value;
        LocalDate PeriodOf(LocalDate d) => options.Collapse == CollapsePeriod.Day
            ? d
            : d.PlusDays(-(((int)d.DayOfWeek - (int)options.FirstDayOfWeek + 7) % 7));
        var expected = log
            .GroupBy(t => t.CustomerId)
            .Where(g => g.Min(t => t.Date) <= calibrationEnd)
            .ToDictionary(g => g.Key, g =>
            {
                var calibration = g.Where(t => t.Date <= calibrationEnd).GroupBy(t => PeriodOf(t.Date)).OrderBy(p => p.Key).ToList();
                var first = calibration[0].Key;
                var repeat = calibration.Skip(1).ToList();
                var holdout = g.Where(t => t.Date > calibrationEnd && t.Date <= end).GroupBy(t => PeriodOf(t.Date)).ToList();
                return (
                    X: repeat.Count,
                    Tx: Period.DaysBetween(first, calibration[^1].Key) / unit,
                    T: Period.DaysBetween(first, PeriodOf(calibrationEnd)) / unit,
                    M: repeat.Count == 0 ? 0 : (double)repeat.Sum(p => p.Sum(t => t.Amount!.Value)) / repeat.Count,
                    Xh: holdout.Count,
                    Mh: holdout.Count == 0 ? 0 : (double)holdout.Sum(p => p.Sum(t => t.Amount!.Value)) / holdout.Count);
            });
        summaries.Customers.Should().HaveCount(expected.Count);
        foreach (var customer in summaries.Customers)
        {
            var e = expected[customer.Id];
            (customer.Frequency, customer.Recency, customer.T, customer.MonetaryValue).Should().Be((e.X, e.Tx, e.T, (double?)e.M));
            if (options.CalibrationEnd.HasValue)
            {
                (customer.FrequencyHoldout, customer.MonetaryValueHoldout).Should().Be(((int?)e.Xh, (double?)e.Mh));
            }
        }
    }

    private static RfmSummaries Summarise(Transaction[] log, SummaryOptions? options = null)
    {
        var accumulator = new RfmSummaryAccumulator();
        foreach (var transaction in log)
        {
            accumulator.Add(transaction);
        }

        return accumulator.ToSummaries(options);
    }

    private static List<Dictionary<string, string>> ReadCsv(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", name));
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }
}
