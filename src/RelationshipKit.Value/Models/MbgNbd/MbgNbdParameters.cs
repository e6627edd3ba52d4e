namespace RelationshipKit.Value.Models.MbgNbd;

/// <summary>
/// Represents the four parameters of the MBG/NBD model: purchase rates λ ~ Gamma(<see cref="R"/>, <see cref="Alpha"/>)
/// and drop-out probabilities p ~ Beta(<see cref="A"/>, <see cref="B"/>).
/// </summary>
/// <remarks>
/// <para><see cref="Alpha"/> is a rate on the time axis: it is measured in the model's time unit, so the same data in
/// days instead of weeks gives α × 7 and the same r, a, b. On the CDNOW sample in weeks the maximum-likelihood
/// estimates are r = 0.525, α = 6.183, a = 0.891, b = 1.614.</para>
/// <para>Equality compares the four numbers exactly. The <c>default</c> value (all zero) is not a valid parameter set
/// and is rejected by the model's constructor.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct MbgNbdParameters : IEquatable<MbgNbdParameters>
{
    /// <summary>Initializes a new <see cref="MbgNbdParameters"/> value.</summary>
    /// <param name="r">The shape of the gamma distribution of purchase rates (&gt; 0).</param>
    /// <param name="alpha">The rate (inverse scale) of that gamma distribution, in the model's time unit (&gt; 0).</param>
    /// <param name="a">The first shape of the beta distribution of drop-out probabilities (&gt; 0).</param>
    /// <param name="b">The second shape of that beta distribution (&gt; 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a parameter is not a finite number &gt; 0.</exception>
    public MbgNbdParameters(double r, double alpha, double a, double b)
    {
        Guard.PositiveFinite(r);
        Guard.PositiveFinite(alpha);
        Guard.PositiveFinite(a);
        Guard.PositiveFinite(b);
        R = r;
        Alpha = alpha;
        A = a;
        B = b;
    }

    /// <summary>Gets r, the shape of the gamma distribution of purchase rates.</summary>
    public double R { get; }

    /// <summary>Gets α, the rate of the gamma distribution of purchase rates, per time unit.</summary>
    public double Alpha { get; }

    /// <summary>Gets a, the first shape of the beta distribution of drop-out probabilities.</summary>
    public double A { get; }

    /// <summary>Gets b, the second shape of the beta distribution of drop-out probabilities.</summary>
    public double B { get; }

    /// <summary>Determines whether two parameter sets are equal.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(MbgNbdParameters left, MbgNbdParameters right) => left.Equals(right);

    /// <summary>Determines whether two parameter sets differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MbgNbdParameters left, MbgNbdParameters right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(MbgNbdParameters other) => R.Equals(other.R) && Alpha.Equals(other.Alpha) && A.Equals(other.A) && B.Equals(other.B);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MbgNbdParameters other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(R, Alpha, A, B);

    /// <summary>Returns <c>r = …, alpha = …, a = …, b = …</c>, invariantly formatted.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"r = {Guard.Format(R)}, alpha = {Guard.Format(Alpha)}, a = {Guard.Format(A)}, b = {Guard.Format(B)}";
}
