namespace RelationshipKit.Bonds;

/// <summary>Represents the outcome of <see cref="BondClassifier.Advise(BondProfile, string, IEnumerable{BondDimension})"/>.</summary>
/// <remarks>The <c>default</c> value is <see cref="AlreadyBestMatch"/>.</remarks>
public enum BondAdviceOutcome
{
    /// <summary>The target archetype is already the best match; no change is needed.</summary>
    AlreadyBestMatch = 0,

    /// <summary>The listed changes make the target archetype the best match.</summary>
    Reachable = 1,

    /// <summary>No move of the dimensions the profile scores makes the target the best match (see the explanation).</summary>
    Unreachable = 2,

    /// <summary>No move of the free dimensions makes the target the best match, but releasing the pinned dimensions in <see cref="BondAdvice.ReleaseToReach"/> would.</summary>
    BlockedByPinned = 3,
}
