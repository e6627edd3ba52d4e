namespace RelationshipKit.Lifecycle.Presets;

/// <summary>Represents the triggers of the sources' and Dwyer's presets.</summary>
public enum RelationshipTrigger
{
    /// <summary>The relationship moves on to the next stage.</summary>
    Advance = 0,

    /// <summary>The customer's test of the supplier or product did not meet its needs: exploration ends abruptly.</summary>
    TestFailed = 1,

    /// <summary>The customer complains: the relationship enters the conflict substage of its stage (a further complaint during a conflict is recorded without moving).</summary>
    Complain = 2,

    /// <summary>The complaint was handled well: the relationship returns to exactly the stage it was in.</summary>
    ResolveWell = 3,

    /// <summary>The complaint was handled badly: the relationship dissolves.</summary>
    ResolveBadly = 4,

    /// <summary>The customer or the supplier ends the relationship; carries a <see cref="DissolutionReason"/> (use <see cref="LifecyclePresets.Dissolve"/>).</summary>
    Dissolve = 5,

    /// <summary>A former customer is won back (reconnecting with a former client): a new episode starts at exploration.</summary>
    WinBack = 6,
}
