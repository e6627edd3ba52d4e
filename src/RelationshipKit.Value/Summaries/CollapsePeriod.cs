namespace RelationshipKit.Value.Summaries;

/// <summary>Represents the calendar period within which a customer's purchases count as one.</summary>
public enum CollapsePeriod
{
    /// <summary>A calendar day: several purchases on one day are one purchase, dated that day.</summary>
    Day,

    /// <summary>
    /// A calendar week starting on <see cref="SummaryOptions.FirstDayOfWeek"/> (Monday by default, as lifetimes'
    /// <c>freq="W"</c>): purchases in one week are one purchase, dated the first day of the week.
    /// </summary>
    Week,
}
