#if NET9_0_OR_GREATER
using System.Runtime.Intrinsics;

namespace RelationshipKit.Value.Models.BgNbd;

/// <summary>
/// The batch predictions of <see cref="BetaGeometricMath"/> for four customers at a time with 256-bit vectors
/// (.NET 9 and later, where <see cref="Vector256.Log(Vector256{double})"/> and <see cref="Vector256.Exp(Vector256{double})"/> exist).
/// </summary>
/// <remarks>
/// The conditional expectation sums the all-positive ε-series of <see cref="Numerics.GeometricDropout"/> lane by lane
/// until every lane has converged. Its parameter c − s = a + b + m − 1 − r is the same for every customer, so the
/// series is used only when it is ≥ 0 (every term positive, nothing cancels) and a ≤ 50 (terms cannot grow large);
/// otherwise, and for any lane that needs more than <see cref="MaxTerms"/> terms, the scalar routine answers.
/// Results agree with the scalar routine to a few ulps.
/// </remarks>
internal static class BetaGeometricVector
{
    private const int MaxTerms = 1000;

    /// <summary>Gets a value indicating whether the vector kernels run on this machine.</summary>
    internal static bool IsSupported => Vector256.IsHardwareAccelerated;

    /// <summary>Writes P(alive) for whole groups of four rows; returns the number of rows done.</summary>
    internal static int ProbabilityAlive(double r, double alpha, double a, double b, int m, ReadOnlySpan<double> x, ReadOnlySpan<double> tx, ReadOnlySpan<double> t, Span<double> destination)
    {
        var vr = Vector256.Create(r);
        var valpha = Vector256.Create(alpha);
        var va = Vector256.Create(a);
        var shift = Vector256.Create(b - 1 + m);
        var one = Vector256<double>.One;
        var i = 0;
        for (; i + 4 <= x.Length; i += 4)
        {
            var xv = Vector256.Create(x.Slice(i, 4));
            var alive = Alive(vr, valpha, va, shift, one, m, xv, Vector256.Create(tx.Slice(i, 4)), Vector256.Create(t.Slice(i, 4)));
            alive.CopyTo(destination.Slice(i, 4));
        }

        return i;
    }

    /// <summary>Writes E[Y(h) | x, t_x, T] for whole groups of four rows; returns the number of rows done (0 when the vector series does not apply).</summary>
    internal static int ConditionalExpectedPurchases(double r, double alpha, double a, double b, int m, double horizon, ReadOnlySpan<double> x, ReadOnlySpan<double> tx, ReadOnlySpan<double> t, Span<double> destination)
    {
        var cms = a + b + m - 1 - r;
        if (cms < 0 || a > 50 || horizon <= 0)
        {
            return 0;
        }

        var vr = Vector256.Create(r);
        var valpha = Vector256.Create(alpha);
        var va = Vector256.Create(a);
        var shift = Vector256.Create(b - 1 + m);
        var one = Vector256<double>.One;
        var vh = Vector256.Create(horizon);
        var vcms = Vector256.Create(cms);
        var am1 = Vector256.Create(a - 1);
        var tolerance = Vector256.Create(1e-17);
        var i = 0;
        for (; i + 4 <= x.Length; i += 4)
        {
            var xv = Vector256.Create(x.Slice(i, 4));
            var tv = Vector256.Create(t.Slice(i, 4));
            var alive = Alive(vr, valpha, va, shift, one, m, xv, Vector256.Create(tx.Slice(i, 4)), tv);

            // J(a, b + x + m, r + x, α + T, h): c = a + b + x + m − 1 = cms + s.
            var s = vr + xv;
            var c = vcms + s;
            var u = vh / (valpha + tv);
            var onePlusU = one + u;
            var z = u / onePlusU;
            var logOnePlusU = Vector256.Log(onePlusU);
            var ak = z;
            var eps = s;
            var q = vcms;
            var sum = z * s;
            var converged = false;
            for (var k = 1; k <= MaxTerms; k++)
            {
                var kv = Vector256.Create((double)k);
                var inverse = one / (c + kv);
                eps += q * s * inverse;
                q *= (vcms + kv) * inverse;
                ak *= Vector256.Create((a + k - 1) / (k + 1)) * z;
                var term = ak * eps;
                sum += term;
                if ((k & 3) == 0 && Vector256.LessThanOrEqualAll(term, tolerance * sum) && (a + k - 1) * 0.999 < k + 1)
                {
                    converged = true;
                    break;
                }
            }

            var value = alive * Vector256.Exp(Vector256.Log(sum) - (am1 * logOnePlusU));
            value.CopyTo(destination.Slice(i, 4));
            if (!converged)
            {
                for (var lane = i; lane < i + 4; lane++)
                {
                    destination[lane] = BetaGeometricMath.ConditionalExpectedPurchases(r, alpha, a, b, m, horizon, x[lane], tx[lane], t[lane]);
                }
            }
        }

        return i;
    }

    private static Vector256<double> Alive(Vector256<double> r, Vector256<double> alpha, Vector256<double> a, Vector256<double> shift, Vector256<double> one, int m, Vector256<double> x, Vector256<double> tx, Vector256<double> t)
    {
        // 1 / (1 + κ ((α + T)/(α + t_x))^(r + x)) with κ = a / (b + x − 1 + m); BG/NBD rows with x = 0 are alive.
        var kappa = a / (shift + x);
        var power = Vector256.Exp((r + x) * Vector256.Log((alpha + t) / (alpha + tx)));
        var alive = one / (one + (kappa * power));
        return m == 0 ? Vector256.ConditionalSelect(Vector256.Equals(x, Vector256<double>.Zero), one, alive) : alive;
    }
}
#endif
