namespace RelationshipKit.Value.Models.GammaGamma;

/// <summary>
/// Represents the three parameters of the Gamma-Gamma spend model: a customer's transaction values are
/// Gamma(<see cref="P"/>, ν) around her mean p/ν, and ν ~ Gamma(<see cref="Q"/>, <see cref="V"/>) across customers.
/// </summary>
/// <remarks>
/// <para><see cref="V"/> is in money units (the same currency unit as the spends), p and q are pure numbers. Fader,
/// Hardie &amp; Lee (2005, "RFM and CLV") report p = 6.25, q = 3.74, v = 15.44 on the CDNOW spend data (dollars).</para>
/// <para>Equality compares the three numbers exactly. The <c>default</c> value (all zero) is not a valid parameter
/// set and is rejected by the model's constructor.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct GammaGammaParameters : IEquatable<GammaGammaParameters>
{
    /// <summary>Initializes a new <see cref="GammaGammaParameters"/> value.</summary>
    /// <param name="p">The shape of a customer's transaction-value distribution (&gt; 0).</param>
    /// <param name="q">The shape of the distribution of ν across customers (&gt; 0; &gt; 1 for a finite mean spend).</param>
    /// <param name="v">The rate of that distribution, in money units (&gt; 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a parameter is not a finite number &gt; 0.</exception>
    public GammaGammaParameters(double p, double q, double v)
    {
        Guard.PositiveFinite(p);
        Guard.PositiveFinite(q);
        Guard.PositiveFinite(v);
        P = p;
        Q = q;
        V = v;
    }

    /// <summary>Gets p, the shape of a customer's transaction-value distribution.</summary>
    public double P { get; }

    /// <summary>Gets q, the shape of the distribution of ν across customers.</summary>
    public double Q { get; }

    /// <summary>Gets v, the rate of the distribution of ν, in money units.</summary>
    public double V { get; }

    /// <summary>Determines whether two parameter sets are equal.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(GammaGammaParameters left, GammaGammaParameters right) => left.Equals(right);

    /// <summary>Determines whether two parameter sets differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(GammaGammaParameters left, GammaGammaParameters right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(GammaGammaParameters other) => P.Equals(other.P) && Q.Equals(other.Q) && V.Equals(other.V);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GammaGammaParameters other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(P, Q, V);

    /// <summary>Returns <c>p = …, q = …, v = …</c>, invariantly formatted.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"p = {Guard.Format(P)}, q = {Guard.Format(Q)}, v = {Guard.Format(V)}";
}
