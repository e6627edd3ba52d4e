using System.Collections;

namespace RelationshipKit.Value.Summaries;

/// <summary>
/// The customer ids of a summary file, kept as characters in one buffer with a linear-probing index on them, so that
/// reading a million rows allocates no string per row and a repeated id is found as it is read. A
/// <see cref="CustomerId"/> is created when one is asked for.
/// </summary>
internal sealed class IdColumn : IReadOnlyList<CustomerId>
{
    private char[] _chars = new char[1 << 16];
    private int _charCount;
    private int[] _start = new int[1024];
    private int[] _length = new int[1024];
    private int[] _hash = new int[1024];
    private int _count;

    // Row + 1 of the id in each slot (0: empty); the table is kept at most half full.
    private int[] _slots = new int[2048];

    /// <summary>Gets the number of ids.</summary>
    public int Count => _count;

    /// <summary>Gets the id of a row (a new <see cref="CustomerId"/> over a new string each time).</summary>
    public CustomerId this[int index] =>
        (uint)index < (uint)_count
            ? new CustomerId(new string(_chars, _start[index], _length[index]))
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be in [0, {_count}); was {index}.");

    /// <summary>Appends <paramref name="id"/> as the next row unless another row has it.</summary>
    /// <returns>-1 when the id was added; otherwise the 0-based row that already has it (and nothing is added).</returns>
    public int Add(ReadOnlySpan<char> id)
    {
        var hash = string.GetHashCode(id);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var row = _slots[slot] - 1;
            if (_hash[row] == hash && id.SequenceEqual(_chars.AsSpan(_start[row], _length[row])))
            {
                return row;
            }

            slot = (slot + 1) & mask;
        }

        if (_count == _start.Length)
        {
            var size = _count * 2;
            Array.Resize(ref _start, size);
            Array.Resize(ref _length, size);
            Array.Resize(ref _hash, size);
        }

        if (_charCount + id.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + id.Length));
        }

        id.CopyTo(_chars.AsSpan(_charCount));
        _start[_count] = _charCount;
        _length[_count] = id.Length;
        _hash[_count] = hash;
        _charCount += id.Length;
        _slots[slot] = ++_count;
        if (_count * 2 > _slots.Length)
        {
            Rehash();
        }

        return -1;
    }

    /// <summary>Reserves room for <paramref name="rows"/> ids of about <paramref name="charsPerId"/> characters.</summary>
    public void Reserve(int rows, int charsPerId)
    {
        if (rows > _start.Length)
        {
            Array.Resize(ref _start, rows);
            Array.Resize(ref _length, rows);
            Array.Resize(ref _hash, rows);
        }

        var chars = (long)rows * charsPerId;
        if (chars > _chars.Length && chars < Array.MaxLength)
        {
            Array.Resize(ref _chars, (int)chars);
        }
    }

    /// <summary>Releases the room reserved beyond the ids read and the index (no more ids are added).</summary>
    public void Seal()
    {
        Array.Resize(ref _chars, _charCount);
        Array.Resize(ref _start, _count);
        Array.Resize(ref _length, _count);
        _hash = [];
        _slots = [];
    }

    public IEnumerator<CustomerId> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var row = 0; row < _count; row++)
        {
            var slot = _hash[row] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = row + 1;
        }

        _slots = slots;
    }
}
