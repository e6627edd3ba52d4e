namespace RelationshipKit.Benefits;

/// <summary>
/// Represents one relational benefit a customer may draw from a relationship: a kebab-case name, its
/// <see cref="BenefitCategory"/>, its <see cref="BenefitNature"/> and its <see cref="ValueRecipient"/>.
/// </summary>
/// <remarks>
/// <para>Each category has a standard benefit of the same name (<see cref="Confidence"/>, <see cref="Social"/>,
/// <see cref="SpecialTreatment"/>, <see cref="Purpose"/>, <see cref="Experience"/>); finer benefits are created with
/// the constructor, for example <c>new Benefit("faster-service", BenefitCategory.SpecialTreatment, BenefitNature.Functional, ValueRecipient.Individual)</c>.</para>
/// <para>The standard natures: special treatment is functional; confidence, social, purpose and experience
/// benefits are emotional (Gwinner, Gremler &amp; Bitner 1998 call confidence and social benefits psychological and
/// social). The standard recipient is <see cref="ValueRecipient.Individual"/>.</para>
/// <para>Equality compares all four properties; names are compared ordinally. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class Benefit : IEquatable<Benefit>
{
    /// <summary>The longest name accepted, in characters.</summary>
    public const int MaxNameLength = 64;

    private static readonly Benefit[] StandardBenefits =
    [
        new("confidence", BenefitCategory.Confidence, BenefitNature.Emotional, ValueRecipient.Individual),
        new("social", BenefitCategory.Social, BenefitNature.Emotional, ValueRecipient.Individual),
        new("special-treatment", BenefitCategory.SpecialTreatment, BenefitNature.Functional, ValueRecipient.Individual),
        new("purpose", BenefitCategory.Purpose, BenefitNature.Emotional, ValueRecipient.Individual),
        new("experience", BenefitCategory.Experience, BenefitNature.Emotional, ValueRecipient.Individual),
    ];

    /// <summary>Initializes a new <see cref="Benefit"/>.</summary>
    /// <param name="name">The kebab-case name: lower-case ASCII letters and digits in groups joined by single hyphens, at most <see cref="MaxNameLength"/> characters, for example <c>faster-service</c>.</param>
    /// <param name="category">The benefit category.</param>
    /// <param name="nature">Whether the benefit is functional or emotional.</param>
    /// <param name="recipient">Who receives the value: the individual or the organisation.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is not a kebab-case name of at most <see cref="MaxNameLength"/> characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="category"/>, <paramref name="nature"/> or <paramref name="recipient"/> is not a defined value.</exception>
    public Benefit(string name, BenefitCategory category, BenefitNature nature, ValueRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValidName(name))
        {
            throw new ArgumentException(
                $"name must be kebab-case (lower-case ASCII letters and digits joined by single hyphens) and at most {MaxNameLength} characters; was {Preconditions.Format(name)}.",
                nameof(name));
        }

        Preconditions.Defined(category);
        Preconditions.Defined(nature);
        Preconditions.Defined(recipient);
        Name = name;
        Category = category;
        Nature = nature;
        Recipient = recipient;
    }

    /// <summary>Gets the standard confidence benefit (<c>confidence</c>, emotional, individual).</summary>
    public static Benefit Confidence => StandardBenefits[0];

    /// <summary>Gets the standard social benefit (<c>social</c>, emotional, individual).</summary>
    public static Benefit Social => StandardBenefits[1];

    /// <summary>Gets the standard special-treatment benefit (<c>special-treatment</c>, functional, individual).</summary>
    public static Benefit SpecialTreatment => StandardBenefits[2];

    /// <summary>Gets the standard purpose benefit (<c>purpose</c>, emotional, individual).</summary>
    public static Benefit Purpose => StandardBenefits[3];

    /// <summary>Gets the standard experience benefit (<c>experience</c>, emotional, individual).</summary>
    public static Benefit Experience => StandardBenefits[4];

    /// <summary>Gets the five standard benefits, one per <see cref="BenefitCategory"/>, in category order.</summary>
    public static IReadOnlyList<Benefit> Standard { get; } = Array.AsReadOnly(StandardBenefits);

    /// <summary>Gets the kebab-case name, for example <c>special-treatment</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the benefit category.</summary>
    public BenefitCategory Category { get; }

    /// <summary>Gets whether the benefit is functional or emotional.</summary>
    public BenefitNature Nature { get; }

    /// <summary>Gets who receives the value of the benefit.</summary>
    public ValueRecipient Recipient { get; }

    /// <summary>Determines whether two benefits are equal (name, category, nature and recipient).</summary>
    /// <param name="left">The first benefit.</param>
    /// <param name="right">The second benefit.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(Benefit? left, Benefit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two benefits differ.</summary>
    /// <param name="left">The first benefit.</param>
    /// <param name="right">The second benefit.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Benefit? left, Benefit? right) => !(left == right);

    /// <summary>Gets the standard benefit of <paramref name="category"/>.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The standard benefit, named after the category in kebab case.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="category"/> is not a defined value.</exception>
    public static Benefit ForCategory(BenefitCategory category)
    {
        Preconditions.Defined(category);
        return StandardBenefits[(int)category];
    }

    /// <summary>Returns this benefit with another nature.</summary>
    /// <param name="nature">The new nature.</param>
    /// <returns>A benefit equal to this one except for its nature.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="nature"/> is not a defined value.</exception>
    public Benefit WithNature(BenefitNature nature) => new(Name, Category, nature, Recipient);

    /// <summary>Returns this benefit with another value recipient.</summary>
    /// <param name="recipient">The new recipient.</param>
    /// <returns>A benefit equal to this one except for its recipient.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="recipient"/> is not a defined value.</exception>
    public Benefit WithRecipient(ValueRecipient recipient) => new(Name, Category, Nature, recipient);

    /// <inheritdoc />
    public bool Equals(Benefit? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Category == other.Category
        && Nature == other.Nature
        && Recipient == other.Recipient;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Benefit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Category, Nature, Recipient);

    /// <summary>Returns the name.</summary>
    /// <returns>The kebab-case name.</returns>
    public override string ToString() => Name;

    /// <summary>Orders benefits by category, then name, nature and recipient (the order of reports).</summary>
    internal static int CompareForReport(Benefit left, Benefit right)
    {
        var byCategory = left.Category.CompareTo(right.Category);
        if (byCategory != 0)
        {
            return byCategory;
        }

        var byName = string.CompareOrdinal(left.Name, right.Name);
        return byName != 0 ? byName
            : left.Nature != right.Nature ? left.Nature.CompareTo(right.Nature)
            : left.Recipient.CompareTo(right.Recipient);
    }

    private static bool IsValidName(string name)
    {
        if (name.Length is 0 or > MaxNameLength || name[0] == '-' || name[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var ok = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && name[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
