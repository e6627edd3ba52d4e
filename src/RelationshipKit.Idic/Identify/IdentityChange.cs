namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents one entry of the merge and split history: how the clusters of two resolutions of the same records
/// differ, with the reason.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class IdentityChange
{
    internal IdentityChange(IdentityChangeKind kind, CustomerId[] before, CustomerId[] after, string[] reasons)
    {
        Kind = kind;
        Before = Array.AsReadOnly(before);
        After = Array.AsReadOnly(after);
        Reasons = Array.AsReadOnly(reasons);
    }

    /// <summary>Gets whether clusters merged or split.</summary>
    public IdentityChangeKind Kind { get; }

    /// <summary>Gets the cluster ids in the earlier resolution, in ordinal order.</summary>
    public IReadOnlyList<CustomerId> Before { get; }

    /// <summary>Gets the cluster ids in the later resolution, in ordinal order.</summary>
    public IReadOnlyList<CustomerId> After { get; }

    /// <summary>Gets the explanations: the links that joined the clusters (<c>linked by phone +48*******67</c>), or why they parted.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>Returns the change and its reasons on one line.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{(Kind == IdentityChangeKind.Merged ? "merged" : "split")} {string.Join(" + ", Before)} -> {string.Join(" + ", After)}: {string.Join("; ", Reasons)}";
}
