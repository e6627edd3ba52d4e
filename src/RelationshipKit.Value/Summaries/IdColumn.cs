using System.Collections;

namespace RelationshipKit.Value.Summaries;

/// <summary>
/// The customer ids of a summary file, kept as characters in one buffer, so that reading a million rows allocates no
/// string per row. A <see cref="CustomerId"/> is created when one is asked for.
/// </summary>
/// <remarks>
/// Repeated ids are looked for once, after the rows are read (<see cref="FindRepeat"/>): the ids' hashes are sorted
/// (a stable radix sort of hash and row) and only ids with equal hashes are compared. That reads memory in order,
/// where a hash table probed per row costs a cache miss per id (about 0.2 s for a million ids).
/// </remarks>
internal sealed class IdColumn : IReadOnlyList<CustomerId>
{
    private char[] _chars = new char[1 << 16];
    private int _charCount;
    private int[] _start = new int[1024];
    private int[] _length = new int[1024];
    private int[] _hash = new int[1024];
    private int _count;

    // The character column of each id in its line: one value while every row agrees, else one per row.
    private int _firstColumn;
    private int[]? _columns;

    /// <summary>Gets the number of ids.</summary>
    public int Count => _count;

    /// <summary>Gets the id of a row (a new <see cref="CustomerId"/> over a new string each time).</summary>
    public CustomerId this[int index] =>
        (uint)index < (uint)_count
            ? new CustomerId(new string(Text(index)))
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be in [0, {_count}); was {index}.");

    /// <summary>Appends <paramref name="id"/>, found at character <paramref name="column"/> of its line, as the next row.</summary>
    public void Add(ReadOnlySpan<char> id, int column)
    {
        if (_count == _start.Length)
        {
            Reserve(_count * 2, 0);
        }

        if (_charCount + id.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + id.Length));
        }

        id.CopyTo(_chars.AsSpan(_charCount));
        _start[_count] = _charCount;
        _length[_count] = id.Length;
        _hash[_count] = string.GetHashCode(id);
        _charCount += id.Length;
        if (_count == 0)
        {
            _firstColumn = column;
        }
        else if (_columns is not null || column != _firstColumn)
        {
            if (_columns is null)
            {
                _columns = new int[_start.Length];
                Array.Fill(_columns, _firstColumn, 0, _count);
            }

            _columns[_count] = column;
        }

        _count++;
    }

    /// <summary>Gets the characters of a row's id.</summary>
    public ReadOnlySpan<char> Text(int row) => _chars.AsSpan(_start[row], _length[row]);

    /// <summary>Gets the character column of a row's id in its line.</summary>
    public int Column(int row) => _columns?[row] ?? _firstColumn;

    /// <summary>Reserves room for <paramref name="rows"/> ids of about <paramref name="charsPerId"/> characters.</summary>
    public void Reserve(int rows, int charsPerId)
    {
        if (rows > _start.Length)
        {
            Array.Resize(ref _start, rows);
            Array.Resize(ref _length, rows);
            Array.Resize(ref _hash, rows);
            if (_columns is not null)
            {
                Array.Resize(ref _columns, rows);
            }
        }

        var chars = (long)rows * charsPerId;
        if (chars > _chars.Length && chars < Array.MaxLength)
        {
            Array.Resize(ref _chars, (int)chars);
        }
    }

    /// <summary>Finds the first row whose id an earlier row has.</summary>
    /// <param name="earlier">The first row with that id.</param>
    /// <param name="later">The smallest row that repeats an earlier row's id.</param>
    /// <returns><see langword="false"/> when every id is on one row only.</returns>
    public bool FindRepeat(out int earlier, out int later)
    {
        earlier = -1;
        later = int.MaxValue;
        var keys = SortedByHash();
        var start = 0;
        while (start < keys.Length)
        {
            var hash = keys[start] >> 32;
            var end = start + 1;
            while (end < keys.Length && keys[end] >> 32 == hash)
            {
                end++;
            }

            // Rows with one hash, in row order (the sort is stable): the first j equal to an earlier i is a repeat.
            for (var j = start + 1; j < end; j++)
            {
                var row = (int)(keys[j] & uint.MaxValue);
                if (row >= later)
                {
                    break;
                }

                for (var i = start; i < j; i++)
                {
                    var first = (int)(keys[i] & uint.MaxValue);
                    if (Text(first).SequenceEqual(Text(row)))
                    {
                        earlier = first;
                        later = row;
                        break;
                    }
                }
            }

            start = end;
        }

        return earlier >= 0;
    }

    /// <summary>Stops adding: drops the hashes (the buffers keep their room; <see cref="Count"/> bounds them).</summary>
    public void Seal() => _hash = [];

    public IEnumerator<CustomerId> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Returns (hash &lt;&lt; 32 | row) for every row, sorted by hash and then row: a least-significant-digit radix sort, three passes of 11 bits.</summary>
    private ulong[] SortedByHash()
    {
        var keys = new ulong[_count];
        for (var row = 0; row < _count; row++)
        {
            keys[row] = ((ulong)unchecked((uint)_hash[row]) << 32) | (uint)row;
        }

        var buffer = new ulong[_count];
        var counts = new int[1 << 11];
        for (var shift = 32; shift < 64; shift += 11)
        {
            Array.Clear(counts);
            foreach (var key in keys)
            {
                counts[(int)((key >> shift) & 0x7FF)]++;
            }

            var total = 0;
            for (var d = 0; d < counts.Length; d++)
            {
                var n = counts[d];
                counts[d] = total;
                total += n;
            }

            foreach (var key in keys)
            {
                buffer[counts[(int)((key >> shift) & 0x7FF)]++] = key;
            }

            (keys, buffer) = (buffer, keys);
        }

        return keys;
    }
}
