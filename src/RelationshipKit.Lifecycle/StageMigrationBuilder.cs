using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents how the stages of an older version of a definition map to the current one: renames and merges, by the
/// stage names that the older version wrote. A name not mentioned maps to the current stage of the same name.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <remarks>Declared with <see cref="LifecycleBuilder{TStage, TTrigger}.MigrateFrom"/>. Mutable and not thread-safe, like the builder.</remarks>
[Mutable]
public sealed class StageMigrationBuilder<TStage>
    where TStage : struct, Enum
{
    internal StageMigrationBuilder(int fromVersion) => FromVersion = fromVersion;

    /// <summary>Gets the older version this migration reads.</summary>
    public int FromVersion { get; }

    internal Dictionary<string, TStage> Map { get; } = new(StringComparer.Ordinal);

    /// <summary>Maps the stage the older version called <paramref name="oldName"/> to <paramref name="stage"/>.</summary>
    /// <param name="oldName">The stage name as the older version wrote it.</param>
    /// <param name="stage">The current stage.</param>
    /// <returns>This migration.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="oldName"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="oldName"/> is empty or already mapped.</exception>
    public StageMigrationBuilder<TStage> Rename(string oldName, TStage stage)
    {
        Text.Required(oldName, 200, nameof(oldName));
        if (!Map.TryAdd(oldName, stage))
        {
            throw new ArgumentException($"oldName must be mapped once; \"{oldName}\" already maps to {EnumTable<TStage>.NameOf(Map[oldName])}.", nameof(oldName));
        }

        return this;
    }

    /// <summary>Maps several stages of the older version to one current stage.</summary>
    /// <param name="oldNames">The stage names as the older version wrote them.</param>
    /// <param name="into">The current stage.</param>
    /// <returns>This migration.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="oldNames"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="oldNames"/> is empty, or a name is empty or already mapped.</exception>
    public StageMigrationBuilder<TStage> Merge(IEnumerable<string> oldNames, TStage into)
    {
        ArgumentNullException.ThrowIfNull(oldNames);
        var names = oldNames.ToList();
        if (names.Count == 0)
        {
            throw new ArgumentException("oldNames must name at least one stage; was empty.", nameof(oldNames));
        }

        foreach (var name in names)
        {
            Rename(name, into);
        }

        return this;
    }
}
