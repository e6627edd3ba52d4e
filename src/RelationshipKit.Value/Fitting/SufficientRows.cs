using System.Runtime.CompilerServices;

namespace RelationshipKit.Value.Fitting;

/// <summary>
/// The rows a likelihood runs over: the distinct (x, t_x, T[, spend]) rows of a table with summed weights, held in
/// plain arrays so that chunked, parallel likelihood loops can read them.
/// </summary>
/// <remarks>
/// This is <see cref="RfmTable.Collapse"/> done with an open-addressing hash over the rows' bit patterns instead of a
/// dictionary of tuples: one pass, about 24 bytes of working memory per row, so that collapsing a million
/// continuous-recency rows (which hardly collapse) costs less than one likelihood evaluation.
/// Rows keep the order of their first appearance. Rows that do not collapse share the table's arrays: nothing
/// writes to a <see cref="SufficientRows"/>' arrays.
/// </remarks>
internal sealed class SufficientRows
{
    /// <summary>The rows hashed before deciding whether collapsing pays: if 90% of them are distinct, the table is taken as it is.</summary>
    private const int SampleRows = 65_536;

    private SufficientRows(double[] frequency, double[] recency, double[] t, double[] weight, double[]? monetaryValue, int count)
    {
        Frequency = frequency;
        Recency = recency;
        T = t;
        Weight = weight;
        MonetaryValue = monetaryValue;
        Count = count;
        var total = 0.0;
        var weightedT = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += weight[i];
            weightedT += weight[i] * t[i];
        }

        TotalWeight = total;
        MeanT = total > 0 ? weightedT / total : 0;
    }

    public double[] Frequency { get; }

    public double[] Recency { get; }

    public double[] T { get; }

    public double[] Weight { get; }

    public double[]? MonetaryValue { get; }

    /// <summary>Gets the number of distinct rows (the arrays may be longer).</summary>
    public int Count { get; }

    public double TotalWeight { get; }

    /// <summary>Gets the weighted mean of T, the scale of time-scale parameters in the penalty.</summary>
    public double MeanT { get; }

    /// <summary>Collapses the rows of <paramref name="data"/> whose frequency passes <paramref name="includeFrequency"/> (all rows when null).</summary>
    // Called once per fit over up to a million rows: compiled fully optimised at once instead of starting in tier 0.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SufficientRows From(RfmTable data, bool withMonetaryValue = false, Func<double, bool>? includeFrequency = null)
    {
        var n = data.Count;
        var x = data.Frequency;
        var tx = data.Recency;
        var t = data.T;
        var w = data.Weight;
        var m = withMonetaryValue ? data.MonetaryValue : default;
        var capacity = 16;
        while (capacity < 2 * n)
        {
            capacity <<= 1;
        }

        var mask = capacity - 1;
        var table = new int[capacity];
        var ux = new double[n];
        var utx = new double[n];
        var ut = new double[n];
        var uw = new double[n];
        var um = withMonetaryValue ? new double[n] : null;
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            if (i == SampleRows && n >= 2 * SampleRows && count > 0.9 * SampleRows && includeFrequency is null)
            {
                // Continuous recencies hardly collapse: stop hashing and take the rows as they are, sharing the
                // immutable table's arrays (copying a million rows cost more than a likelihood evaluation).
                var columns = data.Columns;
                return new SufficientRows(columns.Frequency, columns.Recency, columns.T, columns.Weight, withMonetaryValue ? columns.MonetaryValue : null, n);
            }

            if (includeFrequency is not null && !includeFrequency(x[i]))
            {
                continue;
            }

            var mi = withMonetaryValue ? m[i] : 0;
            var slot = (int)(Hash(x[i], tx[i], t[i], mi) & (uint)mask);
            while (true)
            {
                var entry = table[slot] - 1;
                if (entry < 0)
                {
                    table[slot] = count + 1;
                    ux[count] = x[i];
                    utx[count] = tx[i];
                    ut[count] = t[i];
                    uw[count] = w[i];
                    if (um is not null)
                    {
                        um[count] = mi;
                    }

                    count++;
                    break;
                }

                if (ux[entry] == x[i] && utx[entry] == tx[i] && ut[entry] == t[i] && (um is null || um[entry] == mi))
                {
                    uw[entry] += w[i];
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        return new SufficientRows(ux, utx, ut, uw, um, count);
    }

    /// <summary>Takes every <paramref name="stride"/>-th row: a deterministic subsample for a warm start.</summary>
    public SufficientRows Subsample(int stride)
    {
        var n = (Count + stride - 1) / stride;
        var x = new double[n];
        var tx = new double[n];
        var t = new double[n];
        var w = new double[n];
        var m = MonetaryValue is null ? null : new double[n];
        for (var i = 0; i < n; i++)
        {
            var source = i * stride;
            x[i] = Frequency[source];
            tx[i] = Recency[source];
            t[i] = T[source];
            w[i] = Weight[source];
            if (m is not null)
            {
                m[i] = MonetaryValue![source]; // not null: m is only allocated when it is not
            }
        }

        return new SufficientRows(x, tx, t, w, m, n);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(double x, double tx, double t, double m)
    {
        unchecked
        {
            var h = (ulong)BitConverter.DoubleToInt64Bits(x) * 0x9E3779B97F4A7C15UL;
            h ^= (ulong)BitConverter.DoubleToInt64Bits(tx) * 0xC2B2AE3D27D4EB4FUL;
            h = (h << 31) | (h >> 33);
            h ^= (ulong)BitConverter.DoubleToInt64Bits(t) * 0x165667B19E3779F9UL;
            h ^= (ulong)BitConverter.DoubleToInt64Bits(m) * 0x27D4EB2F165667C5UL;
            h ^= h >> 29;
            h *= 0xBF58476D1CE4E5B9UL;
            h ^= h >> 32;
            return (uint)h;
        }
    }
}
