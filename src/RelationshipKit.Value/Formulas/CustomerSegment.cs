namespace RelationshipKit.Value.Formulas;

/// <summary>
/// Represents one segment of a customer base with its own economics: how many customers it has, what they spend,
/// how often, how long they stay and what they cost.
/// </summary>
/// <remarks>
/// <para>All per-period figures use the period of <see cref="RetentionRate"/> (a year for the source articles'
/// examples). One-off buyers are a segment with one purchase per period and a retention rate of 0, so they are
/// valued for one period, not as five-year customers.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class CustomerSegment
{
    /// <summary>Initializes a new instance of the <see cref="CustomerSegment"/> class.</summary>
    /// <param name="name">The segment's name (for example <c>one-off buyers</c>).</param>
    /// <param name="customers">The number of customers in the segment (≥ 0).</param>
    /// <param name="averagePurchase">The average value of one purchase (≥ 0).</param>
    /// <param name="purchasesPerPeriod">The number of purchases per period of an active customer (≥ 0).</param>
    /// <param name="retentionRate">The share of customers retained from one period to the next; its period is the segment's period.</param>
    /// <param name="costToServePerPeriod">The cost of serving an active customer per period (≥ 0, same currency).</param>
    /// <param name="acquisitionCost">The cost of winning one customer of the segment (≥ 0, same currency).</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is null, empty or white space, or the amounts differ in currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a count or an amount is negative.</exception>
    public CustomerSegment(
        string name,
        long customers,
        Money averagePurchase,
        decimal purchasesPerPeriod,
        RetentionRate retentionRate,
        Money costToServePerPeriod,
        Money acquisitionCost)
        : this(name, customers, averagePurchase, purchasesPerPeriod, retentionRate, ConstantCost(name, costToServePerPeriod), acquisitionCost)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CustomerSegment"/> class with a cost to serve that changes with tenure.</summary>
    /// <param name="name">The segment's name.</param>
    /// <param name="customers">The number of customers in the segment (≥ 0).</param>
    /// <param name="averagePurchase">The average value of one purchase (≥ 0).</param>
    /// <param name="purchasesPerPeriod">The number of purchases per period of an active customer (≥ 0).</param>
    /// <param name="retentionRate">The retention rate; its period is the segment's period.</param>
    /// <param name="costToServe">The cost of serving an active customer in each period of its tenure (same currency).</param>
    /// <param name="acquisitionCost">The cost of winning one customer (≥ 0, same currency).</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is null, empty or white space, or the amounts differ in currency.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="costToServe"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a count or an amount is negative.</exception>
    public CustomerSegment(
        string name,
        long customers,
        Money averagePurchase,
        decimal purchasesPerPeriod,
        RetentionRate retentionRate,
        CostToServeSchedule costToServe,
        Money acquisitionCost)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(costToServe);
        var costToServePerPeriod = costToServe.FirstPeriod;
        ArgumentOutOfRangeException.ThrowIfNegative(customers);
        MoneyGuard.NonNegative(averagePurchase);
        MoneyGuard.NonNegative(purchasesPerPeriod);
        MoneyGuard.NonNegative(costToServePerPeriod);
        MoneyGuard.NonNegative(acquisitionCost);
        MoneyGuard.SameCurrency(costToServePerPeriod, averagePurchase, nameof(averagePurchase));
        MoneyGuard.SameCurrency(acquisitionCost, averagePurchase, nameof(averagePurchase));
        Name = name;
        Customers = customers;
        AveragePurchase = averagePurchase;
        PurchasesPerPeriod = purchasesPerPeriod;
        RetentionRate = retentionRate;
        CostToServe = costToServe;
        AcquisitionCost = acquisitionCost;
    }

    /// <summary>Gets the segment's name.</summary>
    public string Name { get; }

    /// <summary>Gets the number of customers in the segment.</summary>
    public long Customers { get; }

    /// <summary>Gets the average value of one purchase.</summary>
    public Money AveragePurchase { get; }

    /// <summary>Gets the number of purchases per period of an active customer.</summary>
    public decimal PurchasesPerPeriod { get; }

    /// <summary>Gets the retention rate; its period is the segment's period.</summary>
    public RetentionRate RetentionRate { get; }

    /// <summary>Gets the cost of serving an active customer in its first period (the cost of every period when it is constant).</summary>
    public Money CostToServePerPeriod => CostToServe.FirstPeriod;

    /// <summary>Gets how the cost of serving a customer changes with tenure.</summary>
    public CostToServeSchedule CostToServe { get; }

    /// <summary>Gets the revenue of an active customer per period: average purchase × purchases per period.</summary>
    public Money RevenuePerPeriod => AveragePurchase * PurchasesPerPeriod;

    /// <summary>Gets the cost of winning one customer.</summary>
    public Money AcquisitionCost { get; }

    /// <summary>Gets the currency of the segment's amounts.</summary>
    public Currency Currency => AveragePurchase.Currency;

    /// <summary>Gets the margin of an active customer in its first period: average purchase × purchases per period − the first period's cost to serve.</summary>
    public Money MarginPerPeriod => (AveragePurchase * PurchasesPerPeriod) - CostToServePerPeriod;

    /// <summary>Guards the name and the cost in the order the seven-argument constructor always did, then wraps the cost.</summary>
    private static CostToServeSchedule ConstantCost(string name, Money costToServePerPeriod)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        MoneyGuard.NonNegative(costToServePerPeriod);
        return CostToServeSchedule.Constant(costToServePerPeriod);
    }

    /// <summary>Returns the segment's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
