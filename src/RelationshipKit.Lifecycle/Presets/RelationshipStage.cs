namespace RelationshipKit.Lifecycle.Presets;

/// <summary>
/// Represents the stages of a customer relationship shared by the sources' lifecycle (seed 002) and Dwyer, Schurr &amp;
/// Oh's (1987) model, plus a conflict substage of each active stage (seed 000). The two presets order and read
/// <see cref="Awareness"/> differently: see each member.
/// </summary>
public enum RelationshipStage
{
    /// <summary>Sources: the customer tests the supplier's capabilities and performance, or a product's usefulness; if the
    /// test does not meet the customer's needs the relationship can end abruptly (the first stage). Dwyer et al.: the
    /// trial phase after awareness, in which the parties search, bargain and test each other.</summary>
    Exploration = 0,

    /// <summary>Sources: the customer understands the motivating values of the supplier or of the products it sells (the
    /// second stage). Dwyer et al.: "a party recognises the other as a possible partner", before any exchange (the first phase).</summary>
    Awareness = 1,

    /// <summary>The supplier earns the customer's trust and the customer becomes strongly interdependent with it; more
    /// business with this customer.</summary>
    Expansion = 2,

    /// <summary>The strongest stage, where providers learn to adapt to the customer's business rules and goals.</summary>
    Commitment = 3,

    /// <summary>The end of the relationship: the customer's needs change suddenly and it looks for better prospects, or the
    /// supplier ends it. A former customer can be won back (a new episode).</summary>
    Dissolution = 4,

    /// <summary>A complaint is being handled during exploration (a substage of <see cref="Exploration"/>).</summary>
    ExplorationInConflict = 5,

    /// <summary>A complaint is being handled during awareness (a substage of <see cref="Awareness"/>; the sources' preset only).</summary>
    AwarenessInConflict = 6,

    /// <summary>A complaint is being handled during expansion (a substage of <see cref="Expansion"/>).</summary>
    ExpansionInConflict = 7,

    /// <summary>A complaint is being handled during commitment (a substage of <see cref="Commitment"/>).</summary>
    CommitmentInConflict = 8,
}
