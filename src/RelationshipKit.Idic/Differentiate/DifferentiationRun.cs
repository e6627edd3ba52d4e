namespace RelationshipKit.Idic.Differentiate;

/// <summary>
/// Represents one batch run of the differentiate step: value tiers through the core's
/// <see cref="ValueTiers"/> with the migrations since the last run, and needs segments.
/// </summary>
/// <remarks>
/// Value figures come in as plain numbers on <see cref="CustomerValuation"/> (for example a CLV computed by
/// RelationshipKit.Value): this package references no other feature package. Equality is reference equality. This
/// type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class DifferentiationRun
{
    private DifferentiationRun(ValueTierAssignment tiers, IReadOnlyList<ValueTierMigration> migrations, NeedsSegmentation needs)
    {
        Tiers = tiers;
        Migrations = migrations;
        Needs = needs;
    }

    /// <summary>Gets the value tiers of this run.</summary>
    public ValueTierAssignment Tiers { get; }

    /// <summary>Gets the customers who changed tier since the previous run (empty on a first run).</summary>
    public IReadOnlyList<ValueTierMigration> Migrations { get; }

    /// <summary>Gets the needs segments of this run.</summary>
    public NeedsSegmentation Needs { get; }

    /// <summary>Runs the differentiate step over a customer base.</summary>
    /// <param name="valuations">Each customer's actual and potential value and cost to serve.</param>
    /// <param name="needs">Each customer's needs evidence.</param>
    /// <param name="thresholds">The tier thresholds; <see langword="null"/> for <see cref="ValueTierThresholds.Default"/>.</param>
    /// <param name="previous">The previous run, to list the migrations since; <see langword="null"/> on a first run.</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="valuations"/> or <paramref name="needs"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown by <see cref="ValueTiers.Assign(IEnumerable{CustomerValuation}, ValueTierThresholds)"/> or <see cref="NeedsSegmentation.Assign"/> for invalid input.</exception>
    public static DifferentiationRun Run(
        IEnumerable<CustomerValuation> valuations, IEnumerable<NeedsEvidence> needs, ValueTierThresholds? thresholds = null, DifferentiationRun? previous = null)
    {
        ArgumentNullException.ThrowIfNull(valuations);
        ArgumentNullException.ThrowIfNull(needs);
        var tiers = ValueTiers.Assign(valuations, thresholds ?? ValueTierThresholds.Default);
        var migrations = previous is null ? Array.Empty<ValueTierMigration>() : ValueTiers.Migrations(previous.Tiers, tiers);
        return new DifferentiationRun(tiers, migrations, NeedsSegmentation.Assign(needs));
    }

    /// <summary>Returns the tier counts, migrations and segments.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Tiers}; {Migrations.Count} migrations; {Needs}";
}
