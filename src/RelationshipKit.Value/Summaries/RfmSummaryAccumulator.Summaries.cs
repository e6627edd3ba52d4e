using NodaTime;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Summaries;

// RfmSummaryAccumulator, one part: the summary maths: frequency, recency, T, monetary value and the holdout figures from the purchase days held.
public sealed partial class RfmSummaryAccumulator
{
    /// <summary>Summarises every customer seen so far.</summary>
    /// <param name="options">The conventions; <see langword="null"/> for the defaults (day collapse, days, observation end = the last purchase).</param>
    /// <returns>The summaries, customers in order of first appearance.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="options"/> is invalid, or its <see cref="SummaryOptions.CalibrationEnd"/> is not before the observation end; the message names the setting.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the accumulator is empty and <see cref="SummaryOptions.ObservationEnd"/> is not set, so there is no observation end.</exception>
    public RfmSummaries ToSummaries(SummaryOptions? options = null)
    {
        options ??= new SummaryOptions();
        options.Validate(nameof(options));
        int observationEnd;
        if (options.ObservationEnd is { } end)
        {
            observationEnd = DayNumber.From(end, nameof(options));
        }
        else if (_count > 0)
        {
            observationEnd = _maxDay;
        }
        else
        {
            throw new InvalidOperationException("The accumulator holds no transactions, so it has no last purchase to end the observation on; set SummaryOptions.ObservationEnd or add transactions first.");
        }

        var split = options.CalibrationEnd.HasValue;
        var calibrationEnd = split ? DayNumber.From(options.CalibrationEnd!.Value, nameof(options)) : observationEnd; // HasValue checked.
        if (split && calibrationEnd >= observationEnd)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.CalibrationEnd,
                $"CalibrationEnd must be before the observation end ({SummaryOptions.Iso(DayNumber.ToLocalDate(observationEnd))}, the last purchase); was {SummaryOptions.Iso(options.CalibrationEnd!.Value)}.");
        }

        var week = options.Collapse == CollapsePeriod.Week;
        var firstDayOfWeek = options.FirstDayOfWeek;
        var unitDays = (double)options.TimeUnit.LengthInDays!.Value; // Validate() requires a calendar length.
        var withAmounts = _amounts == AmountMode.With;
        var calibrationPeriod = Period(calibrationEnd, week, firstDayOfWeek);
        var customers = new CustomerSummary[_count];
        var included = 0;
        int excludedInHoldout = 0, excludedAfterEnd = 0;
        for (var i = 0; i < _count; i++)
        {
            ref var entry = ref _entries[i];
            ReadOnlySpan<int> days = entry.Class == 0 ? new ReadOnlySpan<int>(ref entry.FirstDay) : _days.AsSpan(entry.Offset, entry.Count);
            ReadOnlySpan<decimal> totals = !withAmounts ? default
                : entry.Class == 0 ? new ReadOnlySpan<decimal>(ref entry.FirstTotal) : _totals.AsSpan(entry.Offset, entry.Count);
            if (days[0] > calibrationEnd)
            {
                if (split && days[0] <= observationEnd)
                {
                    excludedInHoldout++;
                }
                else
                {
                    excludedAfterEnd++;
                }

                continue;
            }

            var firstPeriod = Period(days[0], week, firstDayOfWeek);
            var period = firstPeriod;
            var periods = 1;
            var repeatSpend = 0m;
            var k = 0;
            for (; k < days.Length && days[k] <= calibrationEnd; k++)
            {
                var p = Period(days[k], week, firstDayOfWeek);
                if (p != period)
                {
                    period = p;
                    periods++;
                }

                if (withAmounts && p != firstPeriod)
                {
                    repeatSpend += totals[k];
                }
            }

            var lastDay = days[k - 1];
            var frequency = periods - 1;
            double? monetary = withAmounts ? (frequency == 0 ? 0 : (double)repeatSpend / frequency) : null;
            int? frequencyHoldout = null;
            double? monetaryHoldout = null;
            if (split)
            {
                var holdoutPeriods = 0;
                var holdoutSpend = 0m;
                var previous = int.MinValue;
                for (; k < days.Length && days[k] <= observationEnd; k++)
                {
                    var p = Period(days[k], week, firstDayOfWeek);
                    if (p != previous)
                    {
                        previous = p;
                        holdoutPeriods++;
                    }

                    if (withAmounts)
                    {
                        holdoutSpend += totals[k];
                    }
                }

                frequencyHoldout = holdoutPeriods;
                monetaryHoldout = withAmounts ? (holdoutPeriods == 0 ? 0 : (double)holdoutSpend / holdoutPeriods) : null;
            }

            customers[included++] = new CustomerSummary(
                new CustomerId(_idStrings[i] ?? new string(_idChars, entry.IdStart, entry.IdLength)),
                frequency,
                (period - firstPeriod) / unitDays,
                (calibrationPeriod - firstPeriod) / unitDays,
                monetary,
                days[0],
                lastDay,
                frequencyHoldout,
                monetaryHoldout);
        }

        double? duration = split ? (Period(observationEnd, week, firstDayOfWeek) - calibrationPeriod) / unitDays : null;
        if (included < customers.Length)
        {
            Array.Resize(ref customers, included);
        }

        return new RfmSummaries(
            customers,
            options.TimeUnit,
            options.Collapse,
            firstDayOfWeek,
            DayNumber.ToLocalDate(observationEnd),
            split ? DayNumber.ToLocalDate(calibrationEnd) : null,
            duration,
            withAmounts,
            excludedInHoldout,
            excludedAfterEnd);
    }

    private static int Period(int day, bool week, IsoDayOfWeek firstDayOfWeek) =>
        week ? DayNumber.StartOfWeek(day, firstDayOfWeek) : day;
}
