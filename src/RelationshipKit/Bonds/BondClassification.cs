using System.Diagnostics.CodeAnalysis;

namespace RelationshipKit.Bonds;

/// <summary>
/// Represents the result of <see cref="BondClassifier.Classify(BondProfile)"/>: the archetypes that could be compared
/// with the profile, ranked from the best match, and those that could not.
/// </summary>
/// <remarks>
/// <para>An archetype can be compared when the profile scores at least one dimension of its signature. When the
/// profile scores none of the catalogue's dimensions (for example the empty profile), <see cref="HasMatch"/> is
/// <see langword="false"/> and <see cref="Matches"/> is empty: that is an expected outcome, not an error.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BondClassification
{
    private readonly BondMatch[] _matches;

    internal BondClassification(BondProfile profile, BondMatch[] matches, BondArchetype[] notCompared)
    {
        Profile = profile;
        _matches = matches;
        Matches = Array.AsReadOnly(matches);
        NotCompared = Array.AsReadOnly(notCompared);
    }

    /// <summary>Gets the profile classified.</summary>
    public BondProfile Profile { get; }

    /// <summary>Gets the archetypes compared, best match first.</summary>
    public IReadOnlyList<BondMatch> Matches { get; }

    /// <summary>Gets the archetypes that share no dimension with the profile and so were not compared, in catalogue order.</summary>
    public IReadOnlyList<BondArchetype> NotCompared { get; }

    /// <summary>Gets a value indicating whether at least one archetype could be compared.</summary>
    [MemberNotNullWhen(true, nameof(Best))]
    public bool HasMatch => _matches.Length > 0;

    /// <summary>Gets the best match, or <see langword="null"/> when no archetype could be compared.</summary>
    public BondMatch? Best => _matches.Length > 0 ? _matches[0] : null;

    /// <summary>Tries to find the match of the archetype with identifier <paramref name="archetypeId"/>.</summary>
    /// <param name="archetypeId">An archetype identifier such as <c>committed-partnership</c>.</param>
    /// <param name="match">The match, or <see langword="null"/> when that archetype was not compared or is not in the catalogue.</param>
    /// <returns><see langword="true"/> when the archetype was compared.</returns>
    public bool TryGetMatch([NotNullWhen(true)] string? archetypeId, [NotNullWhen(true)] out BondMatch? match)
    {
        match = _matches.FirstOrDefault(m => string.Equals(m.Archetype.Id, archetypeId, StringComparison.Ordinal));
        return match is not null;
    }

    /// <summary>Returns the best match, or a note that nothing could be compared.</summary>
    /// <returns>A short description of the classification.</returns>
    public override string ToString() => Best?.ToString() ?? "no archetype could be compared with the profile";
}
