namespace RelationshipKit.Value.Transactions;

/// <summary>Represents how far a <see cref="TransactionCsvReader"/> has read: lines, transactions and, for files, the fraction of bytes.</summary>
/// <remarks>
/// <para>Equality compares every member. The <c>default</c> value means nothing read yet, length unknown.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct TransactionReadProgress : IEquatable<TransactionReadProgress>
{
    /// <summary>Initializes a new <see cref="TransactionReadProgress"/>.</summary>
    /// <param name="linesRead">The lines read so far, header and blank lines included.</param>
    /// <param name="transactionsRead">The transactions read so far.</param>
    /// <param name="fraction">The fraction of the input read, in [0, 1], or <see langword="null"/> when the length is unknown.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a count is negative or <paramref name="fraction"/> is outside [0, 1].</exception>
    public TransactionReadProgress(long linesRead, long transactionsRead, double? fraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(linesRead);
        ArgumentOutOfRangeException.ThrowIfNegative(transactionsRead);
        if (fraction is { } f && !(f >= 0 && f <= 1))
        {
            throw Guard.OutOfRange(nameof(fraction), f, "be in [0, 1]");
        }

        LinesRead = linesRead;
        TransactionsRead = transactionsRead;
        Fraction = fraction;
    }

    /// <summary>Gets the lines read so far, header and blank lines included.</summary>
    public long LinesRead { get; }

    /// <summary>Gets the transactions read so far.</summary>
    public long TransactionsRead { get; }

    /// <summary>Gets the fraction of the input read, in [0, 1], or <see langword="null"/> when the input's length is unknown.</summary>
    public double? Fraction { get; }

    /// <summary>Determines whether two progress values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(TransactionReadProgress left, TransactionReadProgress right) => left.Equals(right);

    /// <summary>Determines whether two progress values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(TransactionReadProgress left, TransactionReadProgress right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TransactionReadProgress other) =>
        LinesRead == other.LinesRead && TransactionsRead == other.TransactionsRead && Nullable.Equals(Fraction, other.Fraction);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TransactionReadProgress other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LinesRead, TransactionsRead, Fraction);
}
