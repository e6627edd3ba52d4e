namespace RelationshipKit.Satisfaction;

/// <summary>Represents whether a <see cref="SatisfactionTrend"/> could be computed, and if not, why.</summary>
/// <remarks>The <c>default</c> value is <see cref="Known"/>.</remarks>
public enum SatisfactionTrendStatus
{
    /// <summary>The trend is known: at least three ratings at two or more different instants.</summary>
    Known = 0,

    /// <summary>Unknown: fewer than <see cref="SatisfactionTrend.MinimumRatings"/> ratings.</summary>
    TooFewRatings = 1,

    /// <summary>Unknown: every rating was given at the same instant, so there is no time over which to measure a change.</summary>
    NoTimeSpread = 2,
}
