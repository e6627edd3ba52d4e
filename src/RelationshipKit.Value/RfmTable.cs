namespace RelationshipKit.Value;

/// <summary>
/// Represents the sufficient statistics that buy-till-you-die models fit on: per row, the repeat frequency
/// <c>x</c>, the recency <c>t_x</c>, the observation time <c>T</c>, a weight (how many customers share the row)
/// and optionally the mean repeat spend, all in one <see cref="TimeUnit"/>.
/// </summary>
/// <remarks>
/// <para>Columns are stored as arrays and exposed as spans so that likelihoods run over them without allocation.
/// Rows are validated at construction; an invalid row throws a <see cref="DataRowException"/> naming the row.</para>
/// <para>Rules: frequency is a whole number in [0, <see cref="MaxFrequency"/>]; T is in [0, <see cref="MaxTime"/>];
/// recency is in [0, T], and 0 when frequency is 0; weights are in (0, <see cref="MaxWeight"/>] (1 when not given);
/// monetary values, when given, are in [0, <see cref="MaxMonetaryValue"/>]. The upper bounds lie far beyond any real
/// data and keep every likelihood, gradient and prediction finite, so no model can return NaN or infinity for a
/// table that was accepted.
/// For discrete-time data (BG/BB) T holds the number of opportunities <c>n</c> and the unit is
/// <see cref="TimeUnit.Period"/>.</para>
/// <para>Customers with the same (x, t_x, T, spend) carry the same information: <see cref="Collapse"/> merges
/// them into one weighted row, so fitting a million customers costs what fitting their distinct rows costs.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class RfmTable
{
    /// <summary>The largest repeat frequency a row may have: 10⁹ purchases.</summary>
    public const double MaxFrequency = 1e9;

    /// <summary>The largest T (and so recency) a row may have: 10¹² of the table's time unit.</summary>
    public const double MaxTime = 1e12;

    /// <summary>The largest weight a row may have: 10¹² customers.</summary>
    public const double MaxWeight = 1e12;

    /// <summary>The largest mean repeat spend a row may have: 10¹⁵.</summary>
    public const double MaxMonetaryValue = 1e15;

    private readonly double[] _frequency;
    private readonly double[] _recency;
    private readonly double[] _t;
    private readonly double[] _weight;
    private readonly double[]? _monetaryValue;

    // Rows are the first _count entries of each array (a reader may hand over arrays with room to spare).
    private readonly int _count;

    private RfmTable(double[] frequency, double[] recency, double[] t, double[] weight, double[]? monetaryValue, TimeUnit unit, int count = -1)
    {
        _count = count < 0 ? frequency.Length : count;
        _frequency = frequency;
        _recency = recency;
        _t = t;
        _weight = weight;
        _monetaryValue = monetaryValue;
        TimeUnit = unit;
        var total = 0.0;
        foreach (var w in weight.AsSpan(0, _count))
        {
            total += w;
        }

        TotalWeight = total;
    }

    /// <summary>Gets the number of rows.</summary>
    public int Count => _count;

    /// <summary>Gets the sum of the weights: the number of customers the table stands for.</summary>
    public double TotalWeight { get; }

    /// <summary>Gets the unit of recency and T.</summary>
    public TimeUnit TimeUnit { get; }

    /// <summary>Gets a value indicating whether the table has a monetary-value column.</summary>
    public bool HasMonetaryValue => _monetaryValue is not null;

    /// <summary>Gets the repeat frequencies x.</summary>
    public ReadOnlySpan<double> Frequency => _frequency.AsSpan(0, _count);

    /// <summary>Gets the recencies t_x (time of the last repeat purchase, from the first purchase).</summary>
    public ReadOnlySpan<double> Recency => _recency.AsSpan(0, _count);

    /// <summary>Gets the observation times T (from the first purchase to the end of observation), or the number of opportunities n for discrete data.</summary>
    public ReadOnlySpan<double> T => _t.AsSpan(0, _count);

    /// <summary>Gets the row weights.</summary>
    public ReadOnlySpan<double> Weight => _weight.AsSpan(0, _count);

    /// <summary>Gets the mean repeat spend per row (empty when the table has no monetary column).</summary>
    public ReadOnlySpan<double> MonetaryValue => _monetaryValue is null ? default : _monetaryValue.AsSpan(0, _count);

    /// <summary>Gets the columns' arrays, which may be longer than <see cref="Count"/>, for internal readers that must not copy a million rows; nothing may write to them.</summary>
    internal (double[] Frequency, double[] Recency, double[] T, double[] Weight, double[]? MonetaryValue) Columns =>
        (_frequency, _recency, _t, _weight, _monetaryValue);

    /// <summary>Creates a table from columns, validating every row.</summary>
    /// <param name="frequency">The repeat frequencies x (non-negative whole numbers).</param>
    /// <param name="recency">The recencies t_x, in [0, T].</param>
    /// <param name="t">The observation times T (≥ 0), or opportunities n for discrete data.</param>
    /// <param name="timeUnit">The unit of recency and T.</param>
    /// <param name="weight">The weights (&gt; 0); empty for all ones.</param>
    /// <param name="monetaryValue">The mean repeat spend (≥ 0); empty for none.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">Thrown when the columns differ in length.</exception>
    /// <exception cref="DataRowException">Thrown when a row breaks a rule; it names the row, column and value.</exception>
    public static RfmTable Create(
        ReadOnlySpan<double> frequency,
        ReadOnlySpan<double> recency,
        ReadOnlySpan<double> t,
        TimeUnit timeUnit,
        ReadOnlySpan<double> weight = default,
        ReadOnlySpan<double> monetaryValue = default)
    {
        var n = frequency.Length;
        RequireLength(recency.Length, n, nameof(recency));
        RequireLength(t.Length, n, nameof(t));
        if (!weight.IsEmpty)
        {
            RequireLength(weight.Length, n, nameof(weight));
        }

        if (!monetaryValue.IsEmpty)
        {
            RequireLength(monetaryValue.Length, n, nameof(monetaryValue));
        }

        for (var i = 0; i < n; i++)
        {
            ValidateRow(i + 1, frequency[i], recency[i], t[i], weight.IsEmpty ? 1 : weight[i], monetaryValue.IsEmpty ? 0 : monetaryValue[i]);
        }

        double[] weights;
        if (weight.IsEmpty)
        {
            weights = new double[n];
            Array.Fill(weights, 1.0);
        }
        else
        {
            weights = weight.ToArray();
        }

        return new RfmTable(frequency.ToArray(), recency.ToArray(), t.ToArray(), weights, monetaryValue.IsEmpty ? null : monetaryValue.ToArray(), timeUnit);
    }

    /// <summary>Merges rows with identical (x, t_x, T, spend) into one row whose weight is the sum of theirs.</summary>
    /// <returns>The collapsed table, rows in order of first appearance.</returns>
    public RfmTable Collapse()
    {
        var index = new Dictionary<(double X, double Tx, double T, double M), int>(Count);
        var x = new List<double>();
        var tx = new List<double>();
        var tt = new List<double>();
        var w = new List<double>();
        var m = _monetaryValue is null ? null : new List<double>();
        for (var i = 0; i < Count; i++)
        {
            var key = (_frequency[i], _recency[i], _t[i], _monetaryValue?[i] ?? 0);
            if (index.TryGetValue(key, out var row))
            {
                w[row] += _weight[i];
                continue;
            }

            index.Add(key, x.Count);
            x.Add(key.Item1);
            tx.Add(key.Item2);
            tt.Add(key.Item3);
            w.Add(_weight[i]);
            m?.Add(key.Item4);
        }

        return new RfmTable([.. x], [.. tx], [.. tt], [.. w], m is null ? null : [.. m], TimeUnit);
    }

    /// <summary>Returns this table with recency and T expressed in another unit (both units need a calendar length).</summary>
    /// <param name="unit">The new unit.</param>
    /// <returns>The converted table.</returns>
    /// <exception cref="InvalidOperationException">Thrown when either unit is <see cref="TimeUnit.Period"/>.</exception>
    public RfmTable WithTimeUnit(TimeUnit unit)
    {
        if (unit == TimeUnit)
        {
            return this;
        }

        if (!unit.HasCalendarLength || !TimeUnit.HasCalendarLength)
        {
            throw new InvalidOperationException($"Cannot convert between {TimeUnit.Name} and {unit.Name}: an abstract period has no calendar length.");
        }

        var factor = (double)TimeUnit.LengthInDays!.Value / unit.LengthInDays!.Value;
        var recency = new double[Count];
        var t = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            recency[i] = _recency[i] * factor;
            t[i] = _t[i] * factor;
        }

        return new RfmTable(_frequency, recency, t, _weight, _monetaryValue, unit, _count);
    }

    private static void RequireLength(int actual, int expected, string paramName)
    {
        if (actual != expected)
        {
            throw new ArgumentException($"{paramName} must have one value per row ({expected}); had {actual}.", paramName);
        }
    }

    /// <summary>Whether <paramref name="frequency"/> is a whole number in [0, <see cref="MaxFrequency"/>]: the rule for rows and for the models' per-customer arguments.</summary>
    internal static bool IsValidFrequency(double frequency) =>
        double.IsFinite(frequency) && frequency >= 0 && Math.Floor(frequency) == frequency && frequency <= MaxFrequency;

    /// <summary>Whether <paramref name="t"/> is in [0, <see cref="MaxTime"/>] (NaN is not).</summary>
    internal static bool IsValidTime(double t) => t >= 0 && t <= MaxTime;

    /// <summary>Creates a table from the first <paramref name="count"/> entries of columns already checked with <see cref="ValidateRow"/>, taking ownership of the arrays.</summary>
    internal static RfmTable FromValidated(double[] frequency, double[] recency, double[] t, double[] weight, double[]? monetaryValue, TimeUnit timeUnit, int count) =>
        new(frequency, recency, t, weight, monetaryValue, timeUnit, count);

    /// <summary>Throws a <see cref="DataRowException"/> naming the row, the column and the rule when a row breaks one.</summary>
    internal static void ValidateRow(int row, double frequency, double recency, double t, double weight, double monetaryValue)
    {
        if (!IsValidFrequency(frequency))
        {
            throw new DataRowException(nameof(frequency), row, "frequency", frequency, $"frequency must be a whole number in [0, {Guard.Format(MaxFrequency)}]; row {row} was {Guard.Format(frequency)}.");
        }

        if (!IsValidTime(t))
        {
            throw new DataRowException(nameof(t), row, "T", t, $"T must be a number in [0, {Guard.Format(MaxTime)}]; row {row} was {Guard.Format(t)}.");
        }

        if (!double.IsFinite(recency) || recency < 0 || recency > t)
        {
            throw new DataRowException(nameof(recency), row, "recency", recency, $"recency must be in [0, T]; row {row} was {Guard.Format(recency)} with T {Guard.Format(t)}.");
        }

        if (frequency == 0 && recency != 0)
        {
            throw new DataRowException(nameof(recency), row, "recency", recency, $"recency must be 0 when frequency is 0; row {row} was {Guard.Format(recency)}.");
        }

        if (!double.IsFinite(weight) || weight <= 0 || weight > MaxWeight)
        {
            throw new DataRowException(nameof(weight), row, "weight", weight, $"weight must be a number in (0, {Guard.Format(MaxWeight)}]; row {row} was {Guard.Format(weight)}.");
        }

        if (!double.IsFinite(monetaryValue) || monetaryValue < 0 || monetaryValue > MaxMonetaryValue)
        {
            throw new DataRowException(nameof(monetaryValue), row, "monetary_value", monetaryValue, $"monetary value must be a number in [0, {Guard.Format(MaxMonetaryValue)}]; row {row} was {Guard.Format(monetaryValue)}.");
        }
    }
}
