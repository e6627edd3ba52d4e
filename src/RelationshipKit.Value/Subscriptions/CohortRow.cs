using System.Globalization;

namespace RelationshipKit.Value.Subscriptions;

/// <summary>
/// Represents one period of a cohort's survivor table: the customers active at its start, those who churned in it
/// (did not renew at its end) and those censored in it (still active when observation ended, so their renewal at its
/// end is not seen).
/// </summary>
/// <remarks>
/// <para>Active(t + 1) = Active(t) − Churned(t) − Censored(t). With no censoring, Active is the survival curve that
/// <c>SbgModel.Fit(survivors)</c> takes.</para>
/// <para>Equality compares every member. The <c>default</c> value is period 0 with no customers. This type is
/// immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct CohortRow : IEquatable<CohortRow>
{
    internal CohortRow(int period, int active, int churned, int censored)
    {
        Period = period;
        Active = active;
        Churned = churned;
        Censored = censored;
    }

    /// <summary>Gets the 1-based contract period.</summary>
    public int Period { get; }

    /// <summary>Gets the customers active at the start of the period.</summary>
    public int Active { get; }

    /// <summary>Gets the customers who churned in the period (did not renew at its end).</summary>
    public int Churned { get; }

    /// <summary>Gets the customers still active when observation ended, during this period.</summary>
    public int Censored { get; }

    /// <summary>Determines whether two rows are equal.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(CohortRow left, CohortRow right) => left.Equals(right);

    /// <summary>Determines whether two rows differ.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(CohortRow left, CohortRow right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(CohortRow other) => Period == other.Period && Active == other.Active && Churned == other.Churned && Censored == other.Censored;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CohortRow other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, Active, Churned, Censored);

    /// <summary>Returns the row as <c>period 2: 631 active, 163 churned, 0 censored</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"period {Period}: {Active} active, {Churned} churned, {Censored} censored");
}
