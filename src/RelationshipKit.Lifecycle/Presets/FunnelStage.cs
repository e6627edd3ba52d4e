namespace RelationshipKit.Lifecycle.Presets;

/// <summary>Represents the stages of the customer-journey funnel preset.</summary>
/// <remarks>Purchase data places a customer in <see cref="FirstPurchase"/>, <see cref="Repeat"/>, <see cref="Loyal"/> or
/// <see cref="Lapsed"/> (see <see cref="FunnelPlacement"/>); <see cref="Prospect"/> and <see cref="WonBack"/> need events the
/// application records (a lead, a win-back campaign that worked), which purchase summaries do not hold.</remarks>
public enum FunnelStage
{
    /// <summary>Known to the company, has not bought yet.</summary>
    Prospect = 0,

    /// <summary>Has bought once.</summary>
    FirstPurchase = 1,

    /// <summary>Has bought again, fewer times than the loyalty threshold.</summary>
    Repeat = 2,

    /// <summary>Has bought at least the loyalty threshold's number of times.</summary>
    Loyal = 3,

    /// <summary>Has probably stopped buying (P(alive) below the threshold, or the application's lapse rule).</summary>
    Lapsed = 4,

    /// <summary>Came back after lapsing: a new episode of the same relationship.</summary>
    WonBack = 5,
}
