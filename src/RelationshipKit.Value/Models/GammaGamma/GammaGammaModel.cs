using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Numerics;
using RelationshipKit.Value.Simulation;

namespace RelationshipKit.Value.Models.GammaGamma;

/// <summary>
/// Represents the Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV: Using
/// Iso-Value Curves for Customer Base Analysis", Journal of Marketing Research 42(4)): each customer's transaction
/// values are Gamma(p, ν) with mean p/ν, and ν ~ Gamma(q, v) across customers.
/// </summary>
/// <remarks>
/// <para>It is fitted on customers' mean repeat spend m̄ and repeat frequency x (customers with x = 0 carry no spend
/// information and are left out) and predicts each customer's expected spend per future transaction, the
/// weighted average of the population mean p·v/(q − 1) and her own mean m̄:
/// E[M | x, m̄] = p (v + x m̄) / (p x + q − 1) (eq. 5 of the paper; Fader &amp; Hardie 2013, note 025, eq. 6).
/// The model assumes a customer's spend is independent of how often she buys; check it with
/// <see cref="CheckIndependence"/>.</para>
/// <para>Spends are plain numbers in one money unit (the data's currency); the lifetime-value model
/// turns them into <see cref="Money"/> when a currency is given. Oracles on CDNOW: fit p 6.25, q 3.74, v 15.44 on the
/// 946 repeat buyers; E[M | x = 2, m̄ = 22.35] = 24.66; population mean 35.22.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class GammaGammaModel
{
    private static readonly string[] Names = ["p", "q", "v"];

    /// <summary>Initializes a new instance of the <see cref="GammaGammaModel"/> class from known parameters.</summary>
    /// <param name="parameters">The parameters; v in the spends' money unit.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="parameters"/> is the invalid <c>default</c> value.</exception>
    public GammaGammaModel(GammaGammaParameters parameters)
    {
        if (parameters.P <= 0)
        {
            throw new ArgumentException("parameters must be created with the GammaGammaParameters constructor; was the default value (all zero).", nameof(parameters));
        }

        Parameters = parameters;
    }

    /// <summary>Gets the parameter names in the order of <see cref="FitResult{TModel}.Parameters"/>: p, q, v.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = Array.AsReadOnly(Names);

    /// <summary>Gets the model's name as the CLI and JSON use it: <c>gammagamma</c>.</summary>
    public string Name { get; } = "gammagamma";

    /// <summary>Gets the model's parameters.</summary>
    public GammaGammaParameters Parameters { get; }

    /// <summary>Gets a value indicating whether the population mean spend p·v/(q − 1) is finite, that is q &gt; 1.</summary>
    public bool HasFiniteMeanSpend => Parameters.Q > 1;

    /// <summary>Gets the population mean spend per transaction, p·v/(q − 1): the expected spend of a customer with no repeat purchase.</summary>
    /// <exception cref="InvalidOperationException">Thrown when q ≤ 1: the mean of the spend distribution is then infinite (check <see cref="HasFiniteMeanSpend"/>).</exception>
    public double MeanSpend
    {
        get
        {
            var p = Parameters;
            if (p.Q <= 1)
            {
                throw new InvalidOperationException($"The population mean spend p·v/(q − 1) is infinite because q <= 1 (q = {Guard.Format(p.Q)}); check HasFiniteMeanSpend first.");
            }

            return p.P * p.V / (p.Q - 1);
        }
    }

    /// <summary>Fits the model by maximum likelihood on the customers with at least one repeat purchase.</summary>
    /// <param name="data">The summaries with a monetary-value column holding each customer's mean repeat spend.</param>
    /// <param name="options">The fit options; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the fit between iterations.</param>
    /// <returns>The fit. Rows with x = 0 are left out and counted in <see cref="FitResult{TModel}.ExcludedRows"/>; <see cref="FitResult{TModel}.Customers"/> is the sum of the weights used.</returns>
    /// <remarks>The optional L2 penalty scales v by the weighted mean spend of the rows used, so it does not depend on the currency unit.</remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="data"/> has no monetary-value column or no customer with a repeat purchase.</exception>
    /// <exception cref="DataRowException">Thrown when a row with a repeat purchase has a mean spend of 0; it names the row.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an option is out of range (the parameter is <paramref name="options"/>).</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public static FitResult<GammaGammaModel> Fit(RfmTable data, FitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var settings = options ?? new FitOptions();
        settings.Validate(nameof(options));
        var excluded = CheckSpendData(data);
        var rows = SufficientRows.From(data, withMonetaryValue: true, includeFrequency: x => x > 0);
        var likelihood = new GammaGammaLikelihood(rows);
        double spend = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            spend += rows.Weight[i] * rows.MonetaryValue![i]; // not null: collapsed with the monetary column
        }

        var meanSpend = spend / rows.TotalWeight;
        double[] start = [1, 2, meanSpend];
        double[] scales = [1, 1, meanSpend];
        var outcome = MaximumLikelihood.Fit(likelihood.Objective, start, scales, rows.TotalWeight, settings, cancellationToken);
        var p = outcome.Parameters;
        var model = new GammaGammaModel(new GammaGammaParameters(p[0], p[1], p[2]));
        return FitResults.Create(outcome, model, Names, rows.TotalWeight, settings, excluded, data.TimeUnit);
    }

    /// <summary>Checks the model's assumption that mean spend is independent of frequency: the weighted Pearson correlation over the customers with x &gt; 0.</summary>
    /// <param name="data">The summaries with a monetary-value column.</param>
    /// <param name="threshold">The largest absolute correlation taken as independence, in (0, 1].</param>
    /// <returns>The correlation and a verdict.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="data"/> has no monetary-value column.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="threshold"/> is not in (0, 1].</exception>
    public static SpendIndependenceCheck CheckIndependence(RfmTable data, double threshold = 0.3)
    {
        ArgumentNullException.ThrowIfNull(data);
        RequireMonetary(data);
        if (!(threshold > 0 && threshold <= 1))
        {
            throw Guard.OutOfRange(nameof(threshold), threshold, "be in (0, 1]");
        }

        var x = data.Frequency;
        var m = data.MonetaryValue;
        var w = data.Weight;
        double sw = 0, sx = 0, sm = 0;
        var rows = 0;
        for (var i = 0; i < data.Count; i++)
        {
            if (x[i] > 0)
            {
                sw += w[i];
                sx += w[i] * x[i];
                sm += w[i] * m[i];
                rows++;
            }
        }

        if (rows < 2)
        {
            return new SpendIndependenceCheck(null, sw, threshold);
        }

        var meanX = sx / sw;
        var meanM = sm / sw;
        double cxx = 0, cmm = 0, cxm = 0;
        for (var i = 0; i < data.Count; i++)
        {
            if (x[i] > 0)
            {
                var dx = x[i] - meanX;
                var dm = m[i] - meanM;
                cxx += w[i] * dx * dx;
                cmm += w[i] * dm * dm;
                cxm += w[i] * dx * dm;
            }
        }

        double? correlation = cxx > 0 && cmm > 0 ? Math.Clamp(cxm / Math.Sqrt(cxx * cmm), -1, 1) : null;
        return new SpendIndependenceCheck(correlation, sw, threshold);
    }

    /// <summary>Computes the log-likelihood of the repeat buyers in <paramref name="data"/> under this model (every term included).</summary>
    /// <param name="data">The summaries with a monetary-value column; rows with x = 0 are skipped.</param>
    /// <returns>Σ weight × ln L over the rows with x &gt; 0.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="data"/> has no monetary-value column or no repeat buyer.</exception>
    /// <exception cref="DataRowException">Thrown when a row with a repeat purchase has a mean spend of 0.</exception>
    public double LogLikelihood(RfmTable data)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckSpendData(data);
        var likelihood = new GammaGammaLikelihood(SufficientRows.From(data, withMonetaryValue: true, includeFrequency: x => x > 0));
        var p = Parameters;
        return likelihood.LogLikelihood(p.P, p.Q, p.V);
    }

    /// <summary>Computes a customer's expected spend per future transaction given her repeat frequency and mean repeat spend.</summary>
    /// <param name="frequency">Repeat purchases x (a non-negative whole number).</param>
    /// <param name="meanSpend">Mean spend m̄ of the repeat purchases (finite, ≥ 0; ignored when x = 0).</param>
    /// <returns>E[M | x, m̄] = p (v + x m̄)/(p x + q − 1); the population mean p·v/(q − 1) when x = 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="frequency"/> is not a whole number in [0, <see cref="RfmTable.MaxFrequency"/>] or <paramref name="meanSpend"/> is not in [0, <see cref="RfmTable.MaxMonetaryValue"/>].</exception>
    /// <exception cref="InvalidOperationException">Thrown when the expectation is infinite: p·x + q ≤ 1 (for x = 0, q ≤ 1).</exception>
    public double ConditionalExpectedAverageSpend(double frequency, double meanSpend)
    {
        SummaryArguments.Frequency(frequency);
        if (!double.IsFinite(meanSpend) || meanSpend < 0 || meanSpend > RfmTable.MaxMonetaryValue)
        {
            throw Guard.OutOfRange(nameof(meanSpend), meanSpend, $"be a number in [0, {Guard.Format(RfmTable.MaxMonetaryValue)}]");
        }
        var p = Parameters;
        if (frequency == 0)
        {
            return MeanSpend;
        }

        var denominator = (p.P * frequency) + p.Q - 1;
        if (denominator <= 0)
        {
            throw new InvalidOperationException($"The expected spend is infinite because p·x + q <= 1 (p = {Guard.Format(p.P)}, q = {Guard.Format(p.Q)}, x = {Guard.Format(frequency)}).");
        }

        return p.P * (p.V + (frequency * meanSpend)) / denominator;
    }

    /// <summary>Computes the expected spend per future transaction for every row of <paramref name="data"/>.</summary>
    /// <param name="data">The summaries with a monetary-value column.</param>
    /// <param name="destination">One slot per row.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="data"/> has no monetary-value column or <paramref name="destination"/> is too short.</exception>
    /// <exception cref="InvalidOperationException">Thrown when an expectation is infinite (see <see cref="ConditionalExpectedAverageSpend(double, double)"/>).</exception>
    public void ConditionalExpectedAverageSpend(RfmTable data, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(data);
        RequireMonetary(data);
        if (destination.Length < data.Count)
        {
            throw new ArgumentException($"destination must have room for every row ({data.Count}); had {destination.Length}.", nameof(destination));
        }

        var x = data.Frequency;
        var m = data.MonetaryValue;
        for (var i = 0; i < data.Count; i++)
        {
            destination[i] = ConditionalExpectedAverageSpend(x[i], m[i]);
        }
    }

    /// <summary>Simulates each customer's mean repeat spend given her repeat frequency.</summary>
    /// <param name="frequency">Repeat purchases per customer (non-negative whole numbers).</param>
    /// <param name="random">The seeded source of randomness.</param>
    /// <returns>The mean spends (0 where x = 0).</returns>
    /// <remarks>ν ~ Gamma(q, v) per customer; the sum of x values Gamma(p, ν) is Gamma(p x, ν), so one draw gives the mean.</remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a frequency is not a whole number in [0, <see cref="RfmTable.MaxFrequency"/>].</exception>
    public double[] SimulateMeanSpend(ReadOnlySpan<double> frequency, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var p = Parameters;
        var variates = new RandomVariates(random);
        var result = new double[frequency.Length];
        for (var i = 0; i < frequency.Length; i++)
        {
            var x = frequency[i];
            if (!RfmTable.IsValidFrequency(x))
            {
                throw new ArgumentOutOfRangeException(nameof(frequency), x, $"frequency must hold whole numbers in [0, {Guard.Format(RfmTable.MaxFrequency)}]; item {i} was {Guard.Format(x)}.");
            }

            var nu = variates.NextGamma(p.Q, p.V);
            if (x > 0)
            {
                result[i] = variates.NextGamma(p.P * x, nu) / x;
            }
        }

        return result;
    }

    /// <summary>Simulates an amount for every transaction of a log: per customer ν ~ Gamma(q, v), per transaction Gamma(p, ν).</summary>
    /// <param name="log">The transactions.</param>
    /// <param name="random">The seeded source of randomness.</param>
    /// <returns>The log with amounts.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="log"/> or <paramref name="random"/> is null.</exception>
    public TransactionLog SimulateAmounts(TransactionLog log, Random random)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(random);
        var p = Parameters;
        var variates = new RandomVariates(random);
        var nu = new double[log.CustomerCount];
        for (var c = 0; c < nu.Length; c++)
        {
            nu[c] = variates.NextGamma(p.Q, p.V);
        }

        var amounts = new double[log.Count];
        var customers = log.Customer;
        for (var i = 0; i < amounts.Length; i++)
        {
            amounts[i] = variates.NextGamma(p.P, nu[customers[i]]);
        }

        return log.WithAmounts(amounts);
    }

    /// <summary>Returns the model name and parameters.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Gamma-Gamma ({Parameters})";

    private static void RequireMonetary(RfmTable data)
    {
        if (!data.HasMonetaryValue)
        {
            throw new ArgumentException("data must have a monetary-value column (the mean repeat spend); it has none.", nameof(data));
        }
    }

    /// <summary>Validates spend data and returns the number of rows with x = 0.</summary>
    private static int CheckSpendData(RfmTable data)
    {
        RequireMonetary(data);
        var x = data.Frequency;
        var m = data.MonetaryValue;
        var excluded = 0;
        for (var i = 0; i < data.Count; i++)
        {
            if (x[i] == 0)
            {
                excluded++;
            }
            else if (m[i] <= 0)
            {
                var row = i + 1;
                throw new DataRowException(nameof(data), row, "monetary_value", m[i], $"monetary value must be > 0 when frequency is > 0; row {row} was {Guard.Format(m[i])}.");
            }
        }

        if (excluded == data.Count)
        {
            throw new ArgumentException("data must have at least one customer with a repeat purchase (frequency > 0); had none.", nameof(data));
        }

        return excluded;
    }
}
