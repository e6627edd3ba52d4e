using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents one customer as identity resolution found him: the channel records that belong together.
/// </summary>
/// <remarks>
/// <para><see cref="Id"/> is the smallest record id of the cluster (ordinal), so it does not depend on the order of
/// the input and stays the same between runs while that record stays in the cluster. When two clusters merge, the
/// merged cluster takes the smaller of their ids.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class IdentityCluster
{
    internal IdentityCluster(CustomerId id, string[] recordIds, Channel[] channels, string? reviewReason)
    {
        Id = id;
        // The arrays are the resolver's own, never shared: wrapping them without a copy keeps a million-record
        // resolution to one allocation per list.
        RecordIds = ImmutableCollectionsMarshal.AsImmutableArray(recordIds);
        Channels = ImmutableCollectionsMarshal.AsImmutableArray(channels);
        ReviewReason = reviewReason;
    }

    /// <summary>Gets the customer id of the cluster: its smallest record id.</summary>
    public CustomerId Id { get; }

    /// <summary>Gets the ids of the records in the cluster, in ordinal order.</summary>
    public ImmutableArray<string> RecordIds { get; }

    /// <summary>Gets the distinct channels of the records, in ordinal order.</summary>
    public ImmutableArray<Channel> Channels { get; }

    /// <summary>Gets a value indicating whether a person should look at this cluster before it is trusted.</summary>
    public bool NeedsReview => ReviewReason is not null;

    /// <summary>Gets why the cluster needs review (a record left apart because it is soft-linked to two customers, or one whose hard identifiers contradict each other); <see langword="null"/> when it does not.</summary>
    public string? ReviewReason { get; }

    /// <summary>Returns the id, the number of records and the channels.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id} ({RecordIds.Length} records: {string.Join(", ", Channels)})";
}
