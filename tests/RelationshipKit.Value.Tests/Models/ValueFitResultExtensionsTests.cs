using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.BgBb;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Models.GammaGamma;
using RelationshipKit.Value.Models.MbgNbd;
using RelationshipKit.Value.Models.ParetoNbd;
using RelationshipKit.Value.Models.Sbg;

namespace RelationshipKit.Value.Tests.Models;

public class ValueFitResultExtensionsTests
{
    [Fact]
    public void Estimates_EveryModel_AreTheNamedEstimatesTyped()
    {
        var bgnbd = BgNbdModel.Fit(CdnowData.Summary);
        var e = bgnbd.Estimates();
        (e.R, e.Alpha, e.A, e.B).Should().Be((bgnbd["r"], bgnbd["alpha"], bgnbd["a"], bgnbd["b"]));
        e.Alpha.Value.Should().Be(bgnbd.Model.Parameters.Alpha);
        e.Alpha.StandardError.Should().BeApproximately(0.378, 0.001);

        var mbg = MbgNbdModel.Fit(CdnowData.Summary).Estimates();
        mbg.B.Name.Should().Be("b");

        var pareto = ParetoNbdModel.Fit(CdnowData.Summary);
        (pareto.Estimates().S, pareto.Estimates().Beta).Should().Be((pareto["s"], pareto["beta"]));

        var bgbb = BgBbModel.Fit(DonationsData.Table);
        (bgbb.Estimates().Gamma, bgbb.Estimates().Delta).Should().Be((bgbb["gamma"], bgbb["delta"]));

        var spend = GammaGammaModel.Fit(CdnowData.SummaryWithSpend);
        (spend.Estimates().P, spend.Estimates().Q, spend.Estimates().V).Should().Be((spend["p"], spend["q"], spend["v"]));

        var sbg = SbgModel.Fit([1000, 631, 468, 382, 326, 289, 262, 241]);
        sbg.Estimates().Alpha.Value.Should().BeApproximately(0.704, 0.001);
        sbg.Estimates().ToString().Should().StartWith("alpha = 0.70");
    }

    [Fact]
    public void Estimates_EqualityAndNullGuard()
    {
        var fit = SbgModel.Fit([1000, 631, 468, 382, 326, 289, 262, 241]);
        EqualityContract.Verify(fit.Estimates(), fit.Estimates(), default(SbgEstimates));
        var act = () => ((FitResult<SbgModel>)null!).Estimates();
        act.Should().Throw<ArgumentNullException>().WithParameterName("fit");
    }

    [Fact]
    public void ModelShape_NameParameterNamesAndUnit_AreAlike()
    {
        new[] { SbgModel.ParameterNames, BgNbdModel.ParameterNames, MbgNbdModel.ParameterNames, ParetoNbdModel.ParameterNames, BgBbModel.ParameterNames, GammaGammaModel.ParameterNames }
            .Select(n => string.Join(",", n)).Should().Equal("alpha,beta", "r,alpha,a,b", "r,alpha,a,b", "r,alpha,s,beta", "alpha,beta,gamma,delta", "p,q,v");
        new SbgModel(new SbgParameters(1, 1)).Name.Should().Be("sbg");
        new SbgModel(new SbgParameters(1, 1)).TimeUnit.Should().Be(TimeUnit.Period);
        new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44)).Name.Should().Be("gammagamma");
    }
}
