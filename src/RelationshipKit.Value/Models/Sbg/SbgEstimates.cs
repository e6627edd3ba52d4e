using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Value.Models.Sbg;

/// <summary>Represents the sBG estimates of a fit, typed: each parameter's value with its standard error.</summary>
/// <remarks>
/// <para>Get them with <see cref="ValueFitResultExtensions.Estimates(FitResult{SbgModel})"/>; the string lookup
/// <c>fit["alpha"]</c> gives the same <see cref="ParameterEstimate"/>.</para>
/// <para>Equality compares every estimate. The <c>default</c> value holds <c>default</c> estimates (no name, 0, no
/// standard error). This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct SbgEstimates : IEquatable<SbgEstimates>
{
    internal SbgEstimates(ParameterEstimate alpha, ParameterEstimate beta)
    {
        Alpha = alpha;
        Beta = beta;
    }

    /// <summary>Gets the estimate of alpha: its value and standard error.</summary>
    public ParameterEstimate Alpha { get; }

    /// <summary>Gets the estimate of beta: its value and standard error.</summary>
    public ParameterEstimate Beta { get; }

    /// <summary>Determines whether two sets of estimates are equal.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when every estimate is equal.</returns>
    public static bool operator ==(SbgEstimates left, SbgEstimates right) => left.Equals(right);

    /// <summary>Determines whether two sets of estimates differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when an estimate differs.</returns>
    public static bool operator !=(SbgEstimates left, SbgEstimates right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(SbgEstimates other) => Alpha == other.Alpha && Beta == other.Beta;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SbgEstimates other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Alpha, Beta);

    /// <summary>Returns the estimates as <c>name = value (standard error)</c>, comma-separated.</summary>
    /// <returns>The text, numbers in the invariant culture.</returns>
    public override string ToString() => Alpha.ToString() + ", " + Beta.ToString();
}
