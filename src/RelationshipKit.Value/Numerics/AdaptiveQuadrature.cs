using System.Diagnostics;

namespace RelationshipKit.Value.Numerics;

/// <summary>
/// Globally adaptive Gauss–Kronrod (7/15-point) quadrature of a positive function given in log space, with
/// optional weighted integrals on the same nodes: the fallback where a model's series would need too many terms.
/// </summary>
/// <remarks>
/// <para>The scheme is QUADPACK's QAG (Piessens, de Doncker-Kapenga, Überhuber &amp; Kahaner 1983): the interval
/// with the largest error estimate is bisected until the summed estimate is below the relative tolerance, with
/// QUADPACK's error heuristic for the 15-point rule. The nodes and weights are those of Kronrod's extension of the
/// 7-point Gauss–Legendre rule.</para>
/// <para>Values are kept relative to a running log scale, so integrands of 1e−5000 or 1e+5000 are fine; when a
/// node exceeds the scale by far, every stored panel is rescaled. Work space is on the stack: no allocation.</para>
/// </remarks>
internal static class AdaptiveQuadrature
{
    /// <summary>The most weights an integrand may have.</summary>
    internal const int MaxWeights = 4;

    private const int MaxPanels = 200;
    private const int Stride = 3 + 1 + MaxWeights; // a, b, error, value, weighted values
    private const double RescaleMargin = 300;
    private const double MachineEpsilon = 2.220446049250313e-16;

    private static readonly double[] Nodes =
    [
        0.991455371120812639206854697526329,
        0.949107912342758524526189684047851,
        0.864864423359769072789712788640926,
        0.741531185599394439863864773280788,
        0.586087235467691130294144845693013,
        0.405845151377397166906606412076961,
        0.207784955007898467600689403773245,
        0.000000000000000000000000000000000,
    ];

    private static readonly double[] KronrodWeights =
    [
        0.022935322010529224963732008058970,
        0.063092092629978553290700663189204,
        0.104790010322250183839876322541518,
        0.140653259715525918745189590510238,
        0.169004726639267902826583426598550,
        0.190350578064785409913256402421014,
        0.204432940075298892414161999234649,
        0.209482141084727828012999174891714,
    ];

    // Gauss weights of the nodes with odd index (1, 3, 5, 7) above.
    private static readonly double[] GaussWeights =
    [
        0.129484966168869693270611432679082,
        0.279705391489276667901467771423780,
        0.381830050505118944950369775488975,
        0.417959183673469387755102040816327,
    ];

    /// <summary>
    /// Integrates f = exp(ln f) over [<paramref name="lower"/>, <paramref name="upper"/>] (finite, lower ≤ upper).
    /// Writes ∫ f · e^(−scale) into <paramref name="results"/>[0] and ∫ wᵢ f · e^(−scale) into
    /// <paramref name="results"/>[1 + i]; returns the scale. So ln ∫ f = scale + ln results[0].
    /// </summary>
    /// <param name="integrand">The integrand.</param>
    /// <param name="lower">The lower limit.</param>
    /// <param name="upper">The upper limit.</param>
    /// <param name="results">At least 1 + WeightCount slots.</param>
    /// <param name="relativeTolerance">The relative accuracy asked of the plain integral.</param>
    /// <returns>The log scale of the results.</returns>
    internal static double Integrate<T>(ref T integrand, double lower, double upper, Span<double> results, double relativeTolerance = 1e-13)
        where T : struct, ILogIntegrand
    {
        var components = 1 + integrand.WeightCount;
        Debug.Assert(integrand.WeightCount <= MaxWeights, "at most MaxWeights weights");
        Debug.Assert(results.Length >= components, "room for every component");
        results[..components].Clear();
        if (!(upper > lower))
        {
            return 0;
        }

        Span<double> panels = stackalloc double[MaxPanels * Stride];
        Span<double> scratch = stackalloc double[(15 * (1 + MaxWeights)) + MaxWeights];
        var scale = double.NaN;
        var count = 1;
        EvaluatePanel(ref integrand, lower, upper, panels[..Stride], components, ref scale, panels, 0, scratch);
        if (double.IsNaN(scale))
        {
            // The integrand is zero at every node of the whole interval; report a zero integral.
            return 0;
        }

        while (true)
        {
            double total = 0, error = 0;
            var worst = 0;
            for (var i = 0; i < count; i++)
            {
                var panel = panels.Slice(i * Stride, Stride);
                total += panel[3];
                error += panel[2];
                if (panel[2] > panels[(worst * Stride) + 2])
                {
                    worst = i;
                }
            }

            if (error <= relativeTolerance * Math.Abs(total) || count == MaxPanels)
            {
                break;
            }

            var target = panels.Slice(worst * Stride, Stride);
            var a = target[0];
            var b = target[1];
            var mid = 0.5 * (a + b);
            if (!(mid > a && mid < b))
            {
                // The panel cannot be split further in double precision.
                break;
            }

            EvaluatePanel(ref integrand, a, mid, target, components, ref scale, panels, count, scratch);
            EvaluatePanel(ref integrand, mid, b, panels.Slice(count * Stride, Stride), components, ref scale, panels, count, scratch);
            count++;
        }

        for (var i = 0; i < count; i++)
        {
            var panel = panels.Slice(i * Stride, Stride);
            for (var c = 0; c < components; c++)
            {
                results[c] += panel[3 + c];
            }
        }

        return scale;
    }

