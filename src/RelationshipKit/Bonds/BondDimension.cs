namespace RelationshipKit.Bonds;

/// <summary>
/// Represents one dimension of a bond: a continuum between two named poles on which a relationship is scored
/// from −1 (the dimension's negative pole) to +1 (its positive pole).
/// </summary>
/// <remarks>
/// <para>The first eight dimensions are named in seed 000 (after Bollen &amp; Emes 2008) in different roles: two axes,
/// kinds of bond, structural influences and factors that shape the bond (<see cref="BondDimensionInfo.Role"/>); the
/// last four complete Fournier's (1998) seven relationship dimensions (voluntariness, formality and symmetry are shared
/// by both sources).</para>
/// <para>Every dimension is oriented so that +1 means "more of what the name says": a voluntariness of +0.8 is a
/// largely voluntary bond, a basis of +0.8 a largely emotional one. <see cref="BondDimensions.Get(BondDimension)"/>
/// gives the poles, the kebab-case name and the source of each dimension.</para>
/// <para>The <c>default</c> value is <see cref="Voluntariness"/>.</para>
/// </remarks>
public enum BondDimension
{
    /// <summary>Whether the customer chose the relationship: −1 imposed (tax office, monopoly utility), +1 voluntary.</summary>
    Voluntariness = 0,

    /// <summary>What holds the bond together: −1 rational (functional), +1 emotional (attachment).</summary>
    Basis = 1,

    /// <summary>The balance of power: −1 asymmetric (power on one side), +1 symmetric (equal partners).</summary>
    Symmetry = 2,

    /// <summary>How the relationship is governed: −1 informal, +1 formal (contract, rules).</summary>
    Formality = 3,

    /// <summary>How much energy the customer invests: −1 passive, +1 active.</summary>
    Engagement = 4,

    /// <summary>How often the parties interact: −1 rare, +1 frequent.</summary>
    InteractionFrequency = 5,

    /// <summary>How much the customer cares about the category: −1 low involvement (electricity), +1 high involvement.</summary>
    CategoryInvolvement = 6,

    /// <summary>How easily the customer could leave: −1 hard to switch, +1 easy to switch.</summary>
    SwitchingEase = 7,

    /// <summary>The feeling the relationship carries: −1 negative affect, +1 positive affect.</summary>
    Affect = 8,

    /// <summary>How deep the relationship goes: −1 superficial, +1 intense.</summary>
    Intensity = 9,

    /// <summary>How long the relationship is meant to last: −1 short-term, +1 enduring.</summary>
    Duration = 10,

    /// <summary>Whether the relationship is shown to others: −1 private, +1 public.</summary>
    Visibility = 11,
}
