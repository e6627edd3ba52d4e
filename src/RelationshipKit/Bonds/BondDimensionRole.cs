namespace RelationshipKit.Bonds;

/// <summary>
/// Represents the role a <see cref="BondDimension"/> plays in the sources: an axis of the classification, a kind of
/// bond, a structural influence, a factor that shapes the bond, or one of Fournier's relationship dimensions.
/// </summary>
/// <remarks>
/// <para>From seed 000 (Bollen &amp; Emes 2008): its examples are placed on two axes, emotional attachment and free
/// choice ("zaangażowania emocjonalnego czy też dobrowolności"); the pairs voluntary/forced, rational/emotional,
/// equal/unequal and formal/informal are kinds of bond ("rodzaju więzi"); the frequency of interaction and active or
/// passive engagement are a structural influence ("strukturalny wpływ"); how much the category matters and how easily
/// the customer can switch are factors ("czynniki") that shape the bond. The two axes are also among the kinds of bond;
/// they carry <see cref="Axis"/>.</para>
/// <para>Structural influences and factors describe the situation more than the relationship: a customer who cannot
/// change tax office will not be given a choice. Pin them in
/// <see cref="BondClassifier.Advise(BondProfile, string, IEnumerable{BondDimension})"/> to keep advice to the levers
/// the company has.</para>
/// <para>The <c>default</c> value is <see cref="Axis"/>.</para>
/// </remarks>
public enum BondDimensionRole
{
    /// <summary>One of the two axes seed 000 places its examples on: free choice (voluntariness) and emotional attachment (basis).</summary>
    Axis = 0,

    /// <summary>A kind of bond (seed 000's pairs equal/unequal and formal/informal): symmetry and formality.</summary>
    KindOfBond = 1,

    /// <summary>A structural influence on the relationship: interaction frequency and engagement.</summary>
    StructuralInfluence = 2,

    /// <summary>A factor that shapes the bond: category involvement and switching ease.</summary>
    Factor = 3,

    /// <summary>One of Fournier's (1998) relationship dimensions that the Polish source does not name: affect, intensity, duration and visibility.</summary>
    Fournier = 4,
}
