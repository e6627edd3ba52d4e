using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Resolves channel records into customers (the identify step of IDIC): records that share a normalised identifier
/// belong to one customer, unless they hold different values of a hard identifier.
/// </summary>
/// <remarks>
/// <para>Resolution is defined on the whole link graph, so its result does not depend on the order of the records:</para>
/// <list type="number">
/// <item><description>Every identifier is normalised (<see cref="IdentifierNormalizer"/>); one that cannot be is
/// reported in <see cref="IdentityResolution.RejectedIdentifiers"/> and links nothing.</description></item>
/// <item><description>Records sharing a normal form are linked; each connected component of this graph is one
/// customer, unless it holds two different values of a hard identifier kind
/// (<see cref="IdentityResolutionOptions.HardKinds"/>).</description></item>
/// <item><description>Such a component is split by the hard identifier: records sharing a hard value form one
/// customer; a group of records without hard values joins the one customer it is soft-linked to, and stays apart
/// for review when it is soft-linked to several; a record holding two values of one hard kind (or a group whose hard
/// identifiers contradict each other through a second hard kind) is left alone for review. The soft links across
/// the split are reported in <see cref="IdentityResolution.AmbiguousLinks"/>, never merged.</description></item>
/// </list>
/// <para>A cluster's id is its smallest record id (ordinal). Normalisation runs on
/// <see cref="IdentityResolutionOptions.MaxDegreeOfParallelism"/> threads; linking is a union-find pass, near-linear
/// in the number of identifiers.</para>
/// <para>This type is immutable and thread-safe: one resolver may serve many resolutions at once.</para>
/// </remarks>
[Immutable]
public sealed class IdentityResolver
{
    private const int Chunk = 16_384;
    private readonly IdentifierNormalizer _normalizer;
    private readonly IdentifierKind[] _hardKinds;
    private readonly bool[] _isHard;
    private readonly int _parallelism;
    private readonly ILogger _logger;

    /// <summary>Initializes a new <see cref="IdentityResolver"/>.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <param name="logger">Where to log the outcome (masked); <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">Thrown when an option is invalid; the message names the property.</exception>
    public IdentityResolver(IdentityResolutionOptions? options = null, ILogger<IdentityResolver>? logger = null)
    {
        options ??= new IdentityResolutionOptions();
        if (options.Normalizer is null)
        {
            throw Guard.Option(nameof(options.Normalizer), null, "be set");
        }

        if (options.MaxDegreeOfParallelism < 1)
        {
            throw Guard.Option(nameof(options.MaxDegreeOfParallelism), options.MaxDegreeOfParallelism, "be at least 1");
        }

        foreach (var kind in options.HardKinds)
        {
            if (!Enum.IsDefined(kind))
            {
                throw Guard.Option(nameof(options.HardKinds), kind, "contain only defined IdentifierKind values");
            }
        }

        _normalizer = options.Normalizer;
        _hardKinds = [.. options.HardKinds.Order()];
        _isHard = new bool[Enum.GetValues<IdentifierKind>().Length];
        foreach (var kind in _hardKinds)
        {
            _isHard[(int)kind] = true;
        }

        _parallelism = options.MaxDegreeOfParallelism;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Gets the hard identifier kinds, in enum order.</summary>
    public IReadOnlyList<IdentifierKind> HardKinds => _hardKinds;

    /// <summary>Gets the normaliser.</summary>
    public IdentifierNormalizer Normalizer => _normalizer;

    /// <summary>Resolves <paramref name="records"/> into customers.</summary>
    /// <param name="records">The channel records; ids must be unique.</param>
    /// <param name="progress">Receives the fraction done (0 to 1) after each phase; optional.</param>
    /// <param name="cancellationToken">Cancels the resolution.</param>
    /// <returns>The clusters with their splits, ambiguous links and rejected identifiers.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="records"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a record is null or two records share an id.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public IdentityResolution Resolve(IReadOnlyList<ChannelRecord> records, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var n = records.Count;
        var recs = new ChannelRecord[n];
        var offsets = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            var record = records[i] ?? throw new ArgumentException($"records must not contain null; item {i} was null.", nameof(records));
            recs[i] = record;
            offsets[i + 1] = offsets[i] + record.IdentifierArray.Length;
        }

        // The record-id index (duplicate check, ClusterOf) is built while the identifiers are normalised.
        var indexing = Task.Run(() => Index(recs), cancellationToken);

