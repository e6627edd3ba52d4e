using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Value.Tests.Models.BgNbd;

public class BetaGeometricLikelihoodTests
{
    public static TheoryData<string, bool> Cases => new()
    {
        { "cdnow", false },
        { "cdnow", true },
        { "gaps", false },
        { "gaps", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hessian_MatchesCentralDifferencesOfTheGradient(string table, bool modified)
    {
        // "gaps" has frequencies more than 64 apart, where the x-only parts jump with the functions themselves.
        var data = table == "cdnow"
            ? CdnowData.Summary
            : RfmTable.Create([0, 0, 1, 2, 5, 80, 200, 200], [0, 0, 3, 10, 20, 30, 35, 36], [10, 40, 20, 30, 38, 39, 36, 40], TimeUnit.Week);
        var likelihood = new BetaGeometricLikelihood(SufficientRows.From(data), modified);
        double[] theta = table == "cdnow" ? [0.243, 4.414, 0.793, 2.426] : [1.3, 2.1, 0.6, 3.5];

        var analytic = NewMatrix();
        likelihood.Hessian(theta, analytic).Should().BeTrue();
        var numeric = NewMatrix();
        var plus = new double[4];
        var minus = new double[4];
        for (var j = 0; j < 4; j++)
        {
            var h = 1e-5 * theta[j];
            var point = (double[])theta.Clone();
            point[j] = theta[j] + h;
            likelihood.Objective(point, plus);
            point[j] = theta[j] - h;
            likelihood.Objective(point, minus);
            for (var i = 0; i < 4; i++)
            {
                numeric[i][j] = (plus[i] - minus[i]) / (2 * h);
            }
        }

        var largest = numeric.Max(row => row.Max(Math.Abs));
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                analytic[i][j].Should().Be(analytic[j][i], "the Hessian is symmetric");
                analytic[i][j].Should().BeApproximately(numeric[i][j], (1e-6 * largest) + (1e-5 * Math.Abs(numeric[i][j])), $"entry ({i}, {j})");
            }
        }
    }

    [Fact]
    public void StandardErrors_FromTheAnalyticHessian_MatchTheDifferencedOnes()
    {
        var likelihood = new BetaGeometricLikelihood(SufficientRows.From(CdnowData.Summary), modified: false);
        double[] theta = [0.2426, 4.4135, 0.7929, 2.4258];

        var analytic = MaximumLikelihood.StandardErrors(likelihood.Objective, theta, likelihood.TotalWeight, likelihood.Hessian);
        var differenced = MaximumLikelihood.StandardErrors(likelihood.Objective, theta, likelihood.TotalWeight);

        analytic.Should().NotBeNull();
        for (var i = 0; i < 4; i++)
        {
            analytic![i].Should().BeApproximately(differenced![i], differenced[i] * 1e-6, BgNbdModel.ParameterNames[i]);
        }
    }

    private static double[][] NewMatrix() => [new double[4], new double[4], new double[4], new double[4]];
}
