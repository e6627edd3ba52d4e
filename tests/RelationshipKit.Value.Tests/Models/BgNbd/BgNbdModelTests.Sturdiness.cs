using CsCheck;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Models.MbgNbd;

namespace RelationshipKit.Value.Tests.Models.BgNbd;

public partial class BgNbdModelTests
{
    private static Gen<double> LogUniform(double lowExponent, double highExponent) => Gen.Double[lowExponent, highExponent].Select(e => Math.Pow(10, e));

    [Fact]
    public void ProbabilityAlive_ManyPurchasesLongAgo_IsExactlyZero()
    {
        // x = 1000 purchases, the last at t_x = 10 of T = 100: ((α + T)/(α + t_x))^(r + x) overflows; P(alive) is 0, cleanly.
        Published.ProbabilityAlive(1000, 10, 100).Should().Be(0);
        Published.ConditionalExpectedPurchases(39, 1000, 10, 100).Should().Be(0);
    }

    [Theory]
    [InlineData(1e6)]
    [InlineData(1e9)]
    [InlineData(1e12)]
    [InlineData(1e15)]
    public void Predictions_VeryLargeB_ApproachTheNbdWithoutNaN(double b)
    {
        // b → ∞ means p → 0: nobody drops out and BG/NBD becomes the NBD, E[X(t)] = r t / α and
        // E[Y(t) | x, t_x, T] = (r + x) t / (α + T). The literal formula cancels two numbers of size b here.
        var model = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, b), TimeUnit.Week);
        var tolerance = 1e-5 + (100 / b);

        model.ExpectedPurchases(39).Should().BeApproximately(0.243 * 39 / 4.414, 0.243 * 39 / 4.414 * tolerance);
        model.ConditionalExpectedPurchases(39, 5, 30, 38).Should().BeApproximately(5.243 * 39 / 42.414, 5.243 * 39 / 42.414 * tolerance);
        model.ProbabilityAlive(5, 30, 38).Should().BeInRange(1 - (1e3 / b), 1);
        var pmf = model.ProbabilityOfPurchases(30, 11);
        double.IsFinite(pmf).Should().BeTrue();
        pmf.Should().BeInRange(0, 1);
    }

    [Fact]
    public void ExpectedPurchases_AtAEqualToOne_IsContinuous()
    {
        // The published form has (a − 1) in a denominator; the rearranged one is exact at a = 1.
        var at = new BgNbdModel(new BgNbdParameters(0.5, 5, 1, 2), TimeUnit.Week).ExpectedPurchases(20);
        var below = new BgNbdModel(new BgNbdParameters(0.5, 5, 1 - 1e-9, 2), TimeUnit.Week).ExpectedPurchases(20);
        var above = new BgNbdModel(new BgNbdParameters(0.5, 5, 1 + 1e-9, 2), TimeUnit.Week).ExpectedPurchases(20);

        double.IsFinite(at).Should().BeTrue();
        at.Should().BeApproximately(below, 1e-8).And.BeApproximately(above, 1e-8);
    }

    [Fact]
    public void Predictions_ExtremeSummaries_AreFiniteAndInRange()
    {
        // Property: for any valid parameters and summary, every prediction is finite and within its bounds:
        // 0 ≤ P(alive) ≤ 1, 0 ≤ E[Y(h)] ≤ P(alive)·(r + x) h / (α + T), 0 ≤ E[X(t)] ≤ r t / α, 0 ≤ P(X(t) = n) ≤ 1.
        var gen = Gen.Select(
            Gen.Select(LogUniform(-3, 2), LogUniform(-3, 3), LogUniform(-3, 2), LogUniform(-3, 12)),
            Gen.Int[0, 3000],
            LogUniform(-6, 4),
            Gen.Double[0, 1],
            LogUniform(-3, 3));
        gen.Sample(
            (parameters, x, t, fraction, horizon) =>
            {
                var (r, alpha, a, b) = parameters;
                var tx = x == 0 ? 0 : t * fraction;
                foreach (var modified in new[] { false, true })
                {
                    var model = (Value.Models.PurchaseModel)(modified
                        ? new MbgNbdModel(new MbgNbdParameters(r, alpha, a, b), TimeUnit.Week)
                        : new BgNbdModel(new BgNbdParameters(r, alpha, a, b), TimeUnit.Week));
                    var alive = model.ProbabilityAlive(x, tx, t);
                    var conditional = model.ConditionalExpectedPurchases(horizon, x, tx, t);
                    var unconditional = model.ExpectedPurchases(horizon);
                    var bound = alive * (r + x) * horizon / (alpha + t);
                    if (!(alive >= 0 && alive <= 1)
                        || !(conditional >= 0 && conditional <= (bound * (1 + 1e-9)) + 1e-300)
                        || !(unconditional >= 0 && unconditional <= r * horizon / alpha * (1 + 1e-9)))
                    {
                        throw new InvalidOperationException($"{model}: x={x}, t_x={tx}, T={t}, h={horizon}: P(alive)={alive}, E[Y]={conditional} (bound {bound}), E[X]={unconditional}");
                    }
                }
            },
            iter: 3000);
    }

    [Fact]
    public void ProbabilityOfPurchases_ExtremeArguments_AreProbabilities()
    {
        var gen = Gen.Select(Gen.Select(LogUniform(-3, 2), LogUniform(-3, 3), LogUniform(-3, 2), LogUniform(-3, 12)), Gen.Int[0, 5000], LogUniform(-4, 4));
        gen.Sample(
            (parameters, n, t) =>
            {
                var (r, alpha, a, b) = parameters;
                var p = new BgNbdModel(new BgNbdParameters(r, alpha, a, b), TimeUnit.Week).ProbabilityOfPurchases(t, n);
                var q = new MbgNbdModel(new MbgNbdParameters(r, alpha, a, b), TimeUnit.Week).ProbabilityOfPurchases(t, n);
                return p >= 0 && p <= 1 && q >= 0 && q <= 1;
            },
            iter: 3000);
    }

    [Fact]
    public void ProbabilityOfPurchases_Cdnow_SumsToOneWithMeanExpectedPurchases()
    {
        var total = 0.0;
        var mean = 0.0;
        for (var n = 0; n < 500; n++)
        {
            var p = Published.ProbabilityOfPurchases(52, n);
            total += p;
            mean += n * p;
        }

        total.Should().BeApproximately(1, 1e-9);
        mean.Should().BeApproximately(Published.ExpectedPurchases(52), 1e-6);
    }

    [Fact]
    public void ConditionalExpectedPurchases_Batch_MatchesScalar()
    {
        // The batch runs vectorised and in parallel; it must agree with the scalar path row by row.
        var random = new Random(11);
        var n = 100_003;
        var t = new double[n];
        for (var i = 0; i < n; i++)
        {
            t[i] = 1 + (60 * random.NextDouble());
        }

        var data = Published.SimulateSummaries(t, random);
        var alive = new double[n];
        var expected = new double[n];

        Published.ProbabilityAlive(data, alive);
        Published.ConditionalExpectedPurchases(26, data, expected);

        for (var i = 0; i < n; i += 101)
        {
            var (x, tx, ti) = (data.Frequency[i], data.Recency[i], data.T[i]);
            alive[i].Should().BeApproximately(Published.ProbabilityAlive(x, tx, ti), 1e-13);
            expected[i].Should().BeApproximately(Published.ConditionalExpectedPurchases(26, x, tx, ti), 1e-12 * (1 + expected[i]));
        }
    }
}
