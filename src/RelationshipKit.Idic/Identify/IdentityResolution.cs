namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents the result of one identity resolution: the customers (clusters of channel records), the splits made
/// by hard identifiers, the soft links left ambiguous and the identifiers that could not be normalised.
/// </summary>
/// <remarks>
/// <para>Everything here is ordered by ordinal record or cluster id, so two resolutions of the same records in any
/// order are equal item by item. Explanations (<see cref="Explain"/>, <see cref="ChangesSince"/>) are computed on
/// demand from the records, so a resolution of a million records holds no link list it was not asked for.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class IdentityResolution
{
    private readonly IdentityResolver _resolver;
    private readonly ChannelRecord[] _records;
    private readonly Dictionary<string, int> _index;
    private readonly int[] _clusterOfRecord;

    private IdentityResolution(
        IdentityResolver resolver, ChannelRecord[] records, Dictionary<string, int> index, int[] clusterOfRecord, IdentityCluster[] clusters,
        AmbiguousLink[] ambiguous, IdentitySplit[] splits, RejectedIdentifier[] rejected)
    {
        _resolver = resolver;
        _records = records;
        _index = index;
        _clusterOfRecord = clusterOfRecord;
        Clusters = Array.AsReadOnly(clusters);
        AmbiguousLinks = Array.AsReadOnly(ambiguous);
        Splits = Array.AsReadOnly(splits);
        RejectedIdentifiers = Array.AsReadOnly(rejected);
    }

    /// <summary>Gets how many channel records were resolved.</summary>
    public int RecordCount => _records.Length;

    /// <summary>Gets the customers found, in ordinal order of their ids.</summary>
    public IReadOnlyList<IdentityCluster> Clusters { get; }

    /// <summary>Gets the soft links across splits, which were reported and not merged, in ordinal order.</summary>
    public IReadOnlyList<AmbiguousLink> AmbiguousLinks { get; }

    /// <summary>Gets the components split by a hard identifier, in ordinal order of their first cluster.</summary>
    public IReadOnlyList<IdentitySplit> Splits { get; }

    /// <summary>Gets the identifiers that could not be normalised, in ordinal order of record id.</summary>
    public IReadOnlyList<RejectedIdentifier> RejectedIdentifiers { get; }

    /// <summary>Gets the cluster that holds the record <paramref name="recordId"/>.</summary>
    /// <param name="recordId">A record id of the input.</param>
    /// <returns>The cluster.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="recordId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">Thrown when no input record has that id.</exception>
    public IdentityCluster ClusterOf(string recordId)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        return TryGetCluster(recordId, out var cluster)
            ? cluster
            : throw new KeyNotFoundException($"recordId must be the id of a resolved record; was {Guard.Format(recordId)}.");
    }

    /// <summary>Tries to get the cluster that holds the record <paramref name="recordId"/>.</summary>
    /// <param name="recordId">A record id.</param>
    /// <param name="cluster">The cluster when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when an input record has that id.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="recordId"/> is null.</exception>
    public bool TryGetCluster(string recordId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IdentityCluster? cluster)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        if (_index.TryGetValue(recordId, out var i))
        {
            cluster = Clusters[_clusterOfRecord[i]];
            return true;
        }

        cluster = null;
        return false;
    }

    /// <summary>Explains why the records of <paramref name="cluster"/> belong together: a spanning set of links, each a shared identifier (masked).</summary>
    /// <param name="cluster">A cluster of this resolution.</param>
    /// <returns>One link per record after the first that joined through a shared identifier, in ordinal order of record id; empty for a one-record cluster.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="cluster"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="cluster"/> is not from this resolution.</exception>
    public IReadOnlyList<IdentityLink> Explain(IdentityCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        if (!TryGetCluster(cluster.RecordIds[0], out var own) || !ReferenceEquals(own, cluster))
        {
            throw new ArgumentException($"cluster must come from this resolution; was {cluster.Id}.", nameof(cluster));
        }

        return Links(cluster.RecordIds);
    }

    /// <summary>Lists the merges and splits between <paramref name="previous"/> and this resolution, over the records both hold: the merge and split history with explanations.</summary>
    /// <param name="previous">An earlier resolution.</param>
    /// <returns>The changes: merges in ordinal order of the merged cluster, then splits in ordinal order of the earlier cluster.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="previous"/> is null.</exception>
    public IReadOnlyList<IdentityChange> ChangesSince(IdentityResolution previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var changes = new List<IdentityChange>();
        foreach (var cluster in Clusters)
        {
            var before = new SortedSet<CustomerId>();
            foreach (var id in cluster.RecordIds)
            {
                if (previous.TryGetCluster(id, out var old))
                {
                    before.Add(old.Id);
                }
            }

            if (before.Count < 2)
            {
                continue;
            }

            var reasons = Links(cluster.RecordIds)
                .Where(l => previous.TryGetCluster(l.FromRecordId, out var a) && previous.TryGetCluster(l.ToRecordId, out var b) && a.Id != b.Id)
                .Select(l => l.ToString())
                .ToArray();
            changes.Add(new IdentityChange(IdentityChangeKind.Merged, [.. before], [cluster.Id], reasons));
        }

        foreach (var old in previous.Clusters)
        {
            var after = new SortedSet<CustomerId>();
            foreach (var id in old.RecordIds)
            {
                if (TryGetCluster(id, out var now))
                {
                    after.Add(now.Id);
                }
            }

            if (after.Count < 2)
            {
                continue;
            }

            var reasons = Splits.Where(s => s.Clusters.Any(after.Contains)).Select(s => s.ToString()).ToList();
            if (reasons.Count == 0)
            {
                reasons.Add("no shared identifier links these records any more (a record was removed or its identifiers changed)");
            }

            changes.Add(new IdentityChange(IdentityChangeKind.Split, [old.Id], [.. after], [.. reasons]));
        }

        return changes;
    }

    /// <summary>Returns the counts of records, clusters, splits, ambiguous links and rejected identifiers.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"{RecordCount} records -> {Clusters.Count} customers ({Splits.Count} splits, {AmbiguousLinks.Count} ambiguous links, {RejectedIdentifiers.Count} rejected identifiers)";

    internal static IdentityResolution Assemble(
        IdentityResolver resolver, ChannelRecord[] records, Dictionary<string, int> index, int[] label, int labelCount,
        Dictionary<int, string> reviewReasons, List<AmbiguousLink> ambiguous, List<IdentitySplit> splits, RejectedIdentifier[] rejected)
    {
        var n = records.Length;

        // Counting sort of records by label.
        var start = new int[labelCount + 1];
        foreach (var l in label)
        {
            start[l + 1]++;
        }

        for (var l = 0; l < labelCount; l++)
        {
            start[l + 1] += start[l];
        }

        var order = new int[n];
        var fill = (int[])start.Clone();
        for (var i = 0; i < n; i++)
        {
            order[fill[label[i]]++] = i;
        }

        var clusters = new List<(IdentityCluster Cluster, int Label)>();
        var channels = new List<Channel>(4);
        for (var l = 0; l < labelCount; l++)
        {
            var size = start[l + 1] - start[l];
            if (size == 0)
            {
                continue;
            }

            var ids = new string[size];
            channels.Clear();
            string? reason = null;
            for (var k = 0; k < size; k++)
            {
                var record = records[order[start[l] + k]];
                ids[k] = record.Id;
                if (!channels.Contains(record.Channel))
                {
                    channels.Add(record.Channel);
                }

                if (reason is null && reviewReasons.TryGetValue(order[start[l] + k], out var r))
                {
                    reason = r;
                }
            }

            if (size > 1)
            {
                Array.Sort(ids, StringComparer.Ordinal);
            }

            var channelArray = channels.ToArray();
            if (channelArray.Length > 1)
            {
                Array.Sort(channelArray);
            }

            clusters.Add((new IdentityCluster(new CustomerId(ids[0]), ids, channelArray, reason), l));
        }

        clusters.Sort((a, b) => string.CompareOrdinal(a.Cluster.Id.Value, b.Cluster.Id.Value));
        var clusterOfLabel = new int[labelCount];
        for (var c = 0; c < clusters.Count; c++)
        {
            clusterOfLabel[clusters[c].Label] = c;
        }

        var clusterOfRecord = new int[n];
        for (var i = 0; i < n; i++)
        {
            clusterOfRecord[i] = clusterOfLabel[label[i]];
        }

        ambiguous.Sort((a, b) =>
        {
            var c = a.FirstCluster.CompareTo(b.FirstCluster);
            c = c != 0 ? c : a.SecondCluster.CompareTo(b.SecondCluster);
            c = c != 0 ? c : a.Kind.CompareTo(b.Kind);
            return c != 0 ? c : string.CompareOrdinal(a.MaskedValue, b.MaskedValue);
        });
        splits.Sort((a, b) => a.Clusters[0].CompareTo(b.Clusters[0]));
        Array.Sort(rejected, (a, b) =>
        {
            var c = string.CompareOrdinal(a.RecordId, b.RecordId);
            c = c != 0 ? c : a.Identifier.Kind.CompareTo(b.Identifier.Kind);
            return c != 0 ? c : string.CompareOrdinal(a.Identifier.Value, b.Identifier.Value);
        });
        return new IdentityResolution(resolver, records, index, clusterOfRecord, [.. clusters.Select(c => c.Cluster)], [.. ambiguous], [.. splits], rejected);
    }

    private IdentityLink[] Links(System.Collections.Immutable.ImmutableArray<string> recordIds)
    {
        var local = new UnionFind(recordIds.Length);
        var firstHolder = new Dictionary<string, int>(StringComparer.Ordinal);
        var links = new List<IdentityLink>();
        for (var k = 0; k < recordIds.Length; k++)
        {
            var record = _records[_index[recordIds[k]]];
            foreach (var identifier in record.IdentifierArray)
            {
                if (!_resolver.Normalizer.TryNormalizeKey(identifier, out var key))
                {
                    continue;
                }

                if (!firstHolder.TryGetValue(key, out var other))
                {
                    firstHolder[key] = k;
                }
                else if (local.Union(other, k))
                {
                    links.Add(new IdentityLink(recordIds[other], recordIds[k], identifier.Kind, IdentifierMask.Mask(identifier.Kind, key[1..])));
                }
            }
        }

        return [.. links];
    }
}
