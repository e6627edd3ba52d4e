using RelationshipKit.Value.Numerics;

namespace RelationshipKit.Value.Models;

/// <summary>
/// The discounted expected residual purchases of a customer for a model without a closed form:
/// DERT(δ) = ∫₀^∞ e^(−δs) dE[Y(s) | x, t_x, T] = δ ∫₀^∞ e^(−δs) E[Y(s) | x, t_x, T] ds (by parts: E[Y(0)] = 0 and
/// E[Y(s)] grows at most linearly).
/// </summary>
/// <remarks>
/// The integral is cut at s = 40/δ, where e^(−δs) is 4·10⁻¹⁸ and the rest is below 10⁻¹⁵ of the whole, and computed by
/// adaptive Gauss–Kronrod quadrature (<see cref="AdaptiveQuadrature"/>) to a relative tolerance of 10⁻¹¹. For the
/// Pareto/NBD, which has the closed form of Fader, Hardie &amp; Lee (2005), a test checks that both agree.
/// </remarks>
internal static class ResidualPurchases
{
    /// <summary>δ·s where the integral is cut.</summary>
    private const double Cut = 40;

    /// <summary>Integrates DERT numerically for a validated summary and a continuous rate δ &gt; 0 per unit.</summary>
    internal static double Integrate(PurchaseModel model, double continuousDiscountRate, double frequency, double recency, double t)
    {
        var integrand = new Integrand(model, continuousDiscountRate, frequency, recency, t);
        Span<double> result = stackalloc double[1];
        var scale = AdaptiveQuadrature.Integrate(ref integrand, 0, Cut / continuousDiscountRate, result, 1e-11);
        return result[0] > 0 ? result[0] * Math.Exp(scale) : 0;
    }

    /// <summary>ln(δ e^(−δs) E[Y(s)]), with no weights.</summary>
    private readonly struct Integrand(PurchaseModel model, double delta, double frequency, double recency, double t) : ILogIntegrand
    {
        public int WeightCount => 0;

        public double Evaluate(double s, Span<double> weights)
        {
            var expected = model.ConditionalExpectedPurchases(s, frequency, recency, t);
            return expected > 0 ? Math.Log(delta) - (delta * s) + Math.Log(expected) : double.NegativeInfinity;
        }
    }
}
