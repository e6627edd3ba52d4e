namespace RelationshipKit.Value.Simulation;

/// <summary>
/// Represents a columnar log of transactions — per transaction the customer's 0-based index, the time since that
/// customer's first purchase and optionally an amount — as the simulators produce it.
/// </summary>
/// <remarks>
/// <para>Every customer's first purchase is in the log at time 0, followed by the repeat purchases in time order;
/// customers appear in index order. <see cref="Summarize"/> turns the log into the (x, t_x, T) summaries the models
/// fit on.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class TransactionLog
{
    private readonly int[] _customer;
    private readonly double[] _time;
    private readonly double[]? _amount;

    internal TransactionLog(int customers, int[] customer, double[] time, double[]? amount, TimeUnit timeUnit)
    {
        CustomerCount = customers;
        _customer = customer;
        _time = time;
        _amount = amount;
        TimeUnit = timeUnit;
    }

    /// <summary>Gets the number of customers (indices run from 0 to this − 1).</summary>
    public int CustomerCount { get; }

    /// <summary>Gets the number of transactions.</summary>
    public int Count => _customer.Length;

    /// <summary>Gets the unit of <see cref="Time"/>.</summary>
    public TimeUnit TimeUnit { get; }

    /// <summary>Gets the 0-based customer index of each transaction.</summary>
    public ReadOnlySpan<int> Customer => _customer;

    /// <summary>Gets the time of each transaction since the customer's first purchase.</summary>
    public ReadOnlySpan<double> Time => _time;

    /// <summary>Gets a value indicating whether the log carries amounts.</summary>
    public bool HasAmount => _amount is not null;

    /// <summary>Gets the amount of each transaction (empty when the log has none).</summary>
    public ReadOnlySpan<double> Amount => _amount;

    /// <summary>Returns this log with an amount per transaction.</summary>
    /// <param name="amount">One amount per transaction, each finite and ≥ 0.</param>
    /// <returns>The log with amounts.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="amount"/> does not have one value per transaction.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an amount is negative or not finite.</exception>
    public TransactionLog WithAmounts(ReadOnlySpan<double> amount)
    {
        if (amount.Length != Count)
        {
            throw new ArgumentException($"amount must have one value per transaction ({Count}); had {amount.Length}.", nameof(amount));
        }

        foreach (var value in amount)
        {
            if (!double.IsFinite(value) || value < 0)
            {
                throw Guard.OutOfRange(nameof(amount), value, "hold finite numbers >= 0");
            }
        }

        return new TransactionLog(CustomerCount, _customer, _time, amount.ToArray(), TimeUnit);
    }

    /// <summary>Summarizes the log per customer: repeat purchases x, recency t_x, observation time T, and the mean repeat amount when the log has amounts.</summary>
    /// <param name="observationTimes">Per customer, the time from the first purchase to the end of observation; transactions after it are ignored.</param>
    /// <returns>One row per customer, in index order.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="observationTimes"/> does not have one value per customer.</exception>
    /// <exception cref="DataRowException">Thrown when an observation time is negative or not finite.</exception>
    public RfmTable Summarize(ReadOnlySpan<double> observationTimes)
    {
        if (observationTimes.Length != CustomerCount)
        {
            throw new ArgumentException($"observationTimes must have one value per customer ({CustomerCount}); had {observationTimes.Length}.", nameof(observationTimes));
        }

        var x = new double[CustomerCount];
        var tx = new double[CustomerCount];
        var spend = _amount is null ? null : new double[CustomerCount];
        for (var i = 0; i < _customer.Length; i++)
        {
            var c = _customer[i];
            var time = _time[i];
            if (time <= 0 || !(time <= observationTimes[c]))
            {
                continue;
            }

            x[c]++;
            tx[c] = Math.Max(tx[c], time);
            if (spend is not null)
            {
                spend[c] += _amount![i]; // not null: spend is only allocated when the log has amounts
            }
        }

        if (spend is not null)
        {
            for (var c = 0; c < CustomerCount; c++)
            {
                spend[c] = x[c] > 0 ? spend[c] / x[c] : 0;
            }
        }

        return RfmTable.Create(x, tx, observationTimes, TimeUnit, default, spend);
    }
}
