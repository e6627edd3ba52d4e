namespace RelationshipKit.Value.Subscriptions;

/// <summary>Represents how subscriptions are grouped into cohorts: by the calendar month, quarter or year they started in.</summary>
public enum CohortPeriod
{
    /// <summary>One cohort per calendar month of start.</summary>
    Month,

    /// <summary>One cohort per calendar quarter of start (January, April, July, October).</summary>
    Quarter,

    /// <summary>One cohort per calendar year of start.</summary>
    Year,
}
