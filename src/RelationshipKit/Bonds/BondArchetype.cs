namespace RelationshipKit.Bonds;

/// <summary>
/// Represents a bond archetype: a named form of relationship (for example committed partnership) with a signature,
/// the scores it has on some of the <see cref="BondDimension"/>s and how much each of them weighs.
/// </summary>
/// <remarks>
/// <para>The built-in archetypes are Fournier's (1998) fifteen relationship forms in
/// <see cref="BondArchetypeCatalog.Fournier"/>; define your own with this constructor and put them in a
/// <see cref="BondArchetypeCatalog"/>.</para>
/// <para>Equality is reference equality; within a catalogue, archetypes are told apart by <see cref="Id"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BondArchetype
{
    private readonly BondTarget[] _signature;

    /// <summary>Initializes a new <see cref="BondArchetype"/>.</summary>
    /// <param name="id">The identifier: kebab-case, lower-case letters and digits in words joined by single hyphens, at most 64 characters, for example <c>committed-partnership</c>.</param>
    /// <param name="displayName">The name shown to people, for example <c>Committed partnership</c>.</param>
    /// <param name="description">What the relationship is like, in a sentence or two.</param>
    /// <param name="signature">The archetype's targets, at least one, each dimension at most once.</param>
    /// <param name="source">Where the archetype comes from (authors, year); may be empty for your own archetypes.</param>
    /// <exception cref="ArgumentNullException">Thrown when any argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="id"/> is not kebab-case, <paramref name="displayName"/> is empty or white space, or <paramref name="signature"/> is empty, names a dimension twice or holds a <c>default</c> target (weight 0).</exception>
    public BondArchetype(string id, string displayName, string description, IEnumerable<BondTarget> signature, string source)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(displayName);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(source);
        if (!IsKebabCase(id))
        {
            throw new ArgumentException(
                $"id must be kebab-case (lower-case letters and digits, words joined by single hyphens, at most {MaxIdLength} characters); was {Preconditions.Format(id)}.",
                nameof(id));
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            throw new ArgumentException($"displayName must not be empty or white space; was {Preconditions.Format(displayName)}.", nameof(displayName));
        }

        var targets = signature.ToArray();
        if (targets.Length == 0)
        {
            throw new ArgumentException($"signature must have at least one target; archetype {id} has none.", nameof(signature));
        }

        var seen = new bool[BondDimensions.Count];
        foreach (var target in targets)
        {
            if (target.Weight == 0)
            {
                throw new ArgumentException(
                    $"signature must not hold a default BondTarget (weight 0); archetype {id} does. Create targets with a constructor.", nameof(signature));
            }

            if (seen[(int)target.Dimension])
            {
                throw new ArgumentException(
                    $"signature must name each dimension at most once; archetype {id} names {BondDimensions.Get(target.Dimension).KebabName} twice.", nameof(signature));
            }

            seen[(int)target.Dimension] = true;
        }

        Array.Sort(targets, (a, b) => a.Dimension.CompareTo(b.Dimension));
        _signature = targets;
        Signature = Array.AsReadOnly(targets);
        Id = id;
        DisplayName = displayName.Trim();
        Description = description;
        Source = source;
        SignatureProfile = new BondProfile(targets.Select(t => new BondScore(t.Dimension, t.Score)));
    }

    /// <summary>The longest identifier accepted.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Gets the kebab-case identifier, for example <c>committed-partnership</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the name shown to people, for example <c>Committed partnership</c>.</summary>
    public string DisplayName { get; }

    /// <summary>Gets what the relationship is like.</summary>
    public string Description { get; }

    /// <summary>Gets the signature: the archetype's targets, in <see cref="BondDimension"/> order.</summary>
    public IReadOnlyList<BondTarget> Signature { get; }

    /// <summary>Gets the signature's scores as a profile (without the weights).</summary>
    public BondProfile SignatureProfile { get; }

    /// <summary>Gets where the archetype comes from (authors, year), or the empty string.</summary>
    public string Source { get; }

    /// <summary>Tries to get the archetype's target on <paramref name="dimension"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="target">The target, or the <c>default</c> when the signature does not name <paramref name="dimension"/>.</param>
    /// <returns><see langword="true"/> when the signature names <paramref name="dimension"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="dimension"/> is not defined.</exception>
    public bool TryGetTarget(BondDimension dimension, out BondTarget target)
    {
        BondDimensions.ThrowIfUndefined(dimension);
        foreach (var candidate in _signature)
        {
            if (candidate.Dimension == dimension)
            {
                target = candidate;
                return true;
            }
        }

        target = default;
        return false;
    }

    /// <summary>Returns the identifier.</summary>
    /// <returns>The <see cref="Id"/>.</returns>
    public override string ToString() => Id;

    private static bool IsKebabCase(string id)
    {
        if (id.Length is 0 or > MaxIdLength || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
