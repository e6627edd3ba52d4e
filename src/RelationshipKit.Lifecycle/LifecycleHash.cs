using System.Buffers.Binary;
using System.Globalization;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents a SHA-256 digest (32 bytes) in a lifecycle history: an entry's hash, the previous entry's hash it
/// chains to, or the digest of its personal data. Written as 64 lower-case hexadecimal digits.
/// </summary>
/// <remarks>
/// <para>The <c>default</c> value is 32 zero bytes (<see cref="IsZero"/>): the "previous hash" of the first entry
/// and the personal-data digest of an entry without actor or reason.</para>
/// <para>Equality compares the bytes. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct LifecycleHash : IEquatable<LifecycleHash>
{
    /// <summary>The digest length in bytes.</summary>
    public const int Length = 32;

    private readonly ulong _a;
    private readonly ulong _b;
    private readonly ulong _c;
    private readonly ulong _d;

    /// <summary>Initializes a new <see cref="LifecycleHash"/> from 32 bytes.</summary>
    /// <param name="bytes">The digest.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="bytes"/> is not 32 bytes long.</exception>
    public LifecycleHash(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"bytes must be {Length} bytes long; was {bytes.Length}.", nameof(bytes));
        }

        _a = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _b = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _c = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        _d = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    /// <summary>Gets a value indicating whether all 32 bytes are zero (the <c>default</c> value).</summary>
    public bool IsZero => (_a | _b | _c | _d) == 0;

    /// <summary>Determines whether two digests are equal.</summary>
    /// <param name="left">The first digest.</param>
    /// <param name="right">The second digest.</param>
    /// <returns><see langword="true"/> when the bytes are equal.</returns>
    public static bool operator ==(LifecycleHash left, LifecycleHash right) => left.Equals(right);

    /// <summary>Determines whether two digests differ.</summary>
    /// <param name="left">The first digest.</param>
    /// <param name="right">The second digest.</param>
    /// <returns><see langword="true"/> when the bytes differ.</returns>
    public static bool operator !=(LifecycleHash left, LifecycleHash right) => !left.Equals(right);

    /// <summary>Parses 64 hexadecimal digits (either case).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The digest.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">Thrown when <paramref name="text"/> is not 64 hexadecimal digits.</exception>
    public static LifecycleHash Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var hash))
        {
            throw new FormatException($"A lifecycle hash must be 64 hexadecimal digits; was \"{(text.Length > 80 ? text[..80] + "…" : text)}\".");
        }

        return hash;
    }

    /// <summary>Tries to parse 64 hexadecimal digits (either case).</summary>
    /// <param name="text">The text.</param>
    /// <param name="hash">The digest when parsed.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is 64 hexadecimal digits.</returns>
    public static bool TryParse(string? text, out LifecycleHash hash)
    {
        hash = default;
        if (text is null || text.Length != Length * 2)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Length];
        for (var i = 0; i < Length; i++)
        {
            if (!byte.TryParse(text.AsSpan(i * 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bytes[i]))
            {
                return false;
            }
        }

        hash = new LifecycleHash(bytes);
        return true;
    }

    /// <summary>Copies the 32 bytes to <paramref name="destination"/>.</summary>
    /// <param name="destination">At least 32 bytes.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="destination"/> is shorter than 32 bytes.</exception>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length < Length)
        {
            throw new ArgumentException($"destination must hold {Length} bytes; was {destination.Length}.", nameof(destination));
        }

        BinaryPrimitives.WriteUInt64BigEndian(destination, _a);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _c);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _d);
    }

    /// <summary>Returns the 32 bytes as a new array.</summary>
    /// <returns>The digest bytes.</returns>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        CopyTo(bytes);
        return bytes;
    }

    /// <inheritdoc />
    public bool Equals(LifecycleHash other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LifecycleHash other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_a, _b, _c, _d);

    /// <summary>Returns the digest as 64 lower-case hexadecimal digits.</summary>
    /// <returns>The hexadecimal text.</returns>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
#if NET9_0_OR_GREATER
        return Convert.ToHexStringLower(bytes);
#else
        return Convert.ToHexString(bytes).ToLowerInvariant();
#endif
    }
}
