using RelationshipKit.Value.Models;
using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Value.Tests.Models;

public class CohortForecastTests
{
    private static readonly Lazy<BgNbdModel> Fitted = new(() => BgNbdModel.Fit(CdnowData.Summary).Model);

    [Fact]
    public void CdnowTransactions_AgreeWithTheSummaryFile()
    {
        var transactions = CdnowTransactions.Instance;
        var summary = CdnowData.Summary;

        transactions.FirstPurchaseWeek.Should().HaveCount(2357);
        for (var i = 0; i < summary.Count; i++)
        {
            transactions.CalibrationPurchases[i].Should().Be((int)summary.Frequency[i]);
            ((272.0 / 7) - transactions.FirstPurchaseWeek[i]).Should().BeApproximately(summary.T[i], 0.006);
        }
    }

    [Fact]
    public void CumulativeRepeatPurchases_Cdnow_TracksTheActualCohortWithinFivePercent()
    {
        // Fader, Hardie & Lee (2005), figure 2: the BG/NBD tracks CDNOW's cumulative repeat purchases closely in the
        // calibration period (weeks 1–39) and the holdout period (40–78). Checked at weeks 39 and 78.
        var transactions = CdnowTransactions.Instance;
        double[] weeks = [272.0 / 7, 545.0 / 7];
        var expected = new double[2];

        CohortForecast.CumulativeRepeatPurchases(Fitted.Value, transactions.FirstPurchaseWeek, default, weeks, expected);

        var actual39 = transactions.CalibrationPurchases.Sum();
        var actual78 = actual39 + transactions.HoldoutPurchases.Sum();
        expected[0].Should().BeApproximately(actual39, actual39 * 0.05);
        expected[1].Should().BeApproximately(actual78, actual78 * 0.05);
    }

    [Fact]
    public void CumulativeRepeatPurchases_SumsExpectedPurchasesOfEarlierCustomers()
    {
        var model = Fitted.Value;
        var result = new double[3];

        CohortForecast.CumulativeRepeatPurchases(model, [0, 2, 2, 5], [1, 1, 2, 10], [1, 3, 10], result);

        result[0].Should().Be(model.ExpectedPurchases(1));
        result[1].Should().BeApproximately(model.ExpectedPurchases(3) + (3 * model.ExpectedPurchases(1)), 1e-12);
        result[2].Should().BeApproximately(model.ExpectedPurchases(10) + (3 * model.ExpectedPurchases(8)) + (10 * model.ExpectedPurchases(5)), 1e-12);
    }

    [Fact]
    public void CompareHoldout_Cdnow_PredictsEachFrequencyGroup()
    {
        // Fader, Hardie & Lee (2005), figure 4: conditional expectations for weeks 40–78 against the actual means,
        // by calibration frequency 0…7+. The model is close for every group (within 0.25 purchases here).
        var rows = CohortForecast.CompareHoldout(Fitted.Value, CdnowData.Summary, CdnowTransactions.Instance.HoldoutPurchases, 39, 7);

        rows.Should().HaveCount(8);
        rows.Select(r => r.Frequency).Should().Equal(0, 1, 2, 3, 4, 5, 6, 7);
        rows[^1].IsOpenEnded.Should().BeTrue();
        rows.Sum(r => r.Customers).Should().Be(2357);
        rows[0].Customers.Should().Be(1411);
        foreach (var row in rows)
        {
            row.PredictedMeanPurchases.Should().BeApproximately(row.ActualMeanPurchases, 0.25 + (0.1 * row.ActualMeanPurchases), row.ToString());
        }
    }

    [Fact]
    public void CompareHoldout_BadInput_Throws()
    {
        var act = () => CohortForecast.CompareHoldout(Fitted.Value, CdnowData.Summary, new double[3], 39);
        act.Should().Throw<ArgumentException>().WithMessage("holdoutPurchases must have one value per calibration row (2357); had 3. (Parameter 'holdoutPurchases')");
        act = () => CohortForecast.CompareHoldout(Fitted.Value, CdnowData.Summary, new double[2357], 0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("holdoutLength must be a finite number > 0; was 0. (Parameter 'holdoutLength')*");
    }
}
