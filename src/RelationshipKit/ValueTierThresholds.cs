using System.Globalization;

namespace RelationshipKit;

/// <summary>
/// Represents where the most-valuable (MVC) and most-growable (MGC) tiers begin: either as quantiles of the customer
/// base (the top 20 % by net value) or as amounts of money (a net value of at least 10 000 PLN).
/// </summary>
/// <remarks>
/// <para>With quantiles, a customer is most valuable when its net value is at or above the
/// <see cref="MostValuableQuantile"/> quantile of all the net values being assigned, and most growable when its
/// unrealised potential is at or above the <see cref="MostGrowableQuantile"/> quantile of all unrealised potentials
/// (quantiles by linear interpolation between order statistics, Hyndman &amp; Fan 1996 definition 7, the default of R
/// and NumPy). With amounts the cuts are the amounts themselves.</para>
/// <para>The <c>default</c> value is <see cref="Default"/>: quantiles 0.8 and 0.8, the top fifth of the base by net
/// value and by unrealised potential. Peppers &amp; Rogers give no number; the top fifth is the usual Pareto
/// convention, not a figure from the sources.</para>
/// <para>Equality compares the kind and the two thresholds. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct ValueTierThresholds : IEquatable<ValueTierThresholds>
{
    /// <summary>The quantile of both tiers in <see cref="Default"/>.</summary>
    public const double DefaultQuantile = 0.8;

    // 0 (never a valid quantile) stands for DefaultQuantile, so that default(ValueTierThresholds) is Default.
    private readonly double _mostValuable;
    private readonly double _mostGrowable;
    private readonly Money _mostValuableAmount;
    private readonly Money _mostGrowableAmount;

    private ValueTierThresholds(ValueTierThresholdKind kind, double mostValuable, double mostGrowable, Money mostValuableAmount, Money mostGrowableAmount)
    {
        Kind = kind;
        _mostValuable = mostValuable;
        _mostGrowable = mostGrowable;
        _mostValuableAmount = mostValuableAmount;
        _mostGrowableAmount = mostGrowableAmount;
    }

    /// <summary>Gets the default thresholds: the top fifth by net value (MVC) and by unrealised potential (MGC); also the <c>default</c> value.</summary>
    public static ValueTierThresholds Default => default;

    /// <summary>Gets how the thresholds are given.</summary>
    public ValueTierThresholdKind Kind { get; }

    /// <summary>Gets the quantile of net value at which the most-valuable tier begins, or <see langword="null"/> for amounts.</summary>
    public double? MostValuableQuantile => Kind == ValueTierThresholdKind.Quantiles ? OrDefault(_mostValuable) : null;

    /// <summary>Gets the quantile of unrealised potential at which the most-growable tier begins, or <see langword="null"/> for amounts.</summary>
    public double? MostGrowableQuantile => Kind == ValueTierThresholdKind.Quantiles ? OrDefault(_mostGrowable) : null;

    /// <summary>Gets the net value at which the most-valuable tier begins, or <see langword="null"/> for quantiles.</summary>
    public Money? MostValuableAmount => Kind == ValueTierThresholdKind.Amounts ? _mostValuableAmount : null;

    /// <summary>Gets the unrealised potential at which the most-growable tier begins, or <see langword="null"/> for quantiles.</summary>
    public Money? MostGrowableAmount => Kind == ValueTierThresholdKind.Amounts ? _mostGrowableAmount : null;

    /// <summary>Determines whether two thresholds are equal.</summary>
    /// <param name="left">The first thresholds.</param>
    /// <param name="right">The second thresholds.</param>
    /// <returns><see langword="true"/> when kind and both thresholds are equal.</returns>
    public static bool operator ==(ValueTierThresholds left, ValueTierThresholds right) => left.Equals(right);

    /// <summary>Determines whether two thresholds differ.</summary>
    /// <param name="left">The first thresholds.</param>
    /// <param name="right">The second thresholds.</param>
    /// <returns><see langword="true"/> when kind or a threshold differs.</returns>
    public static bool operator !=(ValueTierThresholds left, ValueTierThresholds right) => !left.Equals(right);

    /// <summary>Creates thresholds as quantiles of the customer base.</summary>
    /// <param name="mostValuable">The quantile of net value at which the most-valuable tier begins, in (0, 1); 0.9 makes the top tenth most valuable.</param>
    /// <param name="mostGrowable">The quantile of unrealised potential at which the most-growable tier begins, in (0, 1).</param>
    /// <returns>The thresholds.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a quantile is NaN or outside (0, 1).</exception>
    public static ValueTierThresholds Quantiles(double mostValuable, double mostGrowable)
    {
        CheckQuantile(mostValuable, nameof(mostValuable));
        CheckQuantile(mostGrowable, nameof(mostGrowable));
        return new(ValueTierThresholdKind.Quantiles, mostValuable, mostGrowable, default, default);
    }

    /// <summary>Creates thresholds as amounts of money.</summary>
    /// <param name="mostValuable">The net value at which the most-valuable tier begins (≥ 0).</param>
    /// <param name="mostGrowable">The unrealised potential at which the most-growable tier begins (≥ 0, same currency).</param>
    /// <returns>The thresholds.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an amount is negative.</exception>
    /// <exception cref="ArgumentException">Thrown when the amounts differ in currency.</exception>
    public static ValueTierThresholds Amounts(Money mostValuable, Money mostGrowable)
    {
        if (mostValuable.Amount < 0)
        {
            throw Preconditions.OutOfRange(nameof(mostValuable), mostValuable, "be >= 0");
        }

        if (mostGrowable.Amount < 0)
        {
            throw Preconditions.OutOfRange(nameof(mostGrowable), mostGrowable, "be >= 0");
        }

        if (mostGrowable.Currency != mostValuable.Currency)
        {
            throw new ArgumentException(
                $"mostGrowable must be in the currency of mostValuable ({mostValuable.Currency.Code}); was {mostGrowable.Currency.Code}.", nameof(mostGrowable));
        }

        return new(ValueTierThresholdKind.Amounts, 0, 0, mostValuable, mostGrowable);
    }

    /// <inheritdoc />
    public bool Equals(ValueTierThresholds other) =>
        Kind == other.Kind
        && Nullable.Equals(MostValuableQuantile, other.MostValuableQuantile)
        && Nullable.Equals(MostGrowableQuantile, other.MostGrowableQuantile)
        && Nullable.Equals(MostValuableAmount, other.MostValuableAmount)
        && Nullable.Equals(MostGrowableAmount, other.MostGrowableAmount);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueTierThresholds other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, MostValuableQuantile, MostGrowableQuantile, MostValuableAmount, MostGrowableAmount);

    /// <summary>Returns the thresholds, for example <c>quantiles: MVC 0.8, MGC 0.8</c> or <c>amounts: MVC 10000 PLN, MGC 5000 PLN</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == ValueTierThresholdKind.Amounts
        ? $"amounts: MVC {_mostValuableAmount}, MGC {_mostGrowableAmount}"
        : string.Create(CultureInfo.InvariantCulture, $"quantiles: MVC {MostValuableQuantile:R}, MGC {MostGrowableQuantile:R}");

    private static double OrDefault(double quantile) => quantile == 0 ? DefaultQuantile : quantile;

    private static void CheckQuantile(double value, string paramName)
    {
        if (!(value > 0 && value < 1))
        {
            throw Preconditions.OutOfRange(paramName, value, "be in (0, 1)");
        }
    }
}
