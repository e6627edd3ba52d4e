using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models;
using RelationshipKit.Value.Models.BgBb;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Models.Clv;
using RelationshipKit.Value.Models.GammaGamma;
using RelationshipKit.Value.Models.MbgNbd;
using RelationshipKit.Value.Models.ParetoNbd;

namespace RelationshipKit.Value.Tests.Models;

/// <summary>
/// The upper bounds of <see cref="RfmTable"/> exist so that no accepted table can drive a model to NaN or infinity.
/// These tests fit every model on tables that sit on the bounds and check every number that comes out.
/// </summary>
public class TableBoundsTests
{
    public static TheoryData<string> ExtremeTables() => new() { "max-frequency", "max-time", "max-weight", "tiny-times" };

    [Theory]
    [MemberData(nameof(ExtremeTables))]
    public void PurchaseModelFits_OnTablesAtTheBounds_AreFinite(string kind)
    {
        var table = Table(kind);
        AssertFinite(BgNbdModel.Fit(table), kind);
        AssertFinite(MbgNbdModel.Fit(table), kind);
        AssertFinite(ParetoNbdModel.Fit(table), kind);
    }

    [Theory]
    [MemberData(nameof(ExtremeTables))]
    public void Predictions_OnTablesAtTheBounds_AreFiniteAndInRange(string kind)
    {
        var table = Table(kind);
        PurchaseModel[] models =
        [
            new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), table.TimeUnit),
            new MbgNbdModel(new MbgNbdParameters(0.525, 6.183, 0.891, 1.614), table.TimeUnit),
            new ParetoNbdModel(new ParetoNbdParameters(0.553, 10.578, 0.606, 11.669), table.TimeUnit),
        ];
        var alive = new double[table.Count];
        var expected = new double[table.Count];
        foreach (var model in models)
        {
            model.ProbabilityAlive(table, alive);
            model.ConditionalExpectedPurchases(RfmTable.MaxTime, table, expected);
            alive.Should().OnlyContain(p => p >= 0 && p <= 1, $"{model.Name} P(alive) on {kind}");
            expected.Should().OnlyContain(e => double.IsFinite(e) && e >= 0, $"{model.Name} E[Y] on {kind}");
        }
    }

    [Fact]
    public void SpendAndValue_AtTheMonetaryBound_AreFinite()
    {
        var table = RfmTable.Create(
            [RfmTable.MaxFrequency, 1, 2, 3, 0],
            [10, 5, 7, 9, 0],
            [10, 10, 10, 10, 10],
            TimeUnit.Week,
            [1, RfmTable.MaxWeight, 1, 1, 1],
            [RfmTable.MaxMonetaryValue, 1e-6, 20, 35, 0]);

        var fit = GammaGammaModel.Fit(table);
        AssertFinite(fit, "monetary bound");

        var spend = new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44));
        var purchases = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), TimeUnit.Week);
        var values = new double[table.Count];
        new CustomerLifetimeValueModel(purchases, spend).DiscountedValue(table, values);
        values.Should().OnlyContain(v => double.IsFinite(v) && v >= 0);
        spend.ConditionalExpectedAverageSpend(RfmTable.MaxFrequency, RfmTable.MaxMonetaryValue).Should().BeApproximately(RfmTable.MaxMonetaryValue, RfmTable.MaxMonetaryValue * 1e-6);
    }

    [Fact]
    public void BgBb_AtTheWeightBound_IsFinite()
    {
        var table = RfmTable.Create([0, 2, 6, 3], [0, 4, 6, 5], [6, 6, 6, 6], TimeUnit.Period, [RfmTable.MaxWeight, 1, RfmTable.MaxWeight, 5]);
        AssertFinite(BgBbModel.Fit(table), "weight bound");
    }

    [Theory]
    [InlineData(1e9 + 1, 5, 10, "frequency must be a whole number in [0, 1000000000]; was 1000000001.*")]
    [InlineData(3, 5, 1e12 + 1, "t must be a number in [0, 1000000000000]; was 1000000000001.*")]
    public void ScalarPredictions_BeyondTheBounds_Throw(double x, double tx, double t, string message)
    {
        var model = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), TimeUnit.Week);
        var act = () => model.ProbabilityAlive(x, tx, t);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage(message);
    }

    [Fact]
    public void ExpectedSpend_BeyondTheMonetaryBound_Throws()
    {
        var spend = new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44));
        var act = () => spend.ConditionalExpectedAverageSpend(2, 1e16);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("meanSpend must be a number in [0, 1000000000000000]; was 10000000000000000.*");
    }

    private static RfmTable Table(string kind) => kind switch
    {
        "max-frequency" => RfmTable.Create([RfmTable.MaxFrequency, 0, 3, 1], [10, 0, 50, 99], [100, 100, 100, 100], TimeUnit.Week),
        "max-time" => RfmTable.Create([1, 0, 2, 5], [RfmTable.MaxTime, 0, 5, 1e6], [RfmTable.MaxTime, RfmTable.MaxTime, RfmTable.MaxTime, 1e7], TimeUnit.Day),
        "max-weight" => RfmTable.Create([1, 0, 5], [5, 0, 9], [10, 10, 10], TimeUnit.Week, [RfmTable.MaxWeight, RfmTable.MaxWeight, 1]),
        _ => RfmTable.Create([1, 0, 2], [1e-9, 0, 2e-9], [2e-9, 3e-9, 2e-9], TimeUnit.Week),
    };

    private static void AssertFinite<TModel>(FitResult<TModel> fit, string because)
        where TModel : class
    {
        fit.LogLikelihood.Should().NotBeNull(because);
        fit.Aic.Should().NotBeNull(because);
        fit.Bic.Should().NotBeNull(because);
        fit.GradientNorm.Should().NotBeNull(because);
        fit.Parameters.Should().OnlyContain(p => double.IsFinite(p.Value) && p.Value > 0, because);
        fit.Parameters.Should().OnlyContain(p => p.StandardError == null || double.IsFinite(p.StandardError.Value), because);
        fit.Message.Should().NotBeNullOrWhiteSpace();
    }
}
