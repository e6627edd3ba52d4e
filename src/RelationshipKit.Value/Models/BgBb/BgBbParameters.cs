namespace RelationshipKit.Value.Models.BgBb;

/// <summary>
/// Represents the four parameters of the BG/BB model: the transaction probability p of a living customer follows a
/// beta distribution with parameters <see cref="Alpha"/> and <see cref="Beta"/>, the dropout probability θ a beta
/// distribution with parameters <see cref="Gamma"/> and <see cref="Delta"/>.
/// </summary>
/// <remarks>
/// <para>All four are unitless: the model counts discrete transaction opportunities.</para>
/// <para>Equality compares the four values exactly. The <c>default</c> value has every parameter 0, which is not a
/// valid model: <see cref="BgBbModel"/> rejects it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct BgBbParameters : IEquatable<BgBbParameters>
{
    /// <summary>Initializes a new instance of the <see cref="BgBbParameters"/> struct.</summary>
    /// <param name="alpha">The first parameter of the beta distribution of transaction probabilities (&gt; 0).</param>
    /// <param name="beta">The second parameter of the beta distribution of transaction probabilities (&gt; 0).</param>
    /// <param name="gamma">The first parameter of the beta distribution of dropout probabilities (&gt; 0).</param>
    /// <param name="delta">The second parameter of the beta distribution of dropout probabilities (&gt; 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a parameter is not a finite number greater than 0.</exception>
    public BgBbParameters(double alpha, double beta, double gamma, double delta)
    {
        Guard.PositiveFinite(alpha);
        Guard.PositiveFinite(beta);
        Guard.PositiveFinite(gamma);
        Guard.PositiveFinite(delta);
        Alpha = alpha;
        Beta = beta;
        Gamma = gamma;
        Delta = delta;
    }

    /// <summary>Gets α, the first parameter of the beta distribution of transaction probabilities.</summary>
    public double Alpha { get; }

    /// <summary>Gets β, the second parameter of the beta distribution of transaction probabilities.</summary>
    public double Beta { get; }

    /// <summary>Gets γ, the first parameter of the beta distribution of dropout probabilities.</summary>
    public double Gamma { get; }

    /// <summary>Gets δ, the second parameter of the beta distribution of dropout probabilities.</summary>
    public double Delta { get; }

    /// <summary>Gets a value indicating whether every parameter is positive (false only for the <c>default</c> value).</summary>
    internal bool IsValid => Alpha > 0 && Beta > 0 && Gamma > 0 && Delta > 0;

    /// <summary>Determines whether two parameter sets are equal.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when all four values are equal.</returns>
    public static bool operator ==(BgBbParameters left, BgBbParameters right) => left.Equals(right);

    /// <summary>Determines whether two parameter sets differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when any value differs.</returns>
    public static bool operator !=(BgBbParameters left, BgBbParameters right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(BgBbParameters other) =>
        Alpha.Equals(other.Alpha) && Beta.Equals(other.Beta) && Gamma.Equals(other.Gamma) && Delta.Equals(other.Delta);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BgBbParameters other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Alpha, Beta, Gamma, Delta);

    /// <summary>Returns the parameters as <c>alpha = …, beta = …, gamma = …, delta = …</c>, invariantly formatted.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"alpha = {Guard.Format(Alpha)}, beta = {Guard.Format(Beta)}, gamma = {Guard.Format(Gamma)}, delta = {Guard.Format(Delta)}";
}
