using NodaTime;
using RelationshipKit.Value;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>The code of docs/value/summaries.md, compiled and run; each test asserts what the page says the code gives.</summary>
public class SummariesSnippets
{
    private static readonly string CdnowSample = Path.Combine(AppContext.BaseDirectory, "TestData", "CDNOW_sample.txt");

    [Fact]
    public void CdnowSample_FromFile_GivesThePublishedSummary()
    {
        var path = CdnowSample;
        #region summaries-cdnow
        // TransactionCsvOptions.CdnowSample() creates these options.
        var csv = new TransactionCsvOptions
        {
            HasHeader = false,
            Delimiter = CsvDelimiter.Whitespace,
            // The sample's customer id, written 0001 to 2357:
            CustomerColumn = CsvColumn.At(2),
            // yyyyMMdd is ISO 8601's basic form: no DateFormat needed.
            DateColumn = CsvColumn.At(3),
            // Dollars:
            AmountColumn = CsvColumn.At(5),
        };
        var accumulator = new RfmSummaryAccumulator();
        using (var reader = TransactionCsvReader.Open(path, csv))
        {
            // Streams: the transactions are never held in memory.
            accumulator.AddRange(reader);
        }

        var summaries = accumulator.ToSummaries(new SummaryOptions
        {
            TimeUnit = TimeUnit.Week,
            ObservationEnd = new LocalDate(1997, 9, 30),
        });
        var first = summaries.Customers[0];
        // 0001: x = 2, t_x = 30.43, T = 38.86 weeks, m = 22.345
        #endregion

        summaries.Customers.Should().HaveCount(2357);
        (first.Id.Value, first.Frequency).Should().Be(("0001", 2));
        first.Recency.Should().BeApproximately(30.43, 0.005);
        first.T.Should().BeApproximately(38.86, 0.005);
        first.MonetaryValue!.Value.Should().BeApproximately(22.345, 1e-12);
    }

    [Fact]
    public void Records_FromAnySequence_AreSummarised()
    {
        #region summaries-records
        var orders = new[]
        {
            (Customer: "00042", Day: new LocalDate(2025, 1, 3), Total: 120.00m),
            // The same day: one purchase of 150.
            (Customer: "00042", Day: new LocalDate(2025, 1, 3), Total: 30.00m),
            (Customer: "00042", Day: new LocalDate(2025, 2, 14), Total: 80.00m),
            (Customer: "00042", Day: new LocalDate(2025, 3, 28), Total: 40.00m),
            (Customer: "00043", Day: new LocalDate(2025, 3, 1), Total: 15.00m),
        };
        var transactions = orders.Select(o =>
            new Transaction(new CustomerId(o.Customer), o.Day, o.Total));
        var summaries = RfmSummaries.FromTransactions(
            transactions,
            new SummaryOptions
            {
                TimeUnit = TimeUnit.Week,
                ObservationEnd = new LocalDate(2025, 3, 31),
            });
        // 00042: x = 2, t_x = 12 weeks, T = 12.43 weeks, m = (80 + 40) / 2 = 60
        // 00043: x = 0, t_x = 0,        T = 4.29 weeks,  m = 0
        #endregion

        var c42 = summaries.Customers[0];
        (c42.Frequency, c42.Recency, c42.MonetaryValue).Should().Be((2, 12.0, (double?)60));
        c42.T.Should().BeApproximately(12.43, 0.005);
        var c43 = summaries.Customers[1];
        (c43.Frequency, c43.Recency, c43.MonetaryValue).Should().Be((0, 0.0, (double?)0));
        c43.T.Should().BeApproximately(4.29, 0.005);
    }

    [Fact]
    public void Timestamps_BecomeDatesInTheBusinessTimeZone()
    {
        #region summaries-timestamps
        var warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
        // 00:30 on 4 January in Warsaw:
        var placed = Instant.FromUtc(2025, 1, 3, 23, 30);
        var purchase = new Transaction(
            new CustomerId("00042"), placed.InZone(warsaw).Date, 120.00m);
        #endregion

        purchase.Date.Should().Be(new LocalDate(2025, 1, 4));
    }

    [Fact]
    public void Shards_MergeExactly()
    {
        var id = new CustomerId("00042");
        Transaction[] januaryLog = [new(id, new LocalDate(2025, 1, 3), 120m), new(id, new LocalDate(2025, 1, 31), 10m)];
        Transaction[] februaryLog = [new(id, new LocalDate(2025, 1, 31), 5m), new(id, new LocalDate(2025, 2, 14), 80m)];
        #region summaries-merge
        // Each shard is summarised where it lives: a file per month, a partition
        // per worker, a thread each.
        var january = new RfmSummaryAccumulator();
        january.AddRange(januaryLog);
        var february = new RfmSummaryAccumulator();
        february.AddRange(februaryLog);

        // Exact: 31 January, in both shards, is one purchase of 15.
        january.Merge(february);
        var summaries = january.ToSummaries();
        #endregion

        var whole = RfmSummaries.FromTransactions(januaryLog.Concat(februaryLog));
        summaries.Customers.Should().Equal(whole.Customers);
        (summaries.Customers[0].Frequency, summaries.Customers[0].MonetaryValue).Should().Be((2, (double?)47.5));
    }

    [Fact]
    public void CdnowSample_CalibrationAndHoldout()
    {
        var accumulator = new RfmSummaryAccumulator();
        using (var reader = TransactionCsvReader.Open(CdnowSample, TransactionCsvOptions.CdnowSample()))
        {
            accumulator.AddRange(reader);
        }

        #region summaries-holdout
        var split = accumulator.ToSummaries(new SummaryOptions
        {
            TimeUnit = TimeUnit.Week,
            CalibrationEnd = new LocalDate(1997, 9, 30),
            ObservationEnd = new LocalDate(1998, 6, 30),
        });
        // split.DurationHoldout == 39 weeks; customer 0001 bought again once in
        // the holdout, for 26.48
        var holdoutPurchases = split.Customers.Sum(c => c.FrequencyHoldout ?? 0);
        // 1,882
        #endregion

        split.DurationHoldout.Should().Be(39);
        split.Customers[0].FrequencyHoldout.Should().Be(1);
        split.Customers[0].MonetaryValueHoldout!.Value.Should().BeApproximately(26.48, 1e-12);
        holdoutPurchases.Should().Be(1882);

        #region summaries-fit-table
        RfmTable table = split.ToRfmTable(includeMonetaryValue: false).Collapse();
        // table.TotalWeight == 2,357 customers in table.Count weighted (x, t_x, T) rows
        #endregion

        table.TotalWeight.Should().Be(2357);
        table.Count.Should().Be(split.Customers.Select(c => (c.Frequency, c.Recency, c.T)).Distinct().Count());
    }
}
