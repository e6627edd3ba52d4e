using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Summaries;

// RfmSummaryAccumulator, one part: the customer-day store: a linear-probing table on the ids' characters, and the pooled, size-classed segments of sorted purchase days and day totals.
public sealed partial class RfmSummaryAccumulator
{
    private void AddCore(ReadOnlySpan<char> id, int day, decimal amount, string? idString = null)
    {
        // Counts and offsets here are bounded by array lengths; overflow checks only slow the hot path.
        unchecked
        {
            // Logs usually list a customer's purchases together: check the previous customer before hashing.
            var index = _lastIndex;
            if (index < 0 || !id.SequenceEqual(_idChars.AsSpan(_entries[index].IdStart, _entries[index].IdLength)))
            {
                index = FindOrAdd(id, string.GetHashCode(id), idString);
                _lastIndex = index;
            }

            AddDay(index, day, amount);
            _transactionCount++;
            if (day < _minDay)
            {
                _minDay = day;
            }

            if (day > _maxDay)
            {
                _maxDay = day;
            }
        }
    }

    private int FindOrAdd(ReadOnlySpan<char> id, int hash, string? idString = null)
    {
        // Counts and offsets here are bounded by array lengths; overflow checks only slow the hot path.
        unchecked
        {
            var mask = _slots.Length - 1;
            var probe = hash & mask;
            while (true)
            {
                ref readonly var slot = ref _slots[probe];
                if (slot.Entry == 0)
                {
                    break;
                }

                if (slot.Hash == hash)
                {
                    ref readonly var entry = ref _entries[slot.Entry - 1];
                    if (id.SequenceEqual(_idChars.AsSpan(entry.IdStart, entry.IdLength)))
                    {
                        return slot.Entry - 1;
                    }
                }

                probe = (probe + 1) & mask;
            }

            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, _entries.Length * 2);
                Array.Resize(ref _idStrings, _entries.Length);
            }

            if (_idCharCount + id.Length > _idChars.Length)
            {
                Array.Resize(ref _idChars, Math.Max(_idChars.Length * 2, _idCharCount + id.Length));
            }

            id.CopyTo(_idChars.AsSpan(_idCharCount));
            var index = _count++;
            ref var added = ref _entries[index];
            added.IdStart = _idCharCount;
            added.IdLength = id.Length;
            added.Hash = hash;
            _idCharCount += id.Length;
            _idStrings[index] = idString;
            _slots[probe] = new Slot(hash, index + 1);
            if (_count * 2 > _slots.Length)
            {
                GrowSlots();
            }

