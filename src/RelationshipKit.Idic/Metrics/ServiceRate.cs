using System.Globalization;

namespace RelationshipKit.Idic.Metrics;

/// <summary>
/// Represents a share: how many of the counted cases met a condition (first-contact resolutions of the eligible
/// contacts, complaints resolved, transfers after which the customer had to explain his case again).
/// </summary>
/// <remarks>
/// <see cref="Rate"/> is <see langword="null"/> when nothing was counted, never NaN. Equality is reference equality.
/// This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class ServiceRate
{
    internal ServiceRate(int count, int of)
    {
        Count = count;
        Of = of;
    }

    /// <summary>Gets how many cases met the condition.</summary>
    public int Count { get; }

    /// <summary>Gets how many cases were counted.</summary>
    public int Of { get; }

    /// <summary>Gets <see cref="Count"/> / <see cref="Of"/>, in [0, 1]; <see langword="null"/> when <see cref="Of"/> is 0.</summary>
    public double? Rate => Of == 0 ? null : (double)Count / Of;

    /// <summary>Returns the share, for example <c>3 of 4 (75%)</c> or <c>none counted</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Of == 0
        ? "none counted"
        : string.Create(CultureInfo.InvariantCulture, $"{Count} of {Of} ({100.0 * Count / Of:0.#}%)");
}
