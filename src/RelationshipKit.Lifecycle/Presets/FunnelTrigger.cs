namespace RelationshipKit.Lifecycle.Presets;

/// <summary>Represents the triggers of the customer-journey funnel preset.</summary>
public enum FunnelTrigger
{
    /// <summary>The customer bought; carries the customer's purchase count including this one (use <see cref="LifecyclePresets.Purchase"/>).</summary>
    Purchase = 0,

    /// <summary>The customer is judged to have stopped buying.</summary>
    Lapse = 1,

    /// <summary>A lapsed customer was won back by an action of the company (a new episode).</summary>
    WinBack = 2,
}
