using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Value.Models.ParetoNbd;

/// <summary>Represents the Pareto/NBD estimates of a fit, typed: each parameter's value with its standard error.</summary>
/// <remarks>
/// <para>Get them with <see cref="ValueFitResultExtensions.Estimates(FitResult{ParetoNbdModel})"/>; the string lookup
/// <c>fit["r"]</c> gives the same <see cref="ParameterEstimate"/>.</para>
/// <para>Equality compares every estimate. The <c>default</c> value holds <c>default</c> estimates (no name, 0, no
/// standard error). This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct ParetoNbdEstimates : IEquatable<ParetoNbdEstimates>
{
    internal ParetoNbdEstimates(ParameterEstimate r, ParameterEstimate alpha, ParameterEstimate s, ParameterEstimate beta)
    {
        R = r;
        Alpha = alpha;
        S = s;
        Beta = beta;
    }

    /// <summary>Gets the estimate of r: its value and standard error.</summary>
    public ParameterEstimate R { get; }

    /// <summary>Gets the estimate of alpha: its value and standard error.</summary>
    public ParameterEstimate Alpha { get; }

    /// <summary>Gets the estimate of s: its value and standard error.</summary>
    public ParameterEstimate S { get; }

    /// <summary>Gets the estimate of beta: its value and standard error.</summary>
    public ParameterEstimate Beta { get; }

    /// <summary>Determines whether two sets of estimates are equal.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when every estimate is equal.</returns>
    public static bool operator ==(ParetoNbdEstimates left, ParetoNbdEstimates right) => left.Equals(right);

    /// <summary>Determines whether two sets of estimates differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when an estimate differs.</returns>
    public static bool operator !=(ParetoNbdEstimates left, ParetoNbdEstimates right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ParetoNbdEstimates other) => R == other.R && Alpha == other.Alpha && S == other.S && Beta == other.Beta;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ParetoNbdEstimates other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(R, Alpha, S, Beta);

    /// <summary>Returns the estimates as <c>name = value (standard error)</c>, comma-separated.</summary>
    /// <returns>The text, numbers in the invariant culture.</returns>
    public override string ToString() => R.ToString() + ", " + Alpha.ToString() + ", " + S.ToString() + ", " + Beta.ToString();
}
