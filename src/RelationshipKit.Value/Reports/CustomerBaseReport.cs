using System.Globalization;
using NodaTime;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Models.Clv;
using RelationshipKit.Value.Models.GammaGamma;
using RelationshipKit.Value.Models.MbgNbd;
using RelationshipKit.Value.Models.ParetoNbd;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Value.Reports;

/// <summary>
/// Represents the customer-base analysis of a non-contractual business, as data: BG/NBD, MBG/NBD and Pareto/NBD fitted
/// on the calibration period and compared (on the holdout when there is one), the model chosen by a stated rule and the
/// runner-up, the Gamma-Gamma spend model, the customers expected to buy most, the distribution of P(alive), the base
/// valued in CLV bands and placed in value tiers.
/// </summary>
/// <remarks>
/// <para><b>Which model.</b> With a holdout period (<c>frequency_holdout</c> and <c>duration_holdout</c>), the model with
/// the lowest mean absolute error of the per-customer holdout purchases is chosen; without one, the lowest BIC. A model
/// whose fit did not converge comes after those that did. <see cref="SelectionRule"/>, <see cref="SelectedModel"/> and
/// <see cref="RunnerUp"/> say which rule applied and how it ranked. The top customers, P(alive) and the lifetime values
/// come from the selected model.</para>
/// <para><b>Value.</b> CLV is the discounted sum over calendar weeks of the selected model's expected purchases times the
/// Gamma-Gamma expected spend (margin 1) over <see cref="CustomerBaseReportOptions.ClvHorizon"/>. The CLV bands rank
/// customers by it (top 10 %, next 20 %, middle 30 %, bottom 40 %). The value tiers of Peppers &amp; Rogers
/// (<see cref="ValueTiers"/>, from the core's <see cref="RelationshipKit.ValueTiers"/>) take each customer's actual value
/// as the calibration repeat spend (x × m̄) and the potential as that plus the CLV; with no cost to serve in the
/// summaries, no customer is below zero.</para>
/// <para>The report has no text: <c>relationshipkit analyze</c> renders it. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class CustomerBaseReport
{
    private static readonly double[] AliveEdges = [0, 0.2, 0.4, 0.6, 0.8, 1];
    private static readonly (string Name, double Share)[] Bands = [("top 10%", 0.1), ("next 20%", 0.2), ("middle 30%", 0.3), ("bottom 40%", 0.4)];

    private CustomerBaseReport(Input input, List<PurchaseModelComparison> models, ModelSelectionRule rule, string selected, string? runnerUp, FitResult<GammaGammaModel> spend, double? correlation, List<CustomerForecast> top, List<ProbabilityAliveBand> alive, List<ClvBand> bands, double totalClv, ValueTierAssignment tiers, double forecastLength)
    {
        Customers = input.Table.Count;
        RepeatBuyers = input.Table.Frequency.ToArray().Count(x => x > 0);
        TimeUnit = input.Table.TimeUnit;
        HoldoutLength = input.HoldoutLength;
        CalibrationEnd = input.CalibrationEnd;
        ObservationEnd = input.ObservationEnd;
        Models = models.AsReadOnly();
        SelectionRule = rule;
        SelectedModel = selected;
        RunnerUp = runnerUp;
        Spend = spend;
        FrequencySpendCorrelation = correlation;
        TopCustomers = top.AsReadOnly();
        ProbabilityAlive = alive.AsReadOnly();
        ClvBands = bands.AsReadOnly();
        TotalClv = totalClv;
        ValueTiers = tiers;
        ForecastLength = forecastLength;
    }

    /// <summary>Gets the number of customers.</summary>
    public int Customers { get; }

    /// <summary>Gets the number of customers with a repeat purchase in the calibration period.</summary>
    public int RepeatBuyers { get; }

    /// <summary>Gets the unit of the summaries' times, the models' rates and <see cref="HoldoutLength"/>.</summary>
    public TimeUnit TimeUnit { get; }

    /// <summary>Gets the length of the holdout period, or <see langword="null"/> without one.</summary>
    public double? HoldoutLength { get; }

    /// <summary>Gets the last day of the calibration period when the summaries carry dates (summarised from transactions), else <see langword="null"/>.</summary>
    public LocalDate? CalibrationEnd { get; }

    /// <summary>Gets the last day observed when the summaries carry dates, else <see langword="null"/>.</summary>
    public LocalDate? ObservationEnd { get; }

    /// <summary>Gets the three purchase models, in the order BG/NBD, MBG/NBD, Pareto/NBD.</summary>
    public IReadOnlyList<PurchaseModelComparison> Models { get; }

    /// <summary>Gets the rule that chose <see cref="SelectedModel"/>.</summary>
    public ModelSelectionRule SelectionRule { get; }

    /// <summary>Gets the name of the model the forecasts and values come from.</summary>
    public string SelectedModel { get; }

    /// <summary>Gets the name of the model ranked second by the rule, or <see langword="null"/> when no other model could be ranked.</summary>
    public string? RunnerUp { get; }

    /// <summary>Gets the Gamma-Gamma fit on the repeat buyers' spend.</summary>
    public FitResult<GammaGammaModel> Spend { get; }

    /// <summary>Gets the correlation of frequency and mean spend among repeat buyers (the spend model assumes none), or <see langword="null"/> when it cannot be computed.</summary>
    public double? FrequencySpendCorrelation { get; }

    /// <summary>Gets the length of the forecast behind <see cref="CustomerForecast.ExpectedPurchases"/>: the holdout length, or the CLV horizon without a holdout, in <see cref="TimeUnit"/>.</summary>
    public double ForecastLength { get; }

    /// <summary>Gets the customers expected to buy most over <see cref="ForecastLength"/> (ties by id).</summary>
    public IReadOnlyList<CustomerForecast> TopCustomers { get; }

    /// <summary>Gets the distribution of P(alive) at the end of calibration, in bands of 0.2.</summary>
    public IReadOnlyList<ProbabilityAliveBand> ProbabilityAlive { get; }

    /// <summary>Gets the customers in CLV bands: top 10 %, next 20 %, middle 30 %, bottom 40 %.</summary>
    public IReadOnlyList<ClvBand> ClvBands { get; }

    /// <summary>Gets the total CLV of the base.</summary>
    public double TotalClv { get; }

    /// <summary>Gets the value tiers (most valuable, most growable, below zero, standard) of every customer.</summary>
    public ValueTierAssignment ValueTiers { get; }

    /// <summary>Builds the report from a summary file with holdout columns (or without, then the models are ranked by BIC).</summary>
    /// <param name="summaries">One row per customer with a monetary value (no weights column).</param>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the fits.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="summaries"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the summaries have no monetary value, no repeat buyer, a weights column, or a unit without calendar length, or when <paramref name="options"/> is invalid.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public static CustomerBaseReport Build(SummaryTable summaries, CustomerBaseReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        if (summaries.HasWeights)
        {
            throw new ArgumentException("summaries must have one row per customer; a weights column is not supported (fit and predict take weighted patterns).", nameof(summaries));
        }

        var ids = new string[summaries.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = summaries.HasCustomerIds ? summaries.CustomerIds[i].Value : (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        CheckTable(summaries.Table, nameof(summaries));
        var input = new Input(summaries.Table, ids, summaries.HasHoldout ? summaries.FrequencyHoldout.ToArray() : null, summaries.DurationHoldout, null, null);
        return Build(input, options, cancellationToken);
    }

    /// <summary>Builds the report from summaries of a transaction log (with a holdout when they were split at a calibration end).</summary>
    /// <param name="summaries">The summaries, with monetary values.</param>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the fits.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="summaries"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the summaries have no monetary value or no repeat buyer, or when <paramref name="options"/> is invalid.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public static CustomerBaseReport Build(RfmSummaries summaries, CustomerBaseReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var table = summaries.ToRfmTable();
        CheckTable(table, nameof(summaries));
        var holdout = summaries.HasHoldout ? summaries.Customers.Select(c => (double)c.FrequencyHoldout.GetValueOrDefault()).ToArray() : null;
        var input = new Input(
            table,
            [.. summaries.Customers.Select(c => c.Id.Value)],
            holdout,
            summaries.DurationHoldout,
            summaries.CalibrationEnd,
            summaries.HasHoldout ? summaries.ObservationEnd : null);
        return Build(input, options, cancellationToken);
    }

    private static CustomerBaseReport Build(Input input, CustomerBaseReportOptions? options, CancellationToken cancellationToken)
    {
        options ??= new CustomerBaseReportOptions();
        options.Validate(nameof(options));
        var table = input.Table;
        var unitDays = table.TimeUnit.LengthInDays!.Value; // not null: checked by CheckTable

        var fitOptions = options.FitOptions;
        var bgnbd = BgNbdModel.Fit(table, fitOptions, cancellationToken);
        var mbgnbd = MbgNbdModel.Fit(table, fitOptions, cancellationToken);
        var pareto = ParetoNbdModel.Fit(table, fitOptions, cancellationToken);
        var spend = GammaGammaModel.Fit(table, fitOptions, cancellationToken);
        var candidates = new (string Name, PurchaseModel Model, PurchaseModelComparison Comparison)[]
        {
            Compare("bgnbd", bgnbd.Status, bgnbd.Model, bgnbd.Parameters, bgnbd.LogLikelihood, bgnbd.Aic, bgnbd.Bic, input),
            Compare("mbgnbd", mbgnbd.Status, mbgnbd.Model, mbgnbd.Parameters, mbgnbd.LogLikelihood, mbgnbd.Aic, mbgnbd.Bic, input),
            Compare("paretonbd", pareto.Status, pareto.Model, pareto.Parameters, pareto.LogLikelihood, pareto.Aic, pareto.Bic, input),
        };

        var rule = input.Holdout is null ? ModelSelectionRule.LowestBic : ModelSelectionRule.HoldoutMeanAbsoluteError;
        double? Score(PurchaseModelComparison c) => rule == ModelSelectionRule.LowestBic ? c.Bic : c.HoldoutMeanAbsoluteError;
        var ranked = candidates
            .Where(c => Score(c.Comparison) is not null)
            .OrderBy(c => c.Comparison.Converged ? 0 : 1)
            .ThenBy(c => Score(c.Comparison))
            .ToList();
        var selected = ranked.Count > 0 ? ranked[0] : candidates[0];
        var runnerUp = ranked.Count > 1 ? ranked[1].Name : null;
        var model = selected.Model;

        var n = table.Count;
        var forecastLength = input.HoldoutLength ?? (options.ClvHorizon.TotalDays / unitDays);
        var alive = new double[n];
        var expected = new double[n];
        model.ProbabilityAlive(table, alive);
        model.ConditionalExpectedPurchases(forecastLength, table, expected);

        var top = Enumerable.Range(0, n)
            .OrderByDescending(i => expected[i])
            .ThenBy(i => input.Ids[i], StringComparer.Ordinal)
            .Take(options.TopCustomers)
            .Select(i => new CustomerForecast(input.Ids[i], table.Frequency[i], table.Recency[i], table.T[i], alive[i], expected[i], input.Holdout?[i]))
            .ToList();

        var counts = new double[AliveEdges.Length - 1];
        foreach (var p in alive)
        {
            counts[Math.Min(counts.Length - 1, (int)Math.Floor(p / 0.2))]++;
        }

        var aliveBands = counts.Select((c, b) => new ProbabilityAliveBand(AliveEdges[b], AliveEdges[b + 1], c)).ToList();

        var clv = new double[n];
        var clvModel = new CustomerLifetimeValueModel(model, spend.Model);
        var horizonDays = options.ClvHorizon.TotalDays;
        clvModel.DiscountedValue(table, clv, new CustomerLifetimeValueOptions
        {
            Horizon = options.ClvHorizon,
            Step = horizonDays < 7 ? options.ClvHorizon : Duration.FromDays(Math.Max(7, Math.Ceiling(horizonDays / 10_000))),
            DiscountRate = options.DiscountRate,
            Margin = 1,
        });
        var totalClv = clv.Sum();
        var bands = ClvBandsOf(clv, alive, totalClv);

        var currency = options.Currency;
        var valuations = new CustomerValuation[n];
        for (var i = 0; i < n; i++)
        {
            var actual = (decimal)(table.Frequency[i] * table.MonetaryValue[i]);
            valuations[i] = new CustomerValuation(new CustomerId(input.Ids[i]), new Money(actual, currency), new Money(actual + (decimal)clv[i], currency), new Money(0, currency));
        }

        var tiers = RelationshipKit.ValueTiers.Assign(valuations, options.ValueTierThresholds);
        return new CustomerBaseReport(
            input,
            [.. candidates.Select(c => c.Comparison)],
            rule,
            selected.Name,
            runnerUp,
            spend,
            GammaGammaModel.CheckIndependence(table).Correlation,
            top,
            aliveBands,
            bands,
            totalClv,
            tiers,
            forecastLength);
    }

    private static void CheckTable(RfmTable table, string paramName)
    {
        if (!table.HasMonetaryValue)
        {
            throw new ArgumentException($"{paramName} must have a monetary value per customer (the mean repeat spend) for the spend model and the lifetime values.", paramName);
        }

        if (!table.Frequency.ContainsAnyExcept(0.0))
        {
            throw new ArgumentException($"{paramName} must have a customer with a repeat purchase (frequency > 0): the spend model and the purchase models need some.", paramName);
        }

        if (!table.TimeUnit.HasCalendarLength)
        {
            throw new ArgumentException($"{paramName} must be in a unit with a calendar length (day, week, N days) to value customers over time.", paramName);
        }
    }

    private static (string Name, PurchaseModel Model, PurchaseModelComparison Comparison) Compare(
        string name, FitStatus status, PurchaseModel model, System.Collections.Immutable.ImmutableArray<ParameterEstimate> parameters, double? logLikelihood, double? aic, double? bic, Input input)
    {
        double? predicted = null, actual = null, mae = null;
        if (input.Holdout is { } holdout && input.HoldoutLength is { } length)
        {
            var table = input.Table;
            var expected = new double[table.Count];
            model.ConditionalExpectedPurchases(length, table, expected);
            double p = 0, a = 0, error = 0;
            for (var i = 0; i < expected.Length; i++)
            {
                p += expected[i];
                a += holdout[i];
                error += Math.Abs(expected[i] - holdout[i]);
            }

            (predicted, actual, mae) = (p, a, error / expected.Length);
        }

        return (name, model, new PurchaseModelComparison(name, status, parameters, logLikelihood, aic, bic, predicted, actual, mae));
    }

    private static List<ClvBand> ClvBandsOf(double[] clv, double[] alive, double totalClv)
    {
        var n = clv.Length;
        var order = Enumerable.Range(0, n).OrderByDescending(i => clv[i]).ToArray();
        var bands = new List<ClvBand>();
        var start = 0;
        foreach (var (name, share) in Bands)
        {
            var count = name == Bands[^1].Name ? n - start : (int)Math.Round(n * share);
            var members = order.Skip(start).Take(count).ToArray();
            start += members.Length;
            var sum = members.Sum(i => clv[i]);

            // A small base can leave a band empty, and a base without value has no shares to give.
            bands.Add(new ClvBand(name, members.Length, sum, totalClv > 0 ? sum / totalClv : 0, members.Length > 0 ? members.Average(i => alive[i]) : null));
        }

        return bands;
    }

    /// <summary>What the report analyses: the calibration table, the row ids, the holdout purchases and length, and the dates when known.</summary>
    private sealed record Input(RfmTable Table, string[] Ids, double[]? Holdout, double? HoldoutLength, LocalDate? CalibrationEnd, LocalDate? ObservationEnd);
}
