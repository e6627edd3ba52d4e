using System.Runtime.CompilerServices;

namespace RelationshipKit.Value.Numerics;

/// <summary>
/// Accurate log(1 + x), exp(x) − 1, softplus and logistic functions. .NET's <c>double.LogP1</c> and
/// <c>double.ExpM1</c> are computed as <c>Log(x + 1)</c> and <c>Exp(x) − 1</c>, which lose every digit for
/// small x, so the models use these instead.
/// </summary>
/// <remarks>
/// Log1P and ExpM1 use Kahan's correction (Goldberg 1991, "What every computer scientist should know about
/// floating-point arithmetic", theorem 4; Higham 2002, §1.14.1): accurate to a few ulps for every finite x.
/// </remarks>
internal static class LogSpace
{
    /// <summary>Computes ln(1 + x) for x &gt; −1, accurately for small x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Log1P(double x)
    {
        var u = 1 + x;
        if (u == 1)
        {
            return x;
        }

        return double.IsPositiveInfinity(u) ? u : Math.Log(u) * x / (u - 1);
    }

    /// <summary>Computes e^x − 1, accurately for small x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double ExpM1(double x)
    {
        var u = Math.Exp(x);
        if (u == 1)
        {
            return x;
        }

        var um1 = u - 1;
        if (um1 == -1 || double.IsPositiveInfinity(u))
        {
            return um1;
        }

        return um1 * x / Math.Log(u);
    }

    /// <summary>Computes ln(1 + e^x) without overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Softplus(double x) => x > 0 ? x + Log1P(Math.Exp(-x)) : Log1P(Math.Exp(x));

    /// <summary>Computes 1 / (1 + e^(−x)) without overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Logistic(double x)
    {
        if (x >= 0)
        {
            return 1 / (1 + Math.Exp(-x));
        }

        var e = Math.Exp(x);
        return e / (1 + e);
    }
}
