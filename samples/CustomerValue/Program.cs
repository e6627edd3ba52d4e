// From a transaction log to customer lifetime value, the way an analyst does it with lifetimes or CLVTools:
// summarise, fit a purchase model and a spend model, check the fit on a holdout, then value every customer.
// Run: dotnet run --project samples/CustomerValue [-- path/to/transactions.csv]
// Without an argument it reads the CDNOW sample (2,357 customers, 1997-01-01 to 1998-06-30) in its published layout.
using NodaTime;
using RelationshipKit;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Models.Clv;
using RelationshipKit.Value.Models.GammaGamma;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "CDNOW_sample.txt");
var csv = args.Length > 0 ? new TransactionCsvOptions { AmountColumn = CsvColumn.Named("amount") } : TransactionCsvOptions.CdnowSample();

// 1. Summaries: 39 weeks of calibration, 39 of holdout. Bad rows stop here with file, line and column.
var accumulator = new RfmSummaryAccumulator();
try
{
    using var reader = TransactionCsvReader.Open(path, csv);
    accumulator.AddRange(reader);
}
catch (CsvFormatException ex)
{
    // The message reads path:line:column: reason; ex.LineNumber, ex.Column and ex.Reason hold the parts.
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var summaries = accumulator.ToSummaries(new SummaryOptions
{
    TimeUnit = TimeUnit.Week,
    CalibrationEnd = new LocalDate(1997, 9, 30),
    ObservationEnd = new LocalDate(1998, 6, 30),
});
var calibration = summaries.ToRfmTable();
Console.WriteLine($"{summaries.Customers.Count} customers, holdout of {summaries.DurationHoldout:0.#} weeks");

// 2. Purchase model. A fit that does not converge is a result to inspect, not an exception.
var purchases = BgNbdModel.Fit(calibration);
if (!purchases.Converged)
{
    Console.Error.WriteLine($"BG/NBD did not converge: {purchases.Message}");
    return 1;
}

Console.WriteLine($"BG/NBD: {purchases.Model.Parameters}, log-likelihood {purchases.LogLikelihood:0.00}");

// 3. Holdout check: expected against actual repeat purchases in weeks 40-78.
var expected = new double[calibration.Count];
purchases.Model.ConditionalExpectedPurchases(summaries.DurationHoldout!.Value, calibration, expected);
var actual = summaries.Customers.Sum(c => c.FrequencyHoldout ?? 0);
Console.WriteLine($"Holdout repeat purchases: expected {expected.Sum():0}, actual {actual}");

// 4. Spend model, after the check that frequency and spend are not correlated.
var independence = GammaGammaModel.CheckIndependence(calibration);
Console.WriteLine($"Frequency-spend correlation: {independence.Verdict}");
var spend = GammaGammaModel.Fit(calibration);
Console.WriteLine($"Gamma-Gamma: {spend.Model.Parameters} ({spend.ExcludedRows} customers without repeat purchases left out)");

// 5. One year of discounted margin per customer, and the ten most valuable.
var clv = new CustomerLifetimeValueModel(purchases.Model, spend.Model);
var values = new double[calibration.Count];
clv.DiscountedValue(calibration, values, new CustomerLifetimeValueOptions
{
    Horizon = Duration.FromDays(364),
    Step = Duration.FromDays(28),
    DiscountRate = DiscountRate.PerYear(0.10),
    Margin = 0.30,
});

Console.WriteLine($"One-year margin of the base: {values.Sum():N0} dollars");
Console.WriteLine("Top customers: id, repeat purchases, mean spend, CLV");
foreach (var i in Enumerable.Range(0, values.Length).OrderByDescending(i => values[i]).Take(10))
{
    var customer = summaries.Customers[i];
    Console.WriteLine($"  {customer.Id}  {customer.Frequency,3}  {customer.MonetaryValue,8:0.00}  {values[i],8:0.00}");
}

return 0;
