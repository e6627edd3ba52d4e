namespace RelationshipKit.Value.Numerics;

/// <summary>
/// Draws the variates the simulators need — standard normal, exponential, gamma, beta — from a caller's seeded
/// <see cref="Random"/>, so every simulation is reproducible from its seed.
/// </summary>
/// <remarks>
/// Gamma variates use Marsaglia &amp; Tsang (2000), "A simple method for generating gamma variables", ACM TOMS 26(3),
/// with the boost Γ(k) = Γ(k + 1)·U^(1/k) for k &lt; 1 (their section 6), taken in logs so tiny shapes do not
/// underflow to 0. Normals use the Box–Muller transform (one spare kept). Beta variates are X/(X + Y) of two
/// gammas, formed from their logs. This type is not thread-safe (neither is <see cref="Random"/>).
/// </remarks>
internal sealed class RandomVariates
{
    private readonly Random _random;
    private double _spareNormal;
    private bool _hasSpare;

    internal RandomVariates(Random random) => _random = random;

    /// <summary>Draws U in the open interval (0, 1).</summary>
    internal double NextOpenUniform()
    {
        double u;
        do
        {
            u = _random.NextDouble();
        }
        while (u == 0);
        return u;
    }

    /// <summary>Draws a standard normal variate.</summary>
    internal double NextNormal()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareNormal;
        }

        var radius = Math.Sqrt(-2 * Math.Log(NextOpenUniform()));
        var angle = 2 * Math.PI * _random.NextDouble();
        _spareNormal = radius * Math.Sin(angle);
        _hasSpare = true;
        return radius * Math.Cos(angle);
    }

    /// <summary>Draws an exponential variate with the given rate (+∞ when the rate is 0).</summary>
    internal double NextExponential(double rate) => -Math.Log(NextOpenUniform()) / rate;

    /// <summary>Draws ln G for G ~ Gamma(shape, 1).</summary>
    internal double NextLogGamma(double shape)
    {
        if (shape < 1)
        {
            return NextLogGamma(shape + 1) + (Math.Log(NextOpenUniform()) / shape);
        }

        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            var x = NextNormal();
            var v = 1 + (c * x);
            if (v <= 0)
            {
                continue;
            }

            v = v * v * v;
            var logU = Math.Log(NextOpenUniform());
            if (logU < (0.5 * x * x) + d - (d * v) + (d * Math.Log(v)))
            {
                return Math.Log(d * v);
            }
        }
    }

    /// <summary>Draws G ~ Gamma(shape, rate) (mean shape / rate).</summary>
    internal double NextGamma(double shape, double rate) => Math.Exp(NextLogGamma(shape)) / rate;

    /// <summary>Draws p ~ Beta(a, b).</summary>
    internal double NextBeta(double a, double b)
    {
        var logX = NextLogGamma(a);
        var logY = NextLogGamma(b);
        return LogSpace.Logistic(logX - logY);
    }
}
