using NodaTime;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The embedded CDNOW 1-in-10 sample (Fader &amp; Hardie; 2,357 customers, 6,919 transactions, via the lifetimes
/// project, MIT): no header, whitespace-separated master id, sample id, yyyyMMdd date, CDs, dollars. Summarised as
/// the papers do: day collapse, weeks, calibration to 1997-09-30, holdout to 1998-06-30 (39 weeks each).
/// </summary>
internal static class CdnowSample
{
    public const string FileName = "cdnow-sample.txt";

    public static readonly LocalDate CalibrationEnd = new(1997, 9, 30);

    public static readonly LocalDate ObservationEnd = new(1998, 6, 30);

    /// <summary>Reads the embedded file into calibration/holdout summaries in weeks.</summary>
    public static RfmSummaries Summaries()
    {
        var options = TransactionCsvOptions.CdnowSample();
        using var reader = new TransactionCsvReader(EmbeddedResources.Open(FileName), options);
        return RfmSummaries.FromTransactions(reader.ReadAll(), new SummaryOptions
        {
            TimeUnit = TimeUnit.Week,
            CalibrationEnd = CalibrationEnd,
            ObservationEnd = ObservationEnd,
        });
    }
}
