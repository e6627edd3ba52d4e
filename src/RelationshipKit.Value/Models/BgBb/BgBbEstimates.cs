using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Value.Models.BgBb;

/// <summary>Represents the BG/BB estimates of a fit, typed: each parameter's value with its standard error.</summary>
/// <remarks>
/// <para>Get them with <see cref="ValueFitResultExtensions.Estimates(FitResult{BgBbModel})"/>; the string lookup
/// <c>fit["alpha"]</c> gives the same <see cref="ParameterEstimate"/>.</para>
/// <para>Equality compares every estimate. The <c>default</c> value holds <c>default</c> estimates (no name, 0, no
/// standard error). This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct BgBbEstimates : IEquatable<BgBbEstimates>
{
    internal BgBbEstimates(ParameterEstimate alpha, ParameterEstimate beta, ParameterEstimate gamma, ParameterEstimate delta)
    {
        Alpha = alpha;
        Beta = beta;
        Gamma = gamma;
        Delta = delta;
    }

    /// <summary>Gets the estimate of alpha: its value and standard error.</summary>
    public ParameterEstimate Alpha { get; }

    /// <summary>Gets the estimate of beta: its value and standard error.</summary>
    public ParameterEstimate Beta { get; }

    /// <summary>Gets the estimate of gamma: its value and standard error.</summary>
    public ParameterEstimate Gamma { get; }

    /// <summary>Gets the estimate of delta: its value and standard error.</summary>
    public ParameterEstimate Delta { get; }

    /// <summary>Determines whether two sets of estimates are equal.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when every estimate is equal.</returns>
    public static bool operator ==(BgBbEstimates left, BgBbEstimates right) => left.Equals(right);

    /// <summary>Determines whether two sets of estimates differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when an estimate differs.</returns>
    public static bool operator !=(BgBbEstimates left, BgBbEstimates right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(BgBbEstimates other) => Alpha == other.Alpha && Beta == other.Beta && Gamma == other.Gamma && Delta == other.Delta;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BgBbEstimates other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Alpha, Beta, Gamma, Delta);

    /// <summary>Returns the estimates as <c>name = value (standard error)</c>, comma-separated.</summary>
    /// <returns>The text, numbers in the invariant culture.</returns>
    public override string ToString() => Alpha.ToString() + ", " + Beta.ToString() + ", " + Gamma.ToString() + ", " + Delta.ToString();
}
