namespace RelationshipKit.Value.Fitting;

// MaximumLikelihood, one part: standard errors from the observed information (the model's analytic Hessian, or a central-difference Hessian of the analytic gradient) and the Cholesky inverse.
internal static partial class MaximumLikelihood
{
    /// <summary>Computes the observed-information standard errors at natural parameters <paramref name="theta"/>; null when the Hessian is not positive definite.</summary>
    /// <param name="objective">The mean negative log-likelihood and its gradient.</param>
    /// <param name="theta">The estimate.</param>
    /// <param name="totalWeight">The sum of the weights, to turn the mean into the total.</param>
    /// <param name="analyticHessian">The objective's analytic Hessian (one pass over the rows), or null to difference the gradient (2n passes).</param>
    public static double[]? StandardErrors(Objective objective, ReadOnlySpan<double> theta, double totalWeight, ObjectiveHessian? analyticHessian = null)
    {
        var n = theta.Length;
        var hessian = new double[n][];
        if (analyticHessian is not null)
        {
            for (var i = 0; i < n; i++)
            {
                hessian[i] = new double[n];
            }

            if (!analyticHessian(theta, hessian))
            {
                return null;
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    hessian[i][j] *= totalWeight;
                }
            }

            return InverseDiagonalRoots(hessian);
        }

        var plus = new double[n];
        var minus = new double[n];
        var point = theta.ToArray();
        for (var j = 0; j < n; j++)
        {
            hessian[j] = new double[n];
            var h = 1e-5 * Math.Max(Math.Abs(theta[j]), 1e-8);
            var original = point[j];
            point[j] = original + h;
            var fp = objective(point, plus);
            point[j] = original - h;
            var fm = objective(point, minus);
            point[j] = original;
            if (!double.IsFinite(fp) || !double.IsFinite(fm))
            {
                return null;
            }

            for (var i = 0; i < n; i++)
            {
                hessian[j][i] = (plus[i] - minus[i]) / (2 * h) * totalWeight;
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var mean = 0.5 * (hessian[i][j] + hessian[j][i]);
                hessian[i][j] = mean;
                hessian[j][i] = mean;
            }
        }

        return InverseDiagonalRoots(hessian);
    }

    /// <summary>The square roots of the diagonal of the inverse of the observed information; null when it is not positive definite.</summary>
    private static double[]? InverseDiagonalRoots(double[][] hessian)
    {
        var n = hessian.Length;
        var inverse = InvertSymmetricPositiveDefinite(hessian);
        if (inverse is null)
        {
            return null;
        }

        var errors = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (!(inverse[i][i] > 0) || !double.IsFinite(inverse[i][i]))
            {
                return null;
            }

            errors[i] = Math.Sqrt(inverse[i][i]);
        }

        return errors;
    }

    /// <summary>Inverts a symmetric matrix by Cholesky decomposition; null when it is not positive definite.</summary>
    internal static double[][]? InvertSymmetricPositiveDefinite(double[][] a)
    {
        var n = a.Length;
        var l = new double[n][];
        for (var i = 0; i < n; i++)
        {
            l[i] = new double[n];
            for (var j = 0; j <= i; j++)
            {
                var sum = a[i][j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i][k] * l[j][k];
                }

                if (i == j)
                {
                    if (!(sum > 0) || !double.IsFinite(sum))
                    {
                        return null;
                    }

                    l[i][i] = Math.Sqrt(sum);
                }
                else
                {
                    l[i][j] = sum / l[j][j];
                }
            }
        }

        // inverse = L^-T L^-1: solve column by column.
        var inverse = new double[n][];
        for (var i = 0; i < n; i++)
        {
            inverse[i] = new double[n];
        }

        var column = new double[n];
        for (var c = 0; c < n; c++)
        {
            for (var i = 0; i < n; i++)
            {
                var sum = i == c ? 1.0 : 0.0;
                for (var k = 0; k < i; k++)
                {
                    sum -= l[i][k] * column[k];
                }

                column[i] = sum / l[i][i];
            }

            for (var i = n - 1; i >= 0; i--)
            {
                var sum = column[i];
                for (var k = i + 1; k < n; k++)
                {
                    sum -= l[k][i] * inverse[k][c];
                }

                inverse[i][c] = sum / l[i][i];
            }
        }

        return inverse;
    }
}
