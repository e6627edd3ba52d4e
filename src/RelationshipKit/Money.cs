using System.Globalization;

namespace RelationshipKit;

/// <summary>
/// Represents an amount of money: a <see cref="decimal"/> amount in one <see cref="RelationshipKit.Currency"/>.
/// </summary>
/// <remarks>
/// <para>Arithmetic and comparison work only within one currency; mixing currencies throws an
/// <see cref="ArgumentException"/> that names both. Nothing is rounded implicitly: call
/// <see cref="RoundToMinorUnit(MidpointRounding)"/> when a result should be expressed in whole minor units.</para>
/// <para>Equality compares amount and currency; <c>1.0 PLN</c> equals <c>1.00 PLN</c> (decimal equality).
/// The <c>default</c> value is zero in <see cref="Currency.None"/> (<c>XXX</c>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    /// <summary>Initializes a new <see cref="Money"/> value.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    public Money(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>Gets the amount.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency; <see cref="Currency.None"/> for the <c>default</c> value.</summary>
    public Currency Currency { get; }

    /// <summary>Creates zero in <paramref name="currency"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero in that currency.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">Thrown when the currencies differ.</exception>
    public static Money operator +(Money left, Money right) => left.Plus(right);

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/> (same currency).</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">Thrown when the currencies differ.</exception>
    public static Money operator -(Money left, Money right) => left.Minus(right);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount in the same currency.</returns>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product in the same currency.</returns>
    public static Money operator *(Money left, decimal factor) => left.Times(factor);

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The product in the same currency.</returns>
    public static Money operator *(decimal factor, Money right) => right.Times(factor);

    /// <summary>Divides an amount by a divisor.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient in the same currency (not rounded).</returns>
    /// <exception cref="DivideByZeroException">Thrown when <paramref name="divisor"/> is zero.</exception>
    public static Money operator /(Money left, decimal divisor) => new(left.Amount / divisor, left.Currency);

    /// <summary>Determines whether two values are equal (amount and currency).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Determines whether two values differ (amount or currency).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Determines whether <paramref name="left"/> is less than <paramref name="right"/> (same currency).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when smaller.</returns>
    /// <exception cref="ArgumentException">Thrown when the currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether <paramref name="left"/> is less than or equal to <paramref name="right"/> (same currency).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when not greater.</returns>
    /// <exception cref="ArgumentException">Thrown when the currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether <paramref name="left"/> is greater than <paramref name="right"/> (same currency).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when greater.</returns>
    /// <exception cref="ArgumentException">Thrown when the currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether <paramref name="left"/> is greater than or equal to <paramref name="right"/> (same currency).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when not smaller.</returns>
    /// <exception cref="ArgumentException">Thrown when the currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Adds <paramref name="other"/> to this amount (same currency).</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">Thrown when the currencies differ.</exception>
    public Money Plus(Money other)
    {
        EnsureSameCurrency(other, "add");
        return new Money(Amount + other.Amount, Currency);
    }

    /// <summary>Subtracts <paramref name="other"/> from this amount (same currency).</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">Thrown when the currencies differ.</exception>
    public Money Minus(Money other)
    {
        EnsureSameCurrency(other, "subtract");
        return new Money(Amount - other.Amount, Currency);
    }

    /// <summary>Multiplies this amount by <paramref name="factor"/>.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The product in the same currency (not rounded).</returns>
    public Money Times(decimal factor) => new(Amount * factor, Currency);

    /// <summary>Returns this value with a different amount in the same currency.</summary>
    /// <param name="amount">The new amount.</param>
    /// <returns>The new value.</returns>
    public Money WithAmount(decimal amount) => new(amount, Currency);

    /// <summary>Rounds the amount to the currency's minor unit (two decimals for PLN, none for JPY).</summary>
    /// <param name="mode">How to round a midpoint; banker's rounding (<see cref="MidpointRounding.ToEven"/>) by default.</param>
    /// <returns>The rounded value.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the currency has no minor unit (<c>XXX</c>, funds, metals, unknown codes); use <see cref="Round(int, MidpointRounding)"/> instead.</exception>
    public Money RoundToMinorUnit(MidpointRounding mode = MidpointRounding.ToEven)
    {
        var units = Currency.MinorUnits
            ?? throw new InvalidOperationException($"Currency {Currency.Code} has no minor unit in ISO 4217; call Round(decimals) with an explicit number of decimals instead.");
        return new Money(Math.Round(Amount, units, mode), Currency);
    }

    /// <summary>Rounds the amount to <paramref name="decimals"/> decimal places.</summary>
    /// <param name="decimals">The number of decimal places, 0 to 28.</param>
    /// <param name="mode">How to round a midpoint; banker's rounding by default.</param>
    /// <returns>The rounded value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="decimals"/> is outside 0 to 28.</exception>
    public Money Round(int decimals, MidpointRounding mode = MidpointRounding.ToEven)
    {
        if (decimals is < 0 or > 28)
        {
            throw Preconditions.OutOfRange(nameof(decimals), decimals, "be in [0, 28]");
        }

        return new Money(Math.Round(Amount, decimals, mode), Currency);
    }

    /// <inheritdoc />
    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>A negative number, zero or a positive number as this amount is smaller, equal or greater.</returns>
    /// <exception cref="ArgumentException">Thrown when the currencies differ.</exception>
    public int CompareTo(Money other)
    {
        EnsureSameCurrency(other, "compare");
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Returns the amount and currency code, invariantly formatted, for example <c>30000 PLN</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Currency.Code;

    private void EnsureSameCurrency(Money other, string operation)
    {
        if (Currency != other.Currency)
        {
            throw new ArgumentException($"Cannot {operation} {Currency.Code} and {other.Currency.Code}: money arithmetic and comparison need one currency; convert first.", nameof(other));
        }
    }
}
