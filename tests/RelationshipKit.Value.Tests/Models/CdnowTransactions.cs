using System.Globalization;

namespace RelationshipKit.Value.Tests.Models;

/// <summary>
/// The CDNOW sample's transactions (CDNOW_sample.txt: master id, sample id, yyyyMMdd, CDs, dollars), reduced the way
/// Fader, Hardie &amp; Lee (2005) use them: the cohort joined in the first 12 weeks of 1997, the calibration period
/// ends on 1997-09-30 (day 272, week 38.86) and the holdout period on 1998-06-30 (day 545, week 77.86). Purchases on the same day count once.
/// Times are in weeks from 1997-01-01.
/// </summary>
internal sealed class CdnowTransactions
{
    private static readonly DateOnly Origin = new(1997, 1, 1);
    private static readonly Lazy<CdnowTransactions> LazyInstance = new(Load);

    private CdnowTransactions(double[] firstPurchase, double[] holdoutPurchases, int[] calibrationPurchases, double[] weeklyRepeatPurchases)
    {
        FirstPurchaseWeek = firstPurchase;
        HoldoutPurchases = holdoutPurchases;
        CalibrationPurchases = calibrationPurchases;
        WeeklyRepeatPurchases = weeklyRepeatPurchases;
    }

    public static CdnowTransactions Instance => LazyInstance.Value;

    /// <summary>Gets each customer's first purchase, in weeks from 1997-01-01, in sample-id order.</summary>
    public double[] FirstPurchaseWeek { get; }

    /// <summary>Gets each customer's repeat purchases in the holdout period (weeks 39–78).</summary>
    public double[] HoldoutPurchases { get; }

    /// <summary>Gets each customer's repeat purchases in the calibration period.</summary>
    public int[] CalibrationPurchases { get; }

    /// <summary>Gets the cohort's repeat purchases in each week 1…78 (index 0 is week 1).</summary>
    public double[] WeeklyRepeatPurchases { get; }

    private static CdnowTransactions Load()
    {
        var days = new SortedDictionary<int, SortedSet<int>>();
        foreach (var line in File.ReadLines(CdnowData.PathOf("CDNOW_sample.txt")))
        {
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 3)
            {
                continue;
            }

            var customer = int.Parse(fields[1], CultureInfo.InvariantCulture);
            var date = DateOnly.ParseExact(fields[2], "yyyyMMdd", CultureInfo.InvariantCulture);
            var day = date.DayNumber - Origin.DayNumber;
            if (!days.TryGetValue(customer, out var set))
            {
                days[customer] = set = [];
            }

            set.Add(day);
        }

        var calibrationEnd = new DateOnly(1997, 9, 30).DayNumber - Origin.DayNumber;
        var n = days.Count;
        var first = new double[n];
        var holdout = new double[n];
        var calibration = new int[n];
        var weekly = new double[78];
        var i = 0;
        foreach (var (_, set) in days)
        {
            var firstDay = set.Min;
            first[i] = firstDay / 7.0;
            foreach (var day in set)
            {
                if (day == firstDay)
                {
                    continue;
                }

                if (day <= calibrationEnd)
                {
                    calibration[i]++;
                }
                else
                {
                    holdout[i]++;
                }

                var week = Math.Min(77, day / 7);
                weekly[week]++;
            }

            i++;
        }

        return new CdnowTransactions(first, holdout, calibration, weekly);
    }
}
