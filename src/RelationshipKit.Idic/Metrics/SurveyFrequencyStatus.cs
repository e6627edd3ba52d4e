namespace RelationshipKit.Idic.Metrics;

/// <summary>Represents whether a customer's survey frequency follows how often he interacts (seed 002).</summary>
/// <remarks>The <c>default</c> value is <see cref="Follows"/>.</remarks>
public enum SurveyFrequencyStatus
{
    /// <summary>Asked about as often as his interactions call for (or not yet due for a survey).</summary>
    Follows = 0,

    /// <summary>Interacted often enough to be asked at least once, but was never asked.</summary>
    NotAsked = 1,

    /// <summary>Asked, but less often than his interactions call for.</summary>
    UnderAsked = 2,

    /// <summary>Asked more often than his interactions call for: survey fatigue.</summary>
    OverAsked = 3,
}
