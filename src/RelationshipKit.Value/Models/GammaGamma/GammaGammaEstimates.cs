using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Value.Models.GammaGamma;

/// <summary>Represents the Gamma-Gamma estimates of a fit, typed: each parameter's value with its standard error.</summary>
/// <remarks>
/// <para>Get them with <see cref="ValueFitResultExtensions.Estimates(FitResult{GammaGammaModel})"/>; the string lookup
/// <c>fit["p"]</c> gives the same <see cref="ParameterEstimate"/>.</para>
/// <para>Equality compares every estimate. The <c>default</c> value holds <c>default</c> estimates (no name, 0, no
/// standard error). This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct GammaGammaEstimates : IEquatable<GammaGammaEstimates>
{
    internal GammaGammaEstimates(ParameterEstimate p, ParameterEstimate q, ParameterEstimate v)
    {
        P = p;
        Q = q;
        V = v;
    }

    /// <summary>Gets the estimate of p: its value and standard error.</summary>
    public ParameterEstimate P { get; }

    /// <summary>Gets the estimate of q: its value and standard error.</summary>
    public ParameterEstimate Q { get; }

    /// <summary>Gets the estimate of v: its value and standard error.</summary>
    public ParameterEstimate V { get; }

    /// <summary>Determines whether two sets of estimates are equal.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when every estimate is equal.</returns>
    public static bool operator ==(GammaGammaEstimates left, GammaGammaEstimates right) => left.Equals(right);

    /// <summary>Determines whether two sets of estimates differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when an estimate differs.</returns>
    public static bool operator !=(GammaGammaEstimates left, GammaGammaEstimates right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(GammaGammaEstimates other) => P == other.P && Q == other.Q && V == other.V;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GammaGammaEstimates other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(P, Q, V);

    /// <summary>Returns the estimates as <c>name = value (standard error)</c>, comma-separated.</summary>
    /// <returns>The text, numbers in the invariant culture.</returns>
    public override string ToString() => P.ToString() + ", " + Q.ToString() + ", " + V.ToString();
}
