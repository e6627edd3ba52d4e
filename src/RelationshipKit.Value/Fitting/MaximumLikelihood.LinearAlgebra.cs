namespace RelationshipKit.Value.Fitting;

// MaximumLikelihood, one part: the BFGS update and the small dense vector and matrix operations it needs.
internal static partial class MaximumLikelihood
{
    private static void BfgsUpdate(double[][] h, double[] s, double[] y, double sy, double[] hy)
    {
        // H+ = (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, expanded: H − ρ(s (Hy)ᵀ + (Hy) sᵀ) + (ρ² yᵀHy + ρ) s sᵀ.
        var n = s.Length;
        var rho = 1 / sy;
        MatVec(h, y, hy);
        var yhy = Dot(y, hy);
        var factor = (rho * rho * yhy) + rho;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                h[i][j] += (factor * s[i] * s[j]) - (rho * ((s[i] * hy[j]) + (hy[i] * s[j])));
            }
        }
    }

    private static double[][] Identity(int n)
    {
        var h = new double[n][];
        for (var i = 0; i < n; i++)
        {
            h[i] = new double[n];
            h[i][i] = 1;
        }

        return h;
    }

    private static void ResetToIdentity(double[][] h)
    {
        for (var i = 0; i < h.Length; i++)
        {
            Array.Clear(h[i]);
            h[i][i] = 1;
        }
    }

    private static bool IsIdentity(double[][] h)
    {
        for (var i = 0; i < h.Length; i++)
        {
            for (var j = 0; j < h.Length; j++)
            {
                if (h[i][j] != (i == j ? 1.0 : 0.0))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void MatVec(double[][] m, double[] v, double[] result)
    {
        for (var i = 0; i < v.Length; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < v.Length; j++)
            {
                sum += m[i][j] * v[j];
            }

            result[i] = sum;
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double MaxAbs(double[] a)
    {
        var max = 0.0;
        foreach (var v in a)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        return max;
    }

    private static void Negate(double[] a)
    {
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = -a[i];
        }
    }
}
