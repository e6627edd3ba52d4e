namespace RelationshipKit.Value;

/// <summary>Small numeric helpers shared by the rates and the formulas.</summary>
internal static class RateMath
{
    /// <summary>The largest double below 1.</summary>
    internal const double LargestBelowOne = 1 - (1.0 / (1L << 53));

    /// <summary>Computes 1 − x in decimal on x rounded to 15 significant digits, so that 1 − 0.8 is exactly 0.2.</summary>
    internal static double Complement(double x) => (double)(1m - (decimal)x);

    /// <summary>Returns <paramref name="x"/>, or the largest double below 1 when it rounded up to 1.</summary>
    internal static double BelowOne(double x) => x < 1 ? x : LargestBelowOne;

    /// <summary>Computes ln(1 + x) accurately for small x (Kahan's method; <c>double.LogP1</c> is naive on .NET 8).</summary>
    internal static double Log1P(double x)
    {
        var u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    /// <summary>Computes e^x − 1 accurately for small x (Kahan's method; <c>double.ExpM1</c> is naive on .NET 8).</summary>
    internal static double ExpM1(double x)
    {
        var u = Math.Exp(x);
        if (u == 1)
        {
            return x;
        }

        var um1 = u - 1;
        return um1 == -1 || double.IsInfinity(u) ? um1 : um1 * x / Math.Log(u);
    }

    /// <summary>Converts a model's double (a rate or a factor) to decimal for money arithmetic: rounded to 15 significant digits.</summary>
    /// <exception cref="OverflowException">Thrown when the value is outside the decimal range.</exception>
    internal static decimal ToDecimal(double x) => (decimal)x;
}
