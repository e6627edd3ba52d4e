using System.Globalization;
using NodaTime;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.DuckDb.Tests;

/// <summary>The in-process oracle and the comparison every engine summary must pass.</summary>
internal static class EngineSummaries
{
    /// <summary>The option sets every engine is compared on: defaults, a fixed observation end, week collapse with a holdout, a 7-day unit with a Sunday week start and a holdout.</summary>
    public static TheoryData<string> OptionSets => ["defaults", "observation-end", "week-holdout", "unit-7-sunday-holdout"];

    public static SummaryOptions Options(string name, LocalDate lastPurchase) => name switch
    {
        "defaults" => new SummaryOptions(),
        "observation-end" => new SummaryOptions { ObservationEnd = lastPurchase.PlusDays(-200) },
        "week-holdout" => new SummaryOptions { Collapse = CollapsePeriod.Week, TimeUnit = TimeUnit.Week, CalibrationEnd = lastPurchase.PlusDays(-300) },
        "unit-7-sunday-holdout" => new SummaryOptions { Collapse = CollapsePeriod.Week, FirstDayOfWeek = IsoDayOfWeek.Sunday, TimeUnit = TimeUnit.Days(7), ObservationEnd = lastPurchase.PlusDays(-10), CalibrationEnd = lastPurchase.PlusDays(-250) },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown option set"),
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, bool WithAmounts), Lazy<RfmSummaryAccumulator>> Accumulators = new();

    /// <summary>Summarises a <c>customer_id,date,amount</c> CSV file in process (the file is read once per test run and kept as an accumulator).</summary>
    public static RfmSummaries InProcess(string csvPath, SummaryOptions options, bool withAmounts = true)
    {
        // The accumulator is not thread-safe, and test classes run in parallel.
        var accumulator = Accumulator(csvPath, withAmounts);
        lock (accumulator)
        {
            return accumulator.ToSummaries(options);
        }
    }

    /// <summary>The last purchase of a CSV file, read in process.</summary>
    public static LocalDate LastPurchase(string csvPath) => Accumulator(csvPath, withAmounts: true).LastPurchase!.Value;

    private static RfmSummaryAccumulator Accumulator(string csvPath, bool withAmounts) =>
        Accumulators.GetOrAdd((csvPath, withAmounts), key => new Lazy<RfmSummaryAccumulator>(() =>
        {
            var accumulator = new RfmSummaryAccumulator();
            using var reader = TransactionCsvReader.Open(key.Path, new TransactionCsvOptions { AmountColumn = key.WithAmounts ? CsvColumn.Named("amount") : null });
            accumulator.AddRange(reader);
            return accumulator;
        })).Value;

    /// <summary>Asserts that the engine's summaries equal the in-process ones: same customers, frequency, recency, T, days and holdout frequency exactly, monetary values within 1e-9 relative, same header figures.</summary>
    public static void ShouldEqual(RfmSummaries engine, RfmSummaries expected)
    {
        engine.Customers.Count.Should().Be(expected.Customers.Count);
        engine.TimeUnit.Should().Be(expected.TimeUnit);
        engine.Collapse.Should().Be(expected.Collapse);
        engine.FirstDayOfWeek.Should().Be(expected.FirstDayOfWeek);
        engine.ObservationEnd.Should().Be(expected.ObservationEnd);
        engine.CalibrationEnd.Should().Be(expected.CalibrationEnd);
        engine.DurationHoldout.Should().Be(expected.DurationHoldout);
        engine.HasMonetaryValue.Should().Be(expected.HasMonetaryValue);
        engine.ExcludedInHoldout.Should().Be(expected.ExcludedInHoldout);
        engine.ExcludedAfterObservationEnd.Should().Be(expected.ExcludedAfterObservationEnd);
        var byId = engine.Customers.ToDictionary(c => c.Id.Value, StringComparer.Ordinal);
        var mismatches = new List<string>();
        foreach (var want in expected.Customers)
        {
            if (!byId.TryGetValue(want.Id.Value, out var got))
            {
                mismatches.Add($"{want.Id} missing");
            }
            else if (got.Frequency != want.Frequency || !got.Recency.Equals(want.Recency) || !got.T.Equals(want.T)
                || got.FirstPurchase != want.FirstPurchase || got.LastPurchase != want.LastPurchase
                || got.FrequencyHoldout != want.FrequencyHoldout
                || !Close(got.MonetaryValue, want.MonetaryValue) || !Close(got.MonetaryValueHoldout, want.MonetaryValueHoldout))
            {
                mismatches.Add($"engine {got} vs in-process {want}");
            }

            if (mismatches.Count >= 5)
            {
                break;
            }
        }

        mismatches.Should().BeEmpty();
    }

    private static bool Close(double? got, double? want) =>
        got.HasValue == want.HasValue && (!got.HasValue || Math.Abs(got.Value - want!.Value) <= 1e-9 * Math.Abs(want.Value));

    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
