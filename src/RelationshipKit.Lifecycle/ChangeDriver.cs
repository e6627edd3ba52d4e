namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents what drove a change in a relationship. Seed 000: relationships evolve "in response to the supplier's or
/// the customer's actions, a change in the customer's environment, or competitors' activity".
/// </summary>
public enum ChangeDriver
{
    /// <summary>Not recorded (the default).</summary>
    Unspecified = 0,

    /// <summary>Something the supplier did (an offer, a price change, service, a complaint handled).</summary>
    SupplierAction = 1,

    /// <summary>Something the customer did (a purchase, a complaint, a cancellation).</summary>
    CustomerAction = 2,

    /// <summary>A change in the customer's environment (a move, a new job, a merger, a budget cut).</summary>
    CustomerEnvironmentChange = 3,

    /// <summary>Competitors' activity (a better offer elsewhere, a new entrant).</summary>
    CompetitorActivity = 4,
}