    /// <summary>Applies the 7/15-point pair to [a, b]; rescales stored panels [0, stored) when the scale grows.</summary>
    private static void EvaluatePanel<T>(ref T integrand, double a, double b, Span<double> panel, int components, ref double scale, Span<double> panels, int stored, Span<double> scratch)
        where T : struct, ILogIntegrand
    {
        var center = 0.5 * (a + b);
        var half = 0.5 * (b - a);
        var weightCount = components - 1;
        var logs = scratch[..15];
        var weights = scratch.Slice(15, 15 * MaxWeights);
        var maxLog = double.NegativeInfinity;
        for (var j = 0; j < 15; j++)
        {
            var x = j < 7 ? center - (half * Nodes[j]) : j == 7 ? center : center + (half * Nodes[14 - j]);
            var log = integrand.Evaluate(x, weights.Slice(j * MaxWeights, MaxWeights));
            logs[j] = double.IsNaN(log) ? double.NegativeInfinity : log;
            maxLog = Math.Max(maxLog, logs[j]);
        }

        if (double.IsNaN(scale))
        {
            if (double.IsNegativeInfinity(maxLog))
            {
                panel.Clear();
                panel[0] = a;
                panel[1] = b;
                return;
            }

            scale = maxLog;
        }
        else if (maxLog > scale + RescaleMargin)
        {
            var factor = Math.Exp(scale - maxLog);
            for (var i = 0; i < stored; i++)
            {
                var other = panels.Slice(i * Stride, Stride);
                for (var c = 2; c < 3 + components; c++)
                {
                    other[c] *= factor;
                }
            }

            scale = maxLog;
        }

        double kronrod = 0, gauss = 0;
        Span<double> weighted = stackalloc double[MaxWeights];
        weighted.Clear();
        Span<double> values = stackalloc double[15];
        for (var j = 0; j < 15; j++)
        {
            var k = j < 8 ? j : 14 - j;
            var f = Math.Exp(logs[j] - scale);
            values[j] = f;
            kronrod += KronrodWeights[k] * f;
            if ((k & 1) == 1)
            {
                gauss += GaussWeights[k >> 1] * f;
            }

            for (var c = 0; c < weightCount; c++)
            {
                weighted[c] += KronrodWeights[k] * f * weights[(j * MaxWeights) + c];
            }
        }

        // QUADPACK's error estimate for the 15-point rule.
        var mean = 0.5 * kronrod;
        var spread = 0.0;
        for (var j = 0; j < 15; j++)
        {
            var k = j < 8 ? j : 14 - j;
            spread += KronrodWeights[k] * Math.Abs(values[j] - mean);
        }

        var error = Math.Abs((kronrod - gauss) * half);
        spread *= half;
        if (spread != 0 && error != 0)
        {
            error = spread * Math.Min(1, Math.Pow(200 * error / spread, 1.5));
        }

        // A floor for rounding: no panel claims to be more accurate than a few ulps of its value.
        error = Math.Max(error, 4 * MachineEpsilon * kronrod * half);
        panel[0] = a;
        panel[1] = b;
        panel[2] = error;
        panel[3] = kronrod * half;
        for (var c = 0; c < weightCount; c++)
        {
            panel[4 + c] = weighted[c] * half;
        }
    }
}
