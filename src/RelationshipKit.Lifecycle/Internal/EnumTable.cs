using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace RelationshipKit.Lifecycle.Internal;

/// <summary>
/// Maps the values of an enum to dense indexes 0..Count-1 without boxing, and back to their names. Values that
/// share a number share an index (the first declared name wins).
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
internal static class EnumTable<T>
    where T : struct, Enum
{
    private const long MaxDirectSpan = 4096;

    private static readonly long s_min;
    private static readonly bool s_identity;
    private static readonly int[]? s_direct;
    private static readonly Dictionary<long, int>? s_sparse;

    static EnumTable()
    {
        var values = Enum.GetValues<T>();
        var distinct = new List<T>();
        var names = new List<string>();
        var seen = new HashSet<long>();
        foreach (var value in values)
        {
            if (seen.Add(Raw(value)))
            {
                distinct.Add(value);
                names.Add(Enum.GetName(value) ?? value.ToString());
            }
        }

        Values = [.. distinct];
        Names = [.. names];
        Count = distinct.Count;
        if (Count == 0)
        {
            return;
        }

        var raws = distinct.Select(Raw).ToArray();
        s_min = raws.Min();
        var span = raws.Max() - s_min;
        s_identity = s_min == 0 && span == Count - 1;
        if (span < MaxDirectSpan)
        {
            s_direct = new int[span + 1];
            Array.Fill(s_direct, -1);
            for (var i = 0; i < raws.Length; i++)
            {
                s_direct[raws[i] - s_min] = i;
            }
        }
        else
        {
            s_sparse = [];
            for (var i = 0; i < raws.Length; i++)
            {
                s_sparse[raws[i]] = i;
            }
        }
    }

    /// <summary>Gets the distinct values in declaration order.</summary>
    internal static ImmutableArray<T> Values { get; }

    /// <summary>Gets the names, by dense index.</summary>
    internal static ImmutableArray<string> Names { get; }

    /// <summary>Gets the number of distinct values.</summary>
    internal static int Count { get; }

    /// <summary>Returns the dense index of <paramref name="value"/>, or -1 when it is not a declared value.</summary>
    /// <remarks>For an enum numbered 0, 1, 2… without gaps or aliases (most are) the index is the number itself, checked
    /// against <see cref="Count"/>: no table is read. Static readonly fields are constants to the optimising JIT, so
    /// only one of the three branches is compiled.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int IndexOf(T value)
    {
        var raw = Raw(value);
        if (s_identity)
        {
            return (ulong)raw < (ulong)Count ? (int)raw : -1;
        }

        if (s_direct is not null)
        {
            var offset = raw - s_min;
            return (ulong)offset < (ulong)s_direct.Length ? s_direct[offset] : -1;
        }

        return s_sparse is not null && s_sparse.TryGetValue(raw, out var index) ? index : -1;
    }

    /// <summary>Returns the name of a declared value, or its number for an undeclared one.</summary>
    internal static string NameOf(T value)
    {
        var index = IndexOf(value);
        return index >= 0 ? Names[index] : value.ToString();
    }

    /// <summary>Finds the value with <paramref name="name"/> (ordinal, exact).</summary>
    internal static bool TryParse(string name, out T value)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Raw(T value)
    {
        if (Unsafe.SizeOf<T>() == sizeof(int))
        {
            return Unsafe.As<T, int>(ref value);
        }

        if (Unsafe.SizeOf<T>() == sizeof(byte))
        {
            return Unsafe.As<T, byte>(ref value);
        }

        if (Unsafe.SizeOf<T>() == sizeof(short))
        {
            return Unsafe.As<T, short>(ref value);
        }

        return Unsafe.As<T, long>(ref value);
    }
}
