using System.Diagnostics.CodeAnalysis;

namespace RelationshipKit.Bonds;

/// <summary>
/// Represents a catalogue of bond archetypes that <see cref="BondClassifier"/> matches profiles against:
/// Fournier's fifteen relationship forms (<see cref="Fournier"/>) or your own.
/// </summary>
/// <remarks>
/// <para>The catalogue is data: build your own from any archetypes, for example
/// <c>new BondArchetypeCatalog(BondArchetypeCatalog.Fournier.Archetypes.Append(myArchetype))</c>.
/// Identifiers are unique within a catalogue (compared ordinally; they are lower-case by construction).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BondArchetypeCatalog
{
    private readonly BondArchetype[] _archetypes;
    private readonly Dictionary<string, int> _indexById;

    /// <summary>Initializes a new <see cref="BondArchetypeCatalog"/> holding <paramref name="archetypes"/> in the given order.</summary>
    /// <param name="archetypes">The archetypes: at least one, no null, identifiers unique.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="archetypes"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="archetypes"/> is empty, holds a null, or holds two archetypes with the same identifier.</exception>
    public BondArchetypeCatalog(IEnumerable<BondArchetype> archetypes)
    {
        ArgumentNullException.ThrowIfNull(archetypes);
        var array = archetypes.ToArray();
        if (array.Length == 0)
        {
            throw new ArgumentException("archetypes must hold at least one archetype; was empty.", nameof(archetypes));
        }

        _indexById = new Dictionary<string, int>(array.Length, StringComparer.Ordinal);
        for (var i = 0; i < array.Length; i++)
        {
            var archetype = array[i]
                ?? throw new ArgumentException($"archetypes must not hold null; the item at index {i} is null.", nameof(archetypes));
            if (!_indexById.TryAdd(archetype.Id, i))
            {
                throw new ArgumentException($"archetypes must have unique identifiers; {archetype.Id} appears twice.", nameof(archetypes));
            }
        }

        _archetypes = array;
        Archetypes = Array.AsReadOnly(array);
    }

    /// <summary>Gets Fournier's (1998) fifteen consumer–brand relationship forms, in her order, with this project's signatures.</summary>
    /// <remarks>See <see cref="FournierArchetypes"/> for the identifiers and the source.</remarks>
    public static BondArchetypeCatalog Fournier { get; } = new(FournierArchetypes.Create());

    /// <summary>Gets the archetypes, in catalogue order (which breaks ties when classifying).</summary>
    public IReadOnlyList<BondArchetype> Archetypes { get; }

    /// <summary>Gets the number of archetypes.</summary>
    public int Count => _archetypes.Length;

    /// <summary>Tries to find the archetype with identifier <paramref name="id"/>.</summary>
    /// <param name="id">An identifier such as <c>committed-partnership</c>.</param>
    /// <param name="archetype">The archetype, or <see langword="null"/> when none has that identifier.</param>
    /// <returns><see langword="true"/> when the catalogue holds an archetype with that identifier.</returns>
    public bool TryGet([NotNullWhen(true)] string? id, [NotNullWhen(true)] out BondArchetype? archetype)
    {
        if (id is not null && _indexById.TryGetValue(id, out var index))
        {
            archetype = _archetypes[index];
            return true;
        }

        archetype = null;
        return false;
    }

    /// <summary>Gets the archetype with identifier <paramref name="id"/>.</summary>
    /// <param name="id">An identifier such as <c>committed-partnership</c>.</param>
    /// <returns>The archetype.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when no archetype has that identifier; the message lists the known identifiers.</exception>
    public BondArchetype Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!TryGet(id, out var archetype))
        {
            throw new ArgumentException($"id must be one of {KnownIds}; was {Preconditions.Format(id)}.", nameof(id));
        }

        return archetype;
    }

    /// <summary>Gets the identifiers of all archetypes, comma-separated, for messages.</summary>
    internal string KnownIds => string.Join(", ", _archetypes.Select(a => a.Id));

    /// <summary>Gets the catalogue position of <paramref name="archetype"/>.</summary>
    internal int IndexOf(BondArchetype archetype) => _indexById[archetype.Id];
}
