using System.Globalization;
using NodaTime;

namespace RelationshipKit.Value.Transactions;

/// <summary>
/// Represents one purchase in a transaction log: who bought (a <see cref="RelationshipKit.CustomerId"/>), on which
/// day (a NodaTime <see cref="LocalDate"/>) and, optionally, for how much.
/// </summary>
/// <remarks>
/// <para>Summaries work at day resolution, so a transaction carries a date, not a time. A timestamp becomes a date
/// in the time zone the business counts days in: <c>instant.InZone(zone).Date</c> for an
/// <see cref="Instant"/>, <c>localDateTime.Date</c> for a <see cref="LocalDateTime"/>. The time zone decides which
/// day a late-evening purchase falls on, and therefore which purchases collapse into one.</para>
/// <para>The amount is a <see cref="decimal"/> without a currency: a summary adds amounts, so they must all be in
/// one currency, and it is the caller's to know which. Amounts are finite and never negative (net refunds into
/// the purchase they refund before summarising).</para>
/// <para>Equality compares the customer, the date and the amount (a missing amount differs from an amount of 0).
/// The <c>default</c> value has the unset customer id, the date 0001-01-01 and no amount;
/// <see cref="Summaries.RfmSummaryAccumulator"/> rejects it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct Transaction : IEquatable<Transaction>
{
    private readonly decimal _amount;
    private readonly int _dayNumber;
    private readonly bool _hasAmount;

    /// <summary>Initializes a new <see cref="Transaction"/> without an amount.</summary>
    /// <param name="customerId">The customer who bought.</param>
    /// <param name="date">The day of the purchase (in any calendar; it is stored as the ISO day it falls on).</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customerId"/> is the unset <c>default</c> id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="date"/> is before 0001-01-01 (ISO).</exception>
    public Transaction(CustomerId customerId, LocalDate date)
        : this(customerId, date, 0m, hasAmount: false)
    {
    }

    /// <summary>Initializes a new <see cref="Transaction"/> with an amount.</summary>
    /// <param name="customerId">The customer who bought.</param>
    /// <param name="date">The day of the purchase (in any calendar; it is stored as the ISO day it falls on).</param>
    /// <param name="amount">The amount spent, 0 or more.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customerId"/> is the unset <c>default</c> id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="date"/> is before 0001-01-01 (ISO), or <paramref name="amount"/> is negative.</exception>
    public Transaction(CustomerId customerId, LocalDate date, decimal amount)
        : this(customerId, date, amount, hasAmount: true)
    {
    }

    private Transaction(CustomerId customerId, LocalDate date, decimal amount, bool hasAmount)
    {
        if (customerId.IsDefault)
        {
            throw new ArgumentException("customerId must not be the unset default id.", nameof(customerId));
        }

        if (amount < 0)
        {
            throw Guard.OutOfRange(nameof(amount), amount, "be >= 0");
        }

        CustomerId = customerId;
        _dayNumber = DayNumber.From(date, nameof(date));
        _amount = amount;
        _hasAmount = hasAmount;
    }

    /// <summary>Gets the customer who bought.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>Gets the day of the purchase, in the ISO calendar.</summary>
    public LocalDate Date => DayNumber.ToLocalDate(_dayNumber);

    /// <summary>Gets the amount spent, or <see langword="null"/> when the log has no amounts.</summary>
    public decimal? Amount => _hasAmount ? _amount : null;

    /// <summary>Gets the day as a <see cref="DateOnly.DayNumber"/> (days since 0001-01-01).</summary>
    internal int DayNumberValue => _dayNumber;

    /// <summary>Gets a value indicating whether the transaction has an amount.</summary>
    internal bool HasAmount => _hasAmount;

    /// <summary>Gets the amount, 0 when there is none.</summary>
    internal decimal AmountOrZero => _amount;

    /// <summary>Determines whether two transactions are equal.</summary>
    /// <param name="left">The first transaction.</param>
    /// <param name="right">The second transaction.</param>
    /// <returns><see langword="true"/> when the customer, date and amount are equal.</returns>
    public static bool operator ==(Transaction left, Transaction right) => left.Equals(right);

    /// <summary>Determines whether two transactions differ.</summary>
    /// <param name="left">The first transaction.</param>
    /// <param name="right">The second transaction.</param>
    /// <returns><see langword="true"/> when the customer, date or amount differ.</returns>
    public static bool operator !=(Transaction left, Transaction right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Transaction other) =>
        CustomerId == other.CustomerId && _dayNumber == other._dayNumber && _hasAmount == other._hasAmount && _amount == other._amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Transaction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CustomerId, _dayNumber, _hasAmount, _amount);

    /// <summary>Returns the transaction as <c>id date [amount]</c>, for example <c>00001 1997-01-01 11.77</c>.</summary>
    /// <returns>The text, with the date in ISO 8601 and the amount in the invariant culture.</returns>
    public override string ToString()
    {
        var date = Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        return _hasAmount
            ? $"{CustomerId} {date} {_amount.ToString(CultureInfo.InvariantCulture)}"
            : $"{CustomerId} {date}";
    }
}
