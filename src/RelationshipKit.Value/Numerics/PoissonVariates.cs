namespace RelationshipKit.Value.Numerics;

/// <summary>Draws Poisson variates from a <see cref="RandomVariates"/> source, in constant expected time for any mean.</summary>
/// <remarks>
/// Means below 10 use inversion by sequential search (Devroye 1986, "Non-Uniform Random Variate Generation", §X.3);
/// larger means use Hörmann's transformed rejection with squeeze, PTRS (Hörmann 1993, "The transformed rejection
/// method for generating Poisson random variables", Insurance: Mathematics and Economics 12), whose acceptance rate is
/// about 0.9 whatever the mean.
/// </remarks>
internal static class PoissonVariates
{
    /// <summary>Draws N ~ Poisson(<paramref name="mean"/>) for a finite mean ≥ 0.</summary>
    internal static long Next(RandomVariates variates, double mean)
    {
        if (!(mean > 0))
        {
            return 0;
        }

        if (mean < 10)
        {
            var u = variates.NextOpenUniform();
            var probability = Math.Exp(-mean);
            var cumulative = probability;
            long k = 0;
            while (u > cumulative && k < 1000)
            {
                k++;
                probability *= mean / k;
                cumulative += probability;
            }

            return k;
        }

        var logMean = Math.Log(mean);
        var b = 0.931 + (2.53 * Math.Sqrt(mean));
        var a = -0.059 + (0.02483 * b);
        var inverseAlpha = 1.1239 + (1.1328 / (b - 3.4));
        var vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            var u = variates.NextOpenUniform() - 0.5;
            var v = variates.NextOpenUniform();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + mean + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return (long)k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(inverseAlpha) - Math.Log((a / (us * us)) + b) <= -mean + (k * logMean) - SpecialFunctions.LogGamma(k + 1))
            {
                return (long)k;
            }
        }
    }
}
