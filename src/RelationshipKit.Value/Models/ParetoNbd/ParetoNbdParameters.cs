namespace RelationshipKit.Value.Models.ParetoNbd;

/// <summary>
/// Represents the four parameters of the Pareto/NBD model: purchase rates follow a gamma distribution with shape
/// <see cref="R"/> and rate <see cref="Alpha"/>, dropout rates a gamma distribution with shape <see cref="S"/> and
/// rate <see cref="Beta"/>.
/// </summary>
/// <remarks>
/// <para><see cref="Alpha"/> and <see cref="Beta"/> are measured in the model's time unit (they scale with it: in
/// days they are 7 times their value in weeks); <see cref="R"/> and <see cref="S"/> are unitless.</para>
/// <para>Equality compares the four values exactly. The <c>default</c> value has every parameter 0, which is not a
/// valid model: <see cref="ParetoNbdModel"/> rejects it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct ParetoNbdParameters : IEquatable<ParetoNbdParameters>
{
    /// <summary>Initializes a new instance of the <see cref="ParetoNbdParameters"/> struct.</summary>
    /// <param name="r">The shape of the gamma distribution of purchase rates (&gt; 0).</param>
    /// <param name="alpha">The rate of the gamma distribution of purchase rates, in the model's time unit (&gt; 0).</param>
    /// <param name="s">The shape of the gamma distribution of dropout rates (&gt; 0).</param>
    /// <param name="beta">The rate of the gamma distribution of dropout rates, in the model's time unit (&gt; 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a parameter is not a finite number greater than 0.</exception>
    public ParetoNbdParameters(double r, double alpha, double s, double beta)
    {
        Guard.PositiveFinite(r);
        Guard.PositiveFinite(alpha);
        Guard.PositiveFinite(s);
        Guard.PositiveFinite(beta);
        R = r;
        Alpha = alpha;
        S = s;
        Beta = beta;
    }

    /// <summary>Gets the shape r of the gamma distribution of purchase rates.</summary>
    public double R { get; }

    /// <summary>Gets the rate α of the gamma distribution of purchase rates, in the model's time unit.</summary>
    public double Alpha { get; }

    /// <summary>Gets the shape s of the gamma distribution of dropout rates.</summary>
    public double S { get; }

    /// <summary>Gets the rate β of the gamma distribution of dropout rates, in the model's time unit.</summary>
    public double Beta { get; }

    /// <summary>Gets a value indicating whether every parameter is positive (false only for the <c>default</c> value).</summary>
    internal bool IsValid => R > 0 && Alpha > 0 && S > 0 && Beta > 0;

    /// <summary>Determines whether two parameter sets are equal.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when all four values are equal.</returns>
    public static bool operator ==(ParetoNbdParameters left, ParetoNbdParameters right) => left.Equals(right);

    /// <summary>Determines whether two parameter sets differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when any value differs.</returns>
    public static bool operator !=(ParetoNbdParameters left, ParetoNbdParameters right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ParetoNbdParameters other) =>
        R.Equals(other.R) && Alpha.Equals(other.Alpha) && S.Equals(other.S) && Beta.Equals(other.Beta);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ParetoNbdParameters other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(R, Alpha, S, Beta);

    /// <summary>Returns the parameters as <c>r = …, alpha = …, s = …, beta = …</c>, invariantly formatted.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"r = {Guard.Format(R)}, alpha = {Guard.Format(Alpha)}, s = {Guard.Format(S)}, beta = {Guard.Format(Beta)}";
}
