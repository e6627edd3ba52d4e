using System.Globalization;
using NodaTime;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Cli.Commands;

/// <summary>
/// Writes the output of <c>relationshipkit summarize</c>: CSV with lifetimes' column names, or the JSON contract
/// documented in docs/value/summaries.md. Numbers are invariant shortest round-trip doubles.
/// </summary>
internal static class SummarizeOutput
{
    /// <summary>Writes the CSV with the library's <see cref="SummaryCsvWriter"/>, row by row.</summary>
    public static void Csv(RfmSummaries summaries, TextWriter writer)
    {
        using var csv = new SummaryCsvWriter(writer, leaveOpen: true);
        csv.Write(summaries);
    }

    /// <summary>Streams the JSON contract: settings, counts and a <c>customers</c> array, flushed every <see cref="Infrastructure.Json.StreamFlushInterval"/> customers.</summary>
    public static void Json(RfmSummaries summaries, TextWriter target) => Infrastructure.Json.Write(target, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("time_unit", summaries.TimeUnit.Name);
        writer.WriteString("collapse", summaries.Collapse == CollapsePeriod.Week ? "week" : "day");
        if (summaries.Collapse == CollapsePeriod.Week)
        {
            writer.WriteString("first_day_of_week", summaries.FirstDayOfWeek.ToString().ToLowerInvariant());
        }

        writer.WriteString("observation_end", Iso(summaries.ObservationEnd));
        if (summaries.CalibrationEnd is { } calibrationEnd)
        {
            writer.WriteString("calibration_end", Iso(calibrationEnd));
            writer.WriteFinite("duration_holdout", summaries.DurationHoldout.GetValueOrDefault());
        }
        else
        {
            writer.WriteNull("calibration_end");
            writer.WriteNull("duration_holdout");
        }

        writer.WriteNumber("customer_count", summaries.Customers.Count);
        writer.WriteNumber("excluded_in_holdout", summaries.ExcludedInHoldout);
        writer.WriteNumber("excluded_after_observation_end", summaries.ExcludedAfterObservationEnd);
        writer.WriteStartArray("customers");
        for (var i = 0; i < summaries.Customers.Count; i++)
        {
            var customer = summaries.Customers[i];
            writer.FlushPeriodically(i);
            writer.WriteStartObject();
            writer.WriteString("id", customer.Id.Value);
            writer.WriteNumber("frequency", customer.Frequency);
            writer.WriteFinite("recency", customer.Recency);
            writer.WriteFinite("T", customer.T);
            if (customer.MonetaryValue is { } monetary)
            {
                writer.WriteFinite("monetary_value", monetary);
            }

            if (customer.FrequencyHoldout is { } holdout)
            {
                writer.WriteNumber("frequency_holdout", holdout);
                if (customer.MonetaryValueHoldout is { } monetaryHoldout)
                {
                    writer.WriteFinite("monetary_value_holdout", monetaryHoldout);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static string Number(double value) => CsvText.Number(value);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
