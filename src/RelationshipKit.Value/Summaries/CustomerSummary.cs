using System.Globalization;
using NodaTime;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Summaries;

/// <summary>
/// Represents one customer's purchase history reduced to the statistics buy-till-you-die models use: frequency,
/// recency, T and monetary value, plus the holdout figures when the log was split.
/// </summary>
/// <remarks>
/// <para>The conventions are those of <see cref="SummaryOptions"/>; times are in <see cref="RfmSummaries.TimeUnit"/>.
/// Instances come from <see cref="RfmSummaryAccumulator.ToSummaries(SummaryOptions)"/>.</para>
/// <para>Equality compares every member. The <c>default</c> value has the unset customer id and zeros.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct CustomerSummary : IEquatable<CustomerSummary>
{
    private readonly int _firstDay;
    private readonly int _lastDay;

    internal CustomerSummary(CustomerId id, int frequency, double recency, double t, double? monetaryValue, int firstDay, int lastDay, int? frequencyHoldout, double? monetaryValueHoldout)
    {
        Id = id;
        Frequency = frequency;
        Recency = recency;
        T = t;
        MonetaryValue = monetaryValue;
        _firstDay = firstDay;
        _lastDay = lastDay;
        FrequencyHoldout = frequencyHoldout;
        MonetaryValueHoldout = monetaryValueHoldout;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Id { get; }

    /// <summary>Gets the frequency x: the number of repeat periods (distinct collapse periods after the first) up to the (calibration) end.</summary>
    public int Frequency { get; }

    /// <summary>Gets the recency t_x: the time from the first purchase period to the last one.</summary>
    public double Recency { get; }

    /// <summary>Gets T: the time from the first purchase period to the period of the (calibration) end.</summary>
    public double T { get; }

    /// <summary>Gets the mean total spent per repeat period (0 without repeat periods), or <see langword="null"/> when the log has no amounts.</summary>
    public double? MonetaryValue { get; }

    /// <summary>Gets the day of the customer's first purchase.</summary>
    public LocalDate FirstPurchase => DayNumber.ToLocalDate(_firstDay);

    /// <summary>Gets the day of the customer's last purchase up to the (calibration) end.</summary>
    public LocalDate LastPurchase => DayNumber.ToLocalDate(_lastDay);

    /// <summary>Gets the number of distinct collapse periods with a purchase in the holdout, or <see langword="null"/> without a split.</summary>
    public int? FrequencyHoldout { get; }

    /// <summary>Gets the mean total spent per holdout period with a purchase (0 without one), or <see langword="null"/> without a split or without amounts.</summary>
    public double? MonetaryValueHoldout { get; }

    /// <summary>Determines whether two summaries are equal.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(CustomerSummary left, CustomerSummary right) => left.Equals(right);

    /// <summary>Determines whether two summaries differ.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(CustomerSummary left, CustomerSummary right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(CustomerSummary other) =>
        Id == other.Id
        && Frequency == other.Frequency
        && Recency.Equals(other.Recency)
        && T.Equals(other.T)
        && Nullable.Equals(MonetaryValue, other.MonetaryValue)
        && _firstDay == other._firstDay
        && _lastDay == other._lastDay
        && FrequencyHoldout == other.FrequencyHoldout
        && Nullable.Equals(MonetaryValueHoldout, other.MonetaryValueHoldout);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CustomerSummary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Frequency, Recency, T, MonetaryValue, _firstDay, FrequencyHoldout, MonetaryValueHoldout);

    /// <summary>Returns the summary as <c>id: x=…, t_x=…, T=…</c> with the optional columns that are present.</summary>
    /// <returns>The text, numbers in the invariant culture.</returns>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Id}: x={Frequency}, t_x={Recency:R}, T={T:R}");
        if (MonetaryValue is { } m)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", m={m:R}");
        }

        if (FrequencyHoldout is { } xh)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", x_holdout={xh}");
        }

        if (MonetaryValueHoldout is { } mh)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", m_holdout={mh:R}");
        }

        return text;
    }
}
