using System.Globalization;

namespace RelationshipKit.Value.Models.GammaGamma;

/// <summary>
/// Represents the check that the Gamma-Gamma model's key assumption holds on a data set: a customer's mean spend is
/// independent of how often she buys, judged by the weighted Pearson correlation of frequency and mean spend over
/// the repeat buyers.
/// </summary>
/// <remarks>
/// <para>Fader, Hardie &amp; Lee (2005, "RFM and CLV", section 3) check this on CDNOW and find a correlation of 0.11,
/// which they take as independence. A correlation close to 0 does not prove independence, but a clearly non-zero
/// one (the default threshold is |ρ| &lt; 0.3) means the spend forecasts will be biased for frequent or infrequent
/// buyers.</para>
/// <para>Equality compares all members. The <c>default</c> value has no customers and no correlation.</para>
/// </remarks>
[Immutable]
public readonly struct SpendIndependenceCheck : IEquatable<SpendIndependenceCheck>
{
    internal SpendIndependenceCheck(double? correlation, double customers, double threshold)
    {
        Correlation = correlation;
        Customers = customers;
        Threshold = threshold;
    }

    /// <summary>Gets the weighted Pearson correlation of frequency and mean spend over customers with x &gt; 0, or <see langword="null"/> when it is undefined (fewer than two customers, or no variation in either).</summary>
    public double? Correlation { get; }

    /// <summary>Gets the number of customers (Σ weights) with at least one repeat purchase that the check used.</summary>
    public double Customers { get; }

    /// <summary>Gets the largest absolute correlation still taken as independence.</summary>
    public double Threshold { get; }

    /// <summary>Gets a value indicating whether the correlation is defined and its absolute value is below <see cref="Threshold"/>.</summary>
    public bool IsIndependent => Correlation is { } rho && Math.Abs(rho) < Threshold;

    /// <summary>Gets a one-sentence verdict for reports.</summary>
    public string Verdict => Correlation switch
    {
        null => "The correlation of frequency and spend is undefined (too few repeat buyers or no variation); the assumption cannot be checked.",
        { } rho when Math.Abs(rho) < Threshold => $"Frequency and mean spend look independent (correlation {Format(rho)}, |ρ| < {Format(Threshold)}): the Gamma-Gamma model applies.",
        { } rho => $"Frequency and mean spend are correlated (correlation {Format(rho)}, |ρ| >= {Format(Threshold)}): the Gamma-Gamma model's independence assumption does not hold, so its spend forecasts will be biased.",
    };

    /// <summary>Determines whether two checks are equal.</summary>
    /// <param name="left">The first check.</param>
    /// <param name="right">The second check.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SpendIndependenceCheck left, SpendIndependenceCheck right) => left.Equals(right);

    /// <summary>Determines whether two checks differ.</summary>
    /// <param name="left">The first check.</param>
    /// <param name="right">The second check.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SpendIndependenceCheck left, SpendIndependenceCheck right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(SpendIndependenceCheck other) =>
        Nullable.Equals(Correlation, other.Correlation) && Customers.Equals(other.Customers) && Threshold.Equals(other.Threshold);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SpendIndependenceCheck other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Correlation, Customers, Threshold);

    /// <summary>Returns <see cref="Verdict"/>.</summary>
    /// <returns>The verdict.</returns>
    public override string ToString() => Verdict;

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
