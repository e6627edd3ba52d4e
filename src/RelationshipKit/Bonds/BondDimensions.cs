using System.Diagnostics.CodeAnalysis;

namespace RelationshipKit.Bonds;

/// <summary>
/// Provides the description of every <see cref="BondDimension"/> and the lookups between dimensions and their
/// kebab-case names.
/// </summary>
/// <remarks>
/// <para>Sources: Bollen, A. &amp; Emes, C. (2008), <i>Understanding Customer Relationships</i>, as seed 000 reads it
/// (two axes, four kinds of bond, two structural influences and two factors: see <see cref="BondDimensionRole"/>);
/// Fournier, S. (1998), "Consumers and Their Brands:
/// Developing Relationship Theory in Consumer Research", <i>Journal of Consumer Research</i> 24(4), 343–373
/// (voluntary vs imposed, positive vs negative affect, intense vs superficial, enduring vs short-term,
/// public vs private, formal vs informal, symmetric vs asymmetric).</para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public static class BondDimensions
{
    private const string BollenEmes = "Bollen & Emes (2008)";
    private const string Both = "Bollen & Emes (2008); Fournier (1998)";
    private const string Fournier = "Fournier (1998)";

    private static readonly BondDimensionInfo[] Infos =
    [
        new(BondDimension.Voluntariness, "voluntariness", "voluntariness", "imposed", "voluntary",
            "Whether the customer freely chose this supplier or has no real choice (tax office, monopoly utility).", Both, BondDimensionRole.Axis),
        new(BondDimension.Basis, "basis", "basis", "rational", "emotional",
            "Whether the bond rests on functional reasons or on emotional attachment.", BollenEmes, BondDimensionRole.Axis),
        new(BondDimension.Symmetry, "symmetry", "symmetry", "asymmetric", "symmetric",
            "Whether the parties are equal partners or power sits on one side.", Both, BondDimensionRole.KindOfBond),
        new(BondDimension.Formality, "formality", "formality", "informal", "formal",
            "Whether the relationship is governed by a contract and rules or left informal.", Both, BondDimensionRole.KindOfBond),
        new(BondDimension.Engagement, "engagement", "engagement", "passive", "active",
            "How much energy the customer invests in the relationship.", BollenEmes, BondDimensionRole.StructuralInfluence),
        new(BondDimension.InteractionFrequency, "interaction frequency", "interaction-frequency", "rare", "frequent",
            "How often the parties interact (a supermarket seen every week is frequent).", BollenEmes, BondDimensionRole.StructuralInfluence),
        new(BondDimension.CategoryInvolvement, "category involvement", "category-involvement", "low", "high",
            "How much the customer cares about the product category (few feel their energy supplier is a friend).", BollenEmes, BondDimensionRole.Factor),
        new(BondDimension.SwitchingEase, "switching ease", "switching-ease", "hard to switch", "easy to switch",
            "How easily the customer could leave for another supplier.", BollenEmes, BondDimensionRole.Factor),
        new(BondDimension.Affect, "affect", "affect", "negative", "positive",
            "Whether the relationship carries positive or negative feelings.", Fournier, BondDimensionRole.Fournier),
        new(BondDimension.Intensity, "intensity", "intensity", "superficial", "intense",
            "How deep and involving the relationship is.", Fournier, BondDimensionRole.Fournier),
        new(BondDimension.Duration, "duration", "duration", "short-term", "enduring",
            "Whether the relationship is meant to last or is bounded in time.", Fournier, BondDimensionRole.Fournier),
        new(BondDimension.Visibility, "visibility", "visibility", "private", "public",
            "Whether the relationship is shown to others or kept private.", Fournier, BondDimensionRole.Fournier),
    ];

    /// <summary>Gets the number of bond dimensions (12).</summary>
    public static int Count => Infos.Length;

    /// <summary>Gets the description of every dimension, in <see cref="BondDimension"/> order.</summary>
    public static IReadOnlyList<BondDimensionInfo> All { get; } = Array.AsReadOnly(Infos);

    /// <summary>Gets the description of <paramref name="dimension"/>.</summary>
    /// <param name="dimension">A defined dimension.</param>
    /// <returns>The dimension's names, poles and source.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="dimension"/> is not a defined <see cref="BondDimension"/>.</exception>
    public static BondDimensionInfo Get(BondDimension dimension)
    {
        ThrowIfUndefined(dimension);
        return Infos[(int)dimension];
    }

    /// <summary>Tries to find the dimension with the kebab-case name <paramref name="kebabName"/> (case-insensitive, surrounding white space ignored).</summary>
    /// <param name="kebabName">A kebab-case name such as <c>switching-ease</c>.</param>
    /// <param name="dimension">The dimension found, or the <c>default</c> when none is.</param>
    /// <returns><see langword="true"/> when a dimension has that name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? kebabName, out BondDimension dimension)
    {
        var trimmed = kebabName?.Trim();
        foreach (var info in Infos)
        {
            if (string.Equals(info.KebabName, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                dimension = info.Dimension;
                return true;
            }
        }

        dimension = default;
        return false;
    }

    /// <summary>Finds the dimension with the kebab-case name <paramref name="kebabName"/> (case-insensitive, surrounding white space ignored).</summary>
    /// <param name="kebabName">A kebab-case name such as <c>switching-ease</c>.</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="kebabName"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when no dimension has that name; the message lists the known names.</exception>
    public static BondDimension Parse(string kebabName)
    {
        ArgumentNullException.ThrowIfNull(kebabName);
        if (!TryParse(kebabName, out var dimension))
        {
            throw new ArgumentException(
                $"kebabName must be one of {KnownNames}; was {Preconditions.Format(kebabName)}.", nameof(kebabName));
        }

        return dimension;
    }

    /// <summary>Gets the dimensions that play <paramref name="role"/>, in <see cref="BondDimension"/> order.</summary>
    /// <param name="role">The role.</param>
    /// <returns>For <see cref="BondDimensionRole.Factor"/>: category involvement and switching ease.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="role"/> is not a defined value.</exception>
    public static IReadOnlyList<BondDimension> InRole(BondDimensionRole role)
    {
        Preconditions.Defined(role);
        return Array.AsReadOnly(Infos.Where(i => i.Role == role).Select(i => i.Dimension).ToArray());
    }

    /// <summary>Gets the kebab-case names of all dimensions, comma-separated, for messages.</summary>
    internal static string KnownNames { get; } = string.Join(", ", Infos.Select(i => i.KebabName));

    /// <summary>Throws when <paramref name="dimension"/> is not a defined value.</summary>
    internal static void ThrowIfUndefined(BondDimension dimension, string paramName = "dimension")
    {
        if (dimension < 0 || (int)dimension >= Infos.Length)
        {
            throw new ArgumentOutOfRangeException(paramName, dimension, $"{paramName} must be a defined BondDimension; was {(int)dimension}.");
        }
    }
}
