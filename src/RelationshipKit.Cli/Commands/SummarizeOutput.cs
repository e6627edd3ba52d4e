using System.Globalization;
using System.Text;
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
    /// <summary>Writes <c>id,frequency,recency,T[,monetary_value][,frequency_holdout[,monetary_value_holdout],duration_holdout]</c>, row by row.</summary>
    public static void Csv(RfmSummaries summaries, TextWriter writer)
    {
        writer.Write("id,frequency,recency,T");
        if (summaries.HasMonetaryValue)
        {
            writer.Write(",monetary_value");
        }

        if (summaries.HasHoldout)
        {
            writer.Write(summaries.HasMonetaryValue ? ",frequency_holdout,monetary_value_holdout,duration_holdout" : ",frequency_holdout,duration_holdout");
        }

        writer.Write('\n');
        var duration = summaries.DurationHoldout is { } d ? Number(d) : string.Empty;
        var line = new StringBuilder(128);
        foreach (var customer in summaries.Customers)
        {
            line.Clear();
            AppendId(line, customer.Id.Value);
            line.Append(',').Append(customer.Frequency.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(Number(customer.Recency))
                .Append(',').Append(Number(customer.T));
            if (customer.MonetaryValue is { } monetary)
            {
                line.Append(',').Append(Number(monetary));
            }

            if (customer.FrequencyHoldout is { } holdout)
            {
                line.Append(',').Append(holdout.ToString(CultureInfo.InvariantCulture));
                if (customer.MonetaryValueHoldout is { } monetaryHoldout)
                {
                    line.Append(',').Append(Number(monetaryHoldout));
                }

                line.Append(',').Append(duration);
            }

            line.Append('\n');
            writer.Write(line);
        }
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

    private static void AppendId(StringBuilder builder, string id)
    {
        if (id.AsSpan().IndexOfAny(",\"\n\r") >= 0)
        {
            builder.Append('"').Append(id.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            builder.Append(id);
        }
    }
}
