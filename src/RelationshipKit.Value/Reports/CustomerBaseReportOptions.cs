using NodaTime;
using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Value.Reports;

/// <summary>Represents the settings of a <see cref="CustomerBaseReport"/>. A mutable bag, validated when the report is built.</summary>
[Mutable]
public sealed class CustomerBaseReportOptions
{
    /// <summary>Gets or sets the currency of the summaries' monetary values.</summary>
    /// <value><see cref="Currency.None"/> (XXX).</value>
    public Currency Currency { get; set; } = Currency.None;

    /// <summary>Gets or sets the lifetime-value horizon (the discounted sum runs over calendar weeks).</summary>
    /// <value>364 days (52 weeks).</value>
    public Duration ClvHorizon { get; set; } = Duration.FromDays(364);

    /// <summary>Gets or sets the discount rate of the lifetime value.</summary>
    /// <value>10 % a year.</value>
    public DiscountRate DiscountRate { get; set; } = DiscountRate.PerYear(0.1);

    /// <summary>Gets or sets how many customers the list of those expected to buy most holds.</summary>
    /// <value>10.</value>
    public int TopCustomers { get; set; } = 10;

    /// <summary>Gets or sets the thresholds of the value tiers (MVC, MGC, BZ).</summary>
    /// <value><see cref="ValueTierThresholds.Default"/>: the top fifth by net value and by unrealised potential.</value>
    public ValueTierThresholds ValueTierThresholds { get; set; } = ValueTierThresholds.Default;

    /// <summary>Gets or sets the options of the model fits.</summary>
    /// <value>The defaults of <see cref="Fitting.FitOptions"/>.</value>
    public FitOptions FitOptions { get; set; } = new();

    /// <summary>Throws when a setting is invalid; the parameter name is <paramref name="paramName"/> and the message names the property.</summary>
    internal void Validate(string paramName)
    {
        if (ClvHorizon < Duration.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(paramName, ClvHorizon, $"ClvHorizon must be at least one day; was {ClvHorizon}.");
        }

        if (TopCustomers < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, TopCustomers, $"TopCustomers must be >= 0; was {TopCustomers}.");
        }

        if (FitOptions is null)
        {
            throw new ArgumentException("FitOptions must not be null; use new FitOptions() for the defaults.", paramName);
        }

        FitOptions.Validate(paramName);
    }
}
