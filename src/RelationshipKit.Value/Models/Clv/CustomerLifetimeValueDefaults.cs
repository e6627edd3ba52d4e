using NodaTime;

namespace RelationshipKit.Value.Models.Clv;

/// <summary>The defaults of <see cref="CustomerLifetimeValueOptions"/>.</summary>
internal static class CustomerLifetimeValueDefaults
{
    /// <summary>12 steps of 30 days: the schedule lifetimes uses by default (time = 12 months of 30 days).</summary>
    public static readonly Duration Horizon = Duration.FromDays(360);

    public static readonly Duration Step = Duration.FromDays(30);

    public static DiscountRate DiscountRate => DiscountRate.PerYear(0.1);

    public const double Margin = 1;

    /// <summary>The most steps a schedule may have.</summary>
    public const int MaxSteps = 100_000;
}
