namespace RelationshipKit.Value.Models.Sbg;

/// <summary>
/// Represents the parameters of the shifted-beta-geometric model: the churn probability θ of each customer is
/// drawn from a Beta(α, β) distribution.
/// </summary>
/// <remarks>
/// <para>The mean churn probability in the first period is α / (α + β); small α and β mean a very mixed base, whose
/// aggregate retention rate rises steeply over time as the customers likely to churn leave first.</para>
/// <para>Equality compares both parameters exactly. The <c>default</c> value has α = β = 0, which is not a valid
/// parameter set; construction rejects it and <see cref="SbgModel"/> refuses it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct SbgParameters : IEquatable<SbgParameters>
{
    /// <summary>Initializes a new <see cref="SbgParameters"/>.</summary>
    /// <param name="alpha">The Beta distribution's α, a finite number &gt; 0.</param>
    /// <param name="beta">The Beta distribution's β, a finite number &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a parameter is NaN, infinite, zero or negative.</exception>
    public SbgParameters(double alpha, double beta)
    {
        Guard.PositiveFinite(alpha);
        Guard.PositiveFinite(beta);
        Alpha = alpha;
        Beta = beta;
    }

    /// <summary>Gets α.</summary>
    public double Alpha { get; }

    /// <summary>Gets β.</summary>
    public double Beta { get; }

    /// <summary>Gets a value indicating whether the parameters are valid (false only for the <c>default</c> value).</summary>
    public bool IsValid => Alpha > 0 && Beta > 0;

    /// <summary>Determines whether two parameter sets are equal.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SbgParameters left, SbgParameters right) => left.Equals(right);

    /// <summary>Determines whether two parameter sets differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SbgParameters left, SbgParameters right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(SbgParameters other) => Alpha.Equals(other.Alpha) && Beta.Equals(other.Beta);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SbgParameters other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Alpha, Beta);

    /// <summary>Returns <c>alpha = …, beta = …</c>, invariantly formatted.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"alpha = {Guard.Format(Alpha)}, beta = {Guard.Format(Beta)}";
}