            return index;
        }
    }

    /// <summary>Doubles the probing table (keeping it at most half full) and re-inserts every customer.</summary>
    private void GrowSlots()
    {
        // Counts and offsets here are bounded by array lengths; overflow checks only slow the hot path.
        unchecked
        {
            var slots = new Slot[_slots.Length * 2];
            var mask = slots.Length - 1;
            for (var i = 0; i < _count; i++)
            {
                var hash = _entries[i].Hash;
                var probe = hash & mask;
                while (slots[probe].Entry != 0)
                {
                    probe = (probe + 1) & mask;
                }

                slots[probe] = new Slot(hash, i + 1);
            }

            _slots = slots;
        }
    }

    /// <summary>Records a purchase day for a customer, keeping the days sorted and distinct and adding up each day's spend.</summary>
    private void AddDay(int index, int day, decimal amount)
    {
        // Counts and offsets here are bounded by array lengths; overflow checks only slow the hot path.
        unchecked
        {
            ref var entry = ref _entries[index];
            if (entry.Count == 0)
            {
                entry.FirstDay = day;
                entry.FirstTotal = amount;
                entry.Count = 1;
                entry.Class = 0;
                _dayCount++;
                return;
            }

            if (entry.Class == 0)
            {
                if (day == entry.FirstDay)
                {
                    entry.FirstTotal += amount;
                    return;
                }

                var offset = AllocateSegment(1);
                var later = day > entry.FirstDay;
                _days[offset] = later ? entry.FirstDay : day;
                _days[offset + 1] = later ? day : entry.FirstDay;
                if (_amounts == AmountMode.With)
                {
                    _totals[offset] = later ? entry.FirstTotal : amount;
                    _totals[offset + 1] = later ? amount : entry.FirstTotal;
                }

                entry.Offset = offset;
                entry.Class = 1;
                entry.Count = 2;
                _dayCount++;
                return;
            }

            var n = entry.Count;
            var last = _days[entry.Offset + n - 1];
            int position;
            if (day > last)
            {
                position = n;
            }
            else
            {
                position = day == last ? n - 1 : _days.AsSpan(entry.Offset, n).BinarySearch(day);
                if (position >= 0)
                {
                    if (_amounts == AmountMode.With)
                    {
                        _totals[entry.Offset + position] += amount;
                    }

                    return;
                }

                position = ~position;
            }

            if (n == SegmentCapacities[entry.Class])
            {
                var offset = AllocateSegment(entry.Class + 1);
                _days.AsSpan(entry.Offset, n).CopyTo(_days.AsSpan(offset));
                if (_amounts == AmountMode.With)
                {
                    _totals.AsSpan(entry.Offset, n).CopyTo(_totals.AsSpan(offset));
                }

                FreeSegment(entry.Offset, entry.Class);
                entry.Offset = offset;
                entry.Class++;
            }

            var start = entry.Offset;
            if (position < n)
            {
                _days.AsSpan(start + position, n - position).CopyTo(_days.AsSpan(start + position + 1));
                if (_amounts == AmountMode.With)
                {
                    _totals.AsSpan(start + position, n - position).CopyTo(_totals.AsSpan(start + position + 1));
                }
            }

            _days[start + position] = day;
            if (_amounts == AmountMode.With)
            {
                _totals[start + position] = amount;
            }

            entry.Count = n + 1;
            _dayCount++;
        }
    }

    /// <summary>Takes a segment of size class <paramref name="sizeClass"/> from its free list, or from the end of the pools.</summary>
    private int AllocateSegment(int sizeClass)
    {
        // Counts and offsets here are bounded by array lengths; overflow checks only slow the hot path.
        unchecked
        {
            var capacity = SegmentCapacities[sizeClass];
            _liveSlots += capacity;
            var free = _freeSegments[sizeClass];
            if (free > 0)
            {
                var offset = free - 1;
                _freeSegments[sizeClass] = _days[offset];
                return offset;
            }

            if (_poolCount + capacity > _days.Length)
            {
                if (_poolCount - (_liveSlots - capacity) > _days.Length / 3)
                {
                    CompactPool();
                }

                if (_poolCount + capacity > _days.Length)
                {
                    Array.Resize(ref _days, Math.Max(_days.Length * 2, _poolCount + capacity));
                }
            }

            if (_amounts == AmountMode.With && _totals.Length < _days.Length)
            {
                Array.Resize(ref _totals, _days.Length);
            }

            var start = _poolCount;
            _poolCount += capacity;
            return start;
        }
    }

    /// <summary>Returns a segment to its free list; its first slot links to the next free segment of the same size.</summary>
    private void FreeSegment(int offset, int sizeClass)
    {
        // Counts and offsets here are bounded by array lengths; overflow checks only slow the hot path.
        unchecked
        {
            _days[offset] = _freeSegments[sizeClass];
            _freeSegments[sizeClass] = offset + 1;
            _liveSlots -= SegmentCapacities[sizeClass];
        }
    }

    private static int[] CreateSegmentCapacities()
    {
        // Class 0 is the inline single day; a customer can have at most one purchase day per date in 0001–9999.
        var capacities = new List<int> { 1, 4 };
        while (capacities[^1] < DayNumber.MaxDayNumber + 1)
        {
            capacities.Add(capacities[^1] + ((capacities[^1] + 1) / 2));
        }

        return [.. capacities];
    }

    /// <summary>Slides every live segment down over the free ones, in offset order, and empties the free lists.</summary>
    private void CompactPool()
    {
        var segmented = 0;
        for (var i = 0; i < _count; i++)
        {
            if (_entries[i].Class > 0)
            {
                segmented++;
            }
        }

        var offsets = new int[segmented];
        var owners = new int[segmented];
        for (int i = 0, k = 0; i < _count; i++)
        {
            if (_entries[i].Class > 0)
            {
                offsets[k] = _entries[i].Offset;
                owners[k++] = i;
            }
        }

        Array.Sort(offsets, owners);
        var withAmounts = _amounts == AmountMode.With;
        var next = 0;
        foreach (var owner in owners)
        {
            ref var entry = ref _entries[owner];
            if (entry.Offset != next)
            {
                // Segments move only down, and in offset order, so a move never overwrites a segment not yet moved.
                Array.Copy(_days, entry.Offset, _days, next, entry.Count);
                if (withAmounts)
                {
                    Array.Copy(_totals, entry.Offset, _totals, next, entry.Count);
                }

                entry.Offset = next;
            }

            next += SegmentCapacities[entry.Class];
        }

        _poolCount = next;
        Array.Clear(_freeSegments);
    }

    /// <summary>A place in the probing table: a customer's id hash and its 1-based entry index (0 for an empty slot).</summary>
    private readonly record struct Slot(int Hash, int Entry);

    /// <summary>One customer: the id's hash, where the id's characters are, and the purchase days (inline while there is one).</summary>
    private struct Entry
    {
        public int Hash;
        public int IdStart;
        public int IdLength;
        public int Count;
        public int Class;
        public int Offset;
        public int FirstDay;
        public decimal FirstTotal;
    }
}
