using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Value.Models.BgNbd;

/// <summary>Represents the BG/NBD estimates of a fit, typed: each parameter's value with its standard error.</summary>
/// <remarks>
/// <para>Get them with <see cref="ValueFitResultExtensions.Estimates(FitResult{BgNbdModel})"/>; the string lookup
/// <c>fit["r"]</c> gives the same <see cref="ParameterEstimate"/>.</para>
/// <para>Equality compares every estimate. The <c>default</c> value holds <c>default</c> estimates (no name, 0, no
/// standard error). This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct BgNbdEstimates : IEquatable<BgNbdEstimates>
{
    internal BgNbdEstimates(ParameterEstimate r, ParameterEstimate alpha, ParameterEstimate a, ParameterEstimate b)
    {
        R = r;
        Alpha = alpha;
        A = a;
        B = b;
    }

    /// <summary>Gets the estimate of r: its value and standard error.</summary>
    public ParameterEstimate R { get; }

    /// <summary>Gets the estimate of alpha: its value and standard error.</summary>
    public ParameterEstimate Alpha { get; }

    /// <summary>Gets the estimate of a: its value and standard error.</summary>
    public ParameterEstimate A { get; }

    /// <summary>Gets the estimate of b: its value and standard error.</summary>
    public ParameterEstimate B { get; }

    /// <summary>Determines whether two sets of estimates are equal.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when every estimate is equal.</returns>
    public static bool operator ==(BgNbdEstimates left, BgNbdEstimates right) => left.Equals(right);

    /// <summary>Determines whether two sets of estimates differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when an estimate differs.</returns>
    public static bool operator !=(BgNbdEstimates left, BgNbdEstimates right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(BgNbdEstimates other) => R == other.R && Alpha == other.Alpha && A == other.A && B == other.B;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BgNbdEstimates other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(R, Alpha, A, B);

    /// <summary>Returns the estimates as <c>name = value (standard error)</c>, comma-separated.</summary>
    /// <returns>The text, numbers in the invariant culture.</returns>
    public override string ToString() => R.ToString() + ", " + Alpha.ToString() + ", " + A.ToString() + ", " + B.ToString();
}