        // 1. Normalise on several threads.
        var keys = new string?[offsets[n]];
        var rejected = new ConcurrentBag<RejectedIdentifier>();
        var chunks = (n + Chunk - 1) / Chunk;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = _parallelism, CancellationToken = cancellationToken }, chunk =>
        {
            var end = Math.Min(n, (chunk + 1) * Chunk);
            for (var i = chunk * Chunk; i < end; i++)
            {
                var ids = recs[i].IdentifierArray;
                for (var j = 0; j < ids.Length; j++)
                {
                    if (_normalizer.TryNormalizeKey(ids[j], out var key))
                    {
                        keys[offsets[i] + j] = key;
                    }
                    else
                    {
                        rejected.Add(new RejectedIdentifier(recs[i].Id, ids[j]));
                    }
                }
            }
        });
        var index = indexing.GetAwaiter().GetResult();
        progress?.Report(0.5);

        // 2. Link records that share a normal form.
        var keyIds = new Dictionary<string, int>(Math.Max(16, keys.Length / 2), StringComparer.Ordinal);
        var keyOwner = new List<int>(Math.Max(16, keys.Length / 2));
        var slotKey = new int[keys.Length];
        var sets = new UnionFind(n);
        for (var i = 0; i < n; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (var s = offsets[i]; s < offsets[i + 1]; s++)
            {
                var key = keys[s];
                if (key is null)
                {
                    slotKey[s] = -1;
                    continue;
                }

                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(keyIds, key, out var exists);
                if (!exists)
                {
                    id = keyOwner.Count;
                    keyOwner.Add(i);
                }
                else
                {
                    sets.Union(i, keyOwner[id]);
                }

                slotKey[s] = id;
            }
        }

        progress?.Report(0.75);

        // 3. Find components holding two values of a hard kind.
        var label = new int[n];
        for (var i = 0; i < n; i++)
        {
            label[i] = sets.Find(i);
        }

        var conflicted = FindConflicts(recs, offsets, slotKey, label);
        var graph = new Graph(recs, offsets, keys, slotKey, label, keyOwner);
        var ambiguous = new List<AmbiguousLink>();
        var splits = new List<IdentitySplit>();
        var reviewReasons = new Dictionary<int, string>();
        var nextLabel = n;
        if (conflicted.Count > 0)
        {
            var members = new Dictionary<int, List<int>>();
            for (var i = 0; i < n; i++)
            {
                if (conflicted.Contains(label[i]))
                {
                    (CollectionsMarshal.GetValueRefOrAddDefault(members, label[i], out _) ??= []).Add(i);
                }
            }

            foreach (var root in members.Keys.Order())
            {
                cancellationToken.ThrowIfCancellationRequested();
                splits.Add(SplitComponent(graph, members[root], ref nextLabel, ambiguous, reviewReasons));
            }
        }

        // 4. Assemble clusters.
        var resolution = IdentityResolution.Assemble(this, recs, index, label, nextLabel, reviewReasons, ambiguous, splits, [.. rejected]);
        progress?.Report(1.0);
        foreach (var split in resolution.Splits)
        {
            IdicLog.Split(_logger, split.ToString());
        }

        foreach (var item in resolution.RejectedIdentifiers)
        {
            IdicLog.Rejected(_logger, item.ToString());
        }

        IdicLog.Resolved(_logger, n, resolution.Clusters.Count, resolution.Splits.Count, resolution.AmbiguousLinks.Count, resolution.RejectedIdentifiers.Count);
        return resolution;
    }

    private static Dictionary<string, int> Index(ChannelRecord[] records)
    {
        var index = new Dictionary<string, int>(records.Length, StringComparer.Ordinal);
        for (var i = 0; i < records.Length; i++)
        {
            if (!index.TryAdd(records[i].Id, i))
            {
                throw new ArgumentException(
                    $"records must have unique ids; {Guard.Format(records[i].Id)} is at items {index[records[i].Id]} and {i}.", nameof(records));
            }
        }

        return index;
    }

    private HashSet<int> FindConflicts(ChannelRecord[] recs, int[] offsets, int[] slotKey, int[] label)
    {
        var conflicted = new HashSet<int>();
        if (_hardKinds.Length == 0)
        {
            return conflicted;
        }

        // One array per hard kind, indexed by component root: 0 none yet, else the first value's key id + 1.
        var firstValue = new int[_isHard.Length][];
        foreach (var kind in _hardKinds)
        {
            firstValue[(int)kind] = new int[recs.Length];
        }

        for (var i = 0; i < recs.Length; i++)
        {
            var ids = recs[i].IdentifierArray;
            for (var j = 0; j < ids.Length; j++)
            {
                var key = slotKey[offsets[i] + j];
                if (key < 0 || !_isHard[(int)ids[j].Kind])
                {
                    continue;
                }

                ref var value = ref firstValue[(int)ids[j].Kind][label[i]];
                if (value == 0)
                {
                    value = key + 1;
                }
                else if (value != key + 1)
                {
                    conflicted.Add(label[i]);
                }
            }
        }

        return conflicted;
    }

    private IdentitySplit SplitComponent(Graph graph, List<int> members, ref int nextLabel, List<AmbiguousLink> ambiguous, Dictionary<int, string> reviewReasons)
    {
        // Hard values per record, per kind.
        var quarantined = new bool[members.Count];
        var anchored = new bool[members.Count];
        var hardValues = new Dictionary<(int Local, IdentifierKind Kind), int>();
        for (var m = 0; m < members.Count; m++)
        {
            foreach (var (kind, key) in graph.Keys(members[m]))
            {
                if (!_isHard[(int)kind])
                {
                    continue;
                }

                anchored[m] = true;
                ref var value = ref CollectionsMarshal.GetValueRefOrAddDefault(hardValues, (m, kind), out var exists);
                if (!exists)
                {
                    value = key;
                }
                else if (value != key)
                {
                    quarantined[m] = true;
                }
            }
        }

        for (var m = 0; m < members.Count; m++)
        {
            if (quarantined[m])
            {
                reviewReasons[members[m]] = "its record holds two different values of one hard identifier";
            }
        }

        // Anchor groups: anchored records sharing a hard value.
        var sets = new UnionFind(members.Count);
        var firstHolder = new Dictionary<int, int>();
        for (var m = 0; m < members.Count; m++)
        {
            if (!anchored[m] || quarantined[m])
            {
                continue;
            }

            foreach (var (kind, key) in graph.Keys(members[m]))
            {
                if (_isHard[(int)kind])
                {
                    if (firstHolder.TryGetValue(key, out var other))
                    {
                        sets.Union(m, other);
                    }
                    else
                    {
                        firstHolder[key] = m;
                    }
                }
            }
        }

        // A group whose hard values contradict each other (through a second hard kind) is left for review.
        var groupValues = new Dictionary<(int Root, IdentifierKind Kind), int>();
        var contradictory = new HashSet<int>();
        for (var m = 0; m < members.Count; m++)
        {
            if (!anchored[m] || quarantined[m])
            {
                continue;
            }

            var root = sets.Find(m);
            foreach (var (kind, key) in graph.Keys(members[m]))
            {
                if (!_isHard[(int)kind])
                {
                    continue;
                }

                ref var value = ref CollectionsMarshal.GetValueRefOrAddDefault(groupValues, (root, kind), out var exists);
                if (!exists)
                {
                    value = key;
                }
                else if (value != key)
                {
                    contradictory.Add(root);
                }
            }
        }

        for (var m = 0; m < members.Count; m++)
        {
            if (anchored[m] && !quarantined[m] && contradictory.Contains(sets.Find(m)))
            {
                quarantined[m] = true;
                reviewReasons[members[m]] = "its hard identifiers contradict each other through a second hard identifier kind";
            }
        }

        // Floating groups: records without hard values, linked by soft values among themselves.
        var holders = new Dictionary<int, List<int>>();
        for (var m = 0; m < members.Count; m++)
        {
            if (quarantined[m])
            {
                continue;
            }

            foreach (var (kind, key) in graph.Keys(members[m]))
            {
                if (!_isHard[(int)kind])
                {
                    (CollectionsMarshal.GetValueRefOrAddDefault(holders, key, out _) ??= []).Add(m);
                }
            }
        }

        foreach (var list in holders.Values)
        {
            var firstFloating = -1;
            foreach (var m in list)
            {
                if (anchored[m])
                {
                    continue;
                }

                if (firstFloating < 0)
                {
                    firstFloating = m;
                }
                else
                {
                    sets.Union(m, firstFloating);
                }
            }
        }

        // Each floating group joins the one anchor group it touches, decided on the structure before any joins.
        var touches = new Dictionary<int, HashSet<int>>();
        foreach (var list in holders.Values)
        {
            foreach (var f in list)
            {
                if (anchored[f])
                {
                    continue;
                }

                var touched = CollectionsMarshal.GetValueRefOrAddDefault(touches, sets.Find(f), out _) ??= [];
                foreach (var a in list)
                {
                    if (anchored[a])
                    {
                        touched.Add(sets.Find(a));
                    }
                }
            }
        }

        var joins = new List<(int Floating, int Anchor)>();
        foreach (var (floating, touched) in touches)
        {
            if (touched.Count == 1)
            {
                joins.Add((floating, touched.First()));
            }
        }

        foreach (var (floating, anchor) in joins)
        {
            sets.Union(floating, anchor);
        }

        for (var m = 0; m < members.Count; m++)
        {
            if (!anchored[m] && !quarantined[m] && touches.TryGetValue(sets.Find(m), out var touched) && touched.Count != 1)
            {
                // The group did not join (the floating root is unchanged by the joins above).
                reviewReasons[members[m]] = touched.Count == 0
                    ? "it is soft-linked only to records left for review"
                    : $"it is soft-linked to {touched.Count} customers with different hard identifiers";
            }
        }

        // Labels: one per group root; one per quarantined record.
        var rootLabel = new Dictionary<int, int>();
        var partLabels = new int[members.Count];
        for (var m = 0; m < members.Count; m++)
        {
            if (quarantined[m])
            {
                partLabels[m] = nextLabel++;
                continue;
            }

            var root = sets.Find(m);
            if (!rootLabel.TryGetValue(root, out var value))
            {
                value = nextLabel++;
                rootLabel[root] = value;
            }

            partLabels[m] = value;
        }

        for (var m = 0; m < members.Count; m++)
        {
            graph.Label[members[m]] = partLabels[m];
        }

        // Soft links across the split: reported, per shared identifier, from its first cluster to each other one.
        var smallestRecordOfLabel = new Dictionary<int, string>();
        for (var m = 0; m < members.Count; m++)
        {
            var id = graph.Records[members[m]].Id;
            ref var smallest = ref CollectionsMarshal.GetValueRefOrAddDefault(smallestRecordOfLabel, partLabels[m], out var exists);
            if (!exists || string.CompareOrdinal(id, smallest) < 0)
            {
                smallest = id;
            }
        }

        var links = 0;
        foreach (var (key, list) in holders.OrderBy(h => graph.KeyText(h.Key), StringComparer.Ordinal))
        {
            var carrierOfLabel = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var m in list)
            {
                var cluster = smallestRecordOfLabel[partLabels[m]];
                var id = graph.Records[members[m]].Id;
                if (!carrierOfLabel.TryGetValue(cluster, out var carrier) || string.CompareOrdinal(id, carrier) < 0)
                {
                    carrierOfLabel[cluster] = id;
                }
            }

            if (carrierOfLabel.Count < 2)
            {
                continue;
            }

            var text = graph.KeyText(key);
            var kind = IdentifierNormalizer.KindOfKey(text);
            var masked = IdentifierMask.Mask(kind, text[1..]);
            var first = carrierOfLabel.First();
            foreach (var other in carrierOfLabel.Skip(1))
            {
                ambiguous.Add(new AmbiguousLink(new CustomerId(first.Key), first.Value, new CustomerId(other.Key), other.Value, kind, masked));
                links++;
            }
        }

        // The split's description: the first hard kind (enum order) whose values disagree.
        var splitKind = _hardKinds[0];
        var values = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var kind in _hardKinds)
        {
            values.Clear();
            foreach (var m in members)
            {
                foreach (var (k, key) in graph.Keys(m))
                {
                    if (k == kind)
                    {
                        values.Add(graph.KeyText(key));
                    }
                }
            }

            if (values.Count > 1)
            {
                splitKind = kind;
                break;
            }
        }

        var clusters = smallestRecordOfLabel.Values.Order(StringComparer.Ordinal).Select(id => new CustomerId(id)).ToArray();
        return new IdentitySplit(
            members.Count, splitKind, [.. values.Select(v => IdentifierMask.Mask(splitKind, v[1..]))], clusters, links);
    }

    /// <summary>The normalised link graph shared by the split and the explanations.</summary>
    internal sealed class Graph(ChannelRecord[] records, int[] offsets, string?[] keys, int[] slotKey, int[] label, List<int> keyOwner)
    {
        internal ChannelRecord[] Records => records;

        internal int[] Label => label;

        internal string KeyText(int key) => KeyOf(key);

        internal IEnumerable<(IdentifierKind Kind, int Key)> Keys(int record)
        {
            var ids = records[record].IdentifierArray;
            for (var j = 0; j < ids.Length; j++)
            {
                var key = slotKey[offsets[record] + j];
                if (key >= 0)
                {
                    yield return (ids[j].Kind, key);
                }
            }
        }

        private string KeyOf(int key)
        {
            // The first record that carried the key holds it in one of its own slots.
            var owner = keyOwner[key];
            for (var s = offsets[owner]; s < offsets[owner + 1]; s++)
            {
                if (slotKey[s] == key)
                {
                    return keys[s]!; // a slot with a key id >= 0 always holds its key
                }
            }

            throw new InvalidOperationException("Unknown identifier key.");
        }
    }
}
