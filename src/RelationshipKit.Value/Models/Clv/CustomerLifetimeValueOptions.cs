using NodaTime;

namespace RelationshipKit.Value.Models.Clv;

/// <summary>Represents the settings of a model-based lifetime value: horizon, step, discount rate and margin. A mutable bag, validated when used.</summary>
/// <remarks>
/// <para>Horizon and step are calendar durations, converted to the purchase model's time unit (a model in
/// <see cref="TimeUnit.Period"/> has no calendar length and cannot be used). The discount rate, a
/// <see cref="Value.DiscountRate"/> per calendar period, is converted exactly to the model's unit: each step's purchases
/// are discounted by (1 + d_unit)^(−t) at the step's end t. (A rate per abstract period is taken as per model unit.) lifetimes' <c>customer_lifetime_value</c> instead takes a
/// rate per month and multiplies its month count by a hidden factor (30 days, 4.345 weeks or 720 hours per month);
/// with the defaults here (12 steps of 30 days) the schedules agree and only the discount rate needs converting.</para>
/// </remarks>
[Mutable]
public sealed class CustomerLifetimeValueOptions
{
    /// <summary>Gets or sets how far ahead value is counted.</summary>
    /// <value>360 days (12 steps of 30 days).</value>
    public Duration Horizon { get; set; } = CustomerLifetimeValueDefaults.Horizon;

    /// <summary>Gets or sets the length of one step of the discounted sum; the last step ends at the horizon even when it is shorter.</summary>
    /// <value>30 days.</value>
    public Duration Step { get; set; } = CustomerLifetimeValueDefaults.Step;

    /// <summary>Gets or sets the discount rate, with the period it applies to (for example <c>DiscountRate.PerYear(0.1)</c> for 10% a year).</summary>
    /// <value>10% a year, <c>DiscountRate.PerYear(0.1)</c>.</value>
    public DiscountRate DiscountRate { get; set; } = CustomerLifetimeValueDefaults.DiscountRate;

    /// <summary>Gets or sets the margin: the fraction of spend that is profit (1 counts revenue).</summary>
    /// <value>1 (revenue).</value>
    public double Margin { get; set; } = CustomerLifetimeValueDefaults.Margin;

    /// <summary>Throws when a setting is out of range; the parameter name is <paramref name="paramName"/> and the message names the property.</summary>
    /// <param name="paramName">The name of the options argument at the public entry point.</param>
    internal void Validate(string paramName)
    {
        if (Horizon <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, Horizon, $"Horizon must be > 0; was {Horizon}.");
        }

        if (Step <= Duration.Zero || Step > Horizon)
        {
            throw new ArgumentOutOfRangeException(paramName, Step, $"Step must be > 0 and <= Horizon ({Horizon}); was {Step}.");
        }

        if (Horizon.TotalTicks / Step.TotalTicks > CustomerLifetimeValueDefaults.MaxSteps)
        {
            throw new ArgumentOutOfRangeException(paramName, Step, $"Step must give at most {CustomerLifetimeValueDefaults.MaxSteps} steps over the horizon; was {Step} for {Horizon}.");
        }

        if (!double.IsFinite(Margin) || Margin < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, Margin, $"Margin must be a finite number >= 0; was {Guard.Format(Margin)}.");
        }
    }
}
