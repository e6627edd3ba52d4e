namespace RelationshipKit.Value.Models;

/// <summary>
/// Represents one row of a calibration-versus-holdout comparison: the customers with a given calibration frequency,
/// their actual mean number of purchases in the holdout period and the model's conditional expectation for them.
/// </summary>
/// <remarks>
/// <para>Fader, Hardie &amp; Lee (2005, figure 4) plot these two means against the calibration frequency to judge a
/// fit. The last row is open-ended (<see cref="IsOpenEnded"/>): it holds every customer with at least
/// <see cref="Frequency"/> calibration purchases.</para>
/// <para>Equality compares all members. The <c>default</c> value is an empty row for frequency 0.</para>
/// </remarks>
[Immutable]
public readonly struct HoldoutComparisonRow : IEquatable<HoldoutComparisonRow>
{
    internal HoldoutComparisonRow(int frequency, bool isOpenEnded, double customers, double actualMeanPurchases, double predictedMeanPurchases)
    {
        Frequency = frequency;
        IsOpenEnded = isOpenEnded;
        Customers = customers;
        ActualMeanPurchases = actualMeanPurchases;
        PredictedMeanPurchases = predictedMeanPurchases;
    }

    /// <summary>Gets the calibration-period repeat frequency x of the row (the lower bound when <see cref="IsOpenEnded"/>).</summary>
    public int Frequency { get; }

    /// <summary>Gets a value indicating whether the row holds every customer with at least <see cref="Frequency"/> purchases.</summary>
    public bool IsOpenEnded { get; }

    /// <summary>Gets the number of customers (Σ weights) in the row.</summary>
    public double Customers { get; }

    /// <summary>Gets the weighted mean number of purchases the row's customers actually made in the holdout period.</summary>
    public double ActualMeanPurchases { get; }

    /// <summary>Gets the weighted mean of the model's E[Y(holdout) | x, t_x, T] over the row's customers.</summary>
    public double PredictedMeanPurchases { get; }

    /// <summary>Determines whether two rows are equal.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(HoldoutComparisonRow left, HoldoutComparisonRow right) => left.Equals(right);

    /// <summary>Determines whether two rows differ.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(HoldoutComparisonRow left, HoldoutComparisonRow right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(HoldoutComparisonRow other) =>
        Frequency == other.Frequency && IsOpenEnded == other.IsOpenEnded && Customers.Equals(other.Customers)
        && ActualMeanPurchases.Equals(other.ActualMeanPurchases) && PredictedMeanPurchases.Equals(other.PredictedMeanPurchases);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is HoldoutComparisonRow other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Frequency, IsOpenEnded, Customers, ActualMeanPurchases, PredictedMeanPurchases);

    /// <summary>Returns <c>x = 2: 120 customers, actual 1.1, predicted 1.2</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"x = {Frequency}{(IsOpenEnded ? "+" : string.Empty)}: {Guard.Format(Customers)} customers, actual {Guard.Format(ActualMeanPurchases)}, predicted {Guard.Format(PredictedMeanPurchases)}";
}
