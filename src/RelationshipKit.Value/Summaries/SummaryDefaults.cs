using NodaTime;

namespace RelationshipKit.Value.Summaries;

/// <summary>The defaults of <see cref="SummaryOptions"/>.</summary>
internal static class SummaryDefaults
{
    public const CollapsePeriod Collapse = CollapsePeriod.Day;
    public const IsoDayOfWeek FirstDayOfWeek = IsoDayOfWeek.Monday;

    public static TimeUnit TimeUnit => TimeUnit.Day;
}
