using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Commands.Idic;

public class IdicPlanCommandTests
{
    private const string At = "2026-06-10T08:00:00Z";

    private static string Customers => TestFiles.Data("contact-centre-customers.csv");

    private static string Events => TestFiles.Data("contact-centre-events.csv");

    [Fact]
    public void Plan_Sample_Table_ShowsClustersPromisesAndCarePlans()
    {
        var result = CliRunner.Run("idic", "plan", "--customers", Customers, "--events", Events, "--at", At);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        var lines = result.Output.Split('\n');
        lines[0].Should().Be("IDIC plan at 2026-06-10T08:00:00Z: 4 customers.");
        lines.Should().Contain("Customer cc:1: records cc:1, web:1; tier most-valuable; stage commitment; Europe/Warsaw");
        lines.Should().Contain("  treatment most-valuable: relationship type dedicated-personal-assistance; fired most-valuable, every-customer");
        lines.Should().Contain("    2026-06-10T18:30:00Z  thank-you-call on phone, moved [thank-you-after-sale: 1 day after Sale s-1 at 2026-06-09T15:30:00Z (washing machine)]");
        lines.Should().Contain("      contact policy: moved to 2026-06-10T18:30:00Z: suppressed: his team's match until 2026-06-10T18:30:00Z");
        lines.Should().Contain("  open promise p-2: passed to a specialist: mortgage, mortgage-specialist by phone, due 2026-06-10T07:00:00Z (OVERDUE)");
        lines.Should().NotContain(l => l.Contains("open promise p-1", StringComparison.Ordinal), "p-1 was kept");
        lines.Should().Contain("  next phone: 2026-06-10T12:00:00Z (quiet hours 21:00-08:00 (America/New_York) until 2026-06-10T12:00:00Z)");
        lines.Should().Contain("  offers withheld (cross-sell): no consent to marketing");
        lines.Should().Contain("Customer shop:7: records shop:7, web:9; tier standard; stage exploration; Europe/Warsaw");
    }

    [Fact]
    public void Plan_Sample_Json_FollowsTheContract()
    {
        var result = CliRunner.Run("idic", "plan", "--customers", Customers, "--events", Events, "--at", At, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        root.GetProperty("at").GetString().Should().Be(At);
        root.GetProperty("rejected_records").GetInt32().Should().Be(0);
        var customers = root.GetProperty("customers").EnumerateArray().ToArray();
        customers.Select(c => c.GetProperty("customer").GetString()).Should().Equal("cc:1", "cc:2", "cc:3", "shop:7");
        var jan = customers[0];
        jan.GetProperty("records").EnumerateArray().Select(r => r.GetString()).Should().Equal("cc:1", "web:1");
        jan.GetProperty("treatment").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("outcome").GetString())
            .Should().Equal("not_fired", "fired", "not_fired", "not_fired", "not_fired", "fired");
        var thanks = jan.GetProperty("care_plan").EnumerateArray().Single(i => i.GetProperty("activity").GetString() == "thank-you-call");
        thanks.GetProperty("status").GetString().Should().Be("moved");
        thanks.GetProperty("requested").GetString().Should().Be("2026-06-10T15:30:00Z");
        thanks.GetProperty("scheduled").GetString().Should().Be("2026-06-10T18:30:00Z");
        var survey = jan.GetProperty("care_plan").EnumerateArray().Single(i => i.GetProperty("activity").GetString() == "satisfaction-survey");
        survey.GetProperty("status").GetString().Should().Be("scheduled");
        survey.GetProperty("scheduled").GetString().Should().Be("2026-06-23T15:30:00Z");
        var promise = customers[1].GetProperty("open_promises")[0];
        promise.GetProperty("id").GetString().Should().Be("p-2");
        promise.GetProperty("overdue").GetBoolean().Should().BeTrue();
        promise.GetProperty("owner").GetString().Should().Be("mortgage-specialist");
        promise.GetProperty("channel").GetString().Should().Be("phone");
        customers[1].GetProperty("next_contact")[2].GetProperty("next_allowed").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Plan_Csv_OneRowPerCarePlanItem()
    {
        var result = CliRunner.Run("idic", "plan", "--customers", Customers, "--events", Events, "--at", At, "--format", "csv");

        result.ExitCode.Should().Be(0, result.Error);
        var rows = result.Output.TrimEnd('\n').Split('\n');
        rows[0].Should().Be("customer,activity,status,scheduled,requested,channel,rule,reason");
        rows.Should().Contain("cc:3,critical-ticket-closed-notice,moved,2026-06-10T12:00:00Z,2026-06-10T08:00:00Z,e-mail,ticket-closed-notice,at once after CriticalTicketClosed t-3 at 2026-06-10T06:00:00Z (ticket 5512)");
        rows.Should().Contain("cc:2,complaint-routing,internal,2026-06-10T08:00:00Z,2026-06-10T08:00:00Z,,route-complaint,at once after Complaint c-2 at 2026-06-09T11:00:00Z (late delivery)");
    }

    [Fact]
    public void Plan_MalformedRecords_ReportedOneByOne_BatchContinues_Exit3()
    {
        var customers = TestFiles.Temp(
            "record,channel,identifiers,time_zone,tier\n" +
            "cc:1,phone,phone:+48601234567,Europe/Warsaw,most-valuable\n" +
            "cc:2,phone,phone:+48602345678,Europe/Warsow,standard\n" +
            "cc:3,phone,fax:123,Europe/Warsaw,standard\n" +
            "cc:4,phone,phone:+48604345678,Europe/Warsaw,gold\n" +
            "cc:5,phone,phone:+48605345678,Europe/Warsaw,standard\n");
        var events = TestFiles.Temp(
            "event,record,kind,at,until,detail\n" +
            "s-1,cc:1,sale,2026-06-09T15:30:00Z,,\n" +
            "s-2,cc:2,sale,2026-06-09T15:30:00Z,,\n" +
            "s-5,cc:5,sale,yesterday,,\n" +
            "x-5,cc:5,party,2026-06-09T15:30:00Z,,\n" +
            "m-5,cc:5,suppress,2026-06-09T15:30:00Z,2026-06-09T15:00:00Z,match\n" +
            "s-6,cc:5,sale,2026-06-09T15:30:00Z,,\"unclosed\n");
        var output = TempFiles.PathFor("plan.json");

        var result = CliRunner.Run("idic", "plan", "--customers", customers, "--events", events, "--at", At, "--format", "json", "--output", output);

        result.ExitCode.Should().Be(3);
        result.Error.TrimEnd('\n').Split('\n').Should().Equal(
            $"error: {customers}:3:31: time_zone must be an IANA time zone such as Europe/Warsaw; was \"Europe/Warsow\"; the record is skipped.",
            $"error: {customers}:4:12: identifiers must be kind:value pairs separated by ';' with kind one of email, phone, loyalty, device, account; \"fa***\" is not; the record is skipped.",
            $"error: {customers}:5:45: tier must be one of standard, most-valuable, most-growable, below-zero; was \"gold\"; the record is skipped.",
            $"error: {events}:3:5: record \"cc:2\" is not in the customers file (or was rejected there); the record is skipped.",
            $"error: {events}:4:15: at must be an ISO 8601 instant such as 2026-06-10T15:30:00Z or 2026-06-10T17:30:00+02:00; was \"yesterday\"; the record is skipped.",
            $"error: {events}:5:10: kind must be a care event (sale, service-completed, meeting, voicemail-left, special-occasion, information-available, product-launch, complaint, product-comment, feedback-acted-on, inquiry-without-purchase, key-account-opportunity, problem-recurred, social-comment, product-news, critical-ticket-closed, software-update) or one of consent-granted, consent-withdrawn, suppress, promise, promise-kept, contact; was \"party\"; the record is skipped.",
            $"error: {events}:6:40: until must be an ISO 8601 instant after at for a suppress event; was \"2026-06-09T15:00:00Z\"; the record is skipped.",
            $"error: {events}:7:37: unclosed quote; the record is skipped.");
        result.Output.Should().BeEmpty("the result went to --output");
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        json.RootElement.GetProperty("rejected_records").GetInt32().Should().Be(8);
        json.RootElement.GetProperty("customers").EnumerateArray().Select(c => c.GetProperty("customer").GetString()).Should().Equal("cc:1", "cc:5");
        File.Delete(output);
    }

    [Fact]
    public void Plan_BadFileOrOption_Exit2_NoOutputFile()
    {
        var output = TempFiles.PathFor("plan.txt");
        var noRecordColumn = TestFiles.Temp("channel,identifiers\nphone,phone:+48601234567\n");

        var header = CliRunner.Run("idic", "plan", "--customers", noRecordColumn, "--events", Events, "--output", output);
        header.ExitCode.Should().Be(2);
        header.Error.Should().Be($"error: {noRecordColumn}:1:1: the header lacks the required column \"record\" (required: record, channel, identifiers).\n");
        File.Exists(output).Should().BeFalse();

        var at = CliRunner.Run("idic", "plan", "--customers", Customers, "--events", Events, "--at", "tomorrow");
        at.ExitCode.Should().Be(2);
        at.Error.Should().Be("error: --at must be an ISO 8601 instant such as 2026-06-10T08:00:00Z; was \"tomorrow\".\n");
        at.Output.Should().BeEmpty();
    }

    [Fact]
    public void Plan_EventChannelsPurposesOwners_PromisesKeptThroughTheLibrary()
    {
        var customers = TestFiles.Temp(
            "record,channel,identifiers,time_zone,tier,lifecycle_stage\n" +
            "cc:1,phone,phone:+48601234567,Europe/Warsaw,standard,exploration\n");
        var events = TestFiles.Temp(
            "event,record,kind,at,until,detail,channel,purpose,owner\n" +
            "k-1,cc:1,consent-granted,2026-06-01T10:00:00Z,,,e-mail,marketing,\n" +
            "p-1,cc:1,promise,2026-06-09T09:00:00Z,2026-06-09T13:00:00Z,billing question,e-mail,,billing-specialist\n" +
            "p-2,cc:1,promise,2026-06-09T09:00:00Z,2026-06-10T13:00:00Z,mortgage question,,,\n" +
            "p-1-kept,cc:1,promise-kept,2026-06-09T12:00:00Z,,p-1,,,\n" +
            "p-9-kept,cc:1,promise-kept,2026-06-09T12:00:00Z,,p-9,,,\n" +
            "p-1-again,cc:1,promise-kept,2026-06-09T12:30:00Z,,p-1,,,\n" +
            "s-1,cc:1,sale,2026-06-09T12:00:00Z,,,phone,,\n" +
            "p-2-early,cc:1,promise-kept,2026-06-09T08:00:00Z,,p-2,,,\n");

        var result = CliRunner.Run("idic", "plan", "--customers", customers, "--events", events, "--at", At, "--format", "json");

        result.ExitCode.Should().Be(3);
        result.Error.TrimEnd('\n').Split('\n').Should().Equal(
            $"error: {events}:6:50: detail must name a promise event of the same customer made before 2026-06-09T12:00:00Z; \"p-9\" is none; the record is skipped.",
            $"error: {events}:7:51: promise \"p-1\" cannot be kept by this event: Promise \"p-1\" was already kept by interaction \"p-1-kept\" at 2026-06-09T12:00:00Z; read KeptBy instead; the record is skipped.",
            $"error: {events}:8:38: channel applies to consent, contact, promise and promise-kept events only; was given for a sale event; the record is skipped.",
            $"error: {events}:9:51: detail must name a promise event of the same customer made before 2026-06-09T08:00:00Z; \"p-2\" is none; the record is skipped.");
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("rejected_records").GetInt32().Should().Be(4);
        var jan = json.RootElement.GetProperty("customers")[0];
        var open = jan.GetProperty("open_promises").EnumerateArray().ToArray();
        open.Should().ContainSingle("p-1 was kept by p-1-kept through CallbackPromise.Keep");
        open[0].GetProperty("id").GetString().Should().Be("p-2");
        open[0].GetProperty("owner").GetString().Should().Be("contact-centre", "the documented default owner");
        open[0].GetProperty("channel").GetString().Should().Be("phone", "the documented default channel");
        var followUp = jan.GetProperty("care_plan").EnumerateArray().Single(i => i.GetProperty("activity").GetString() == "prospect-follow-up");
        followUp.GetProperty("status").GetString().Should().Be("no_consent", "he agreed to marketing by e-mail only, and the follow-up is a call");
        jan.GetProperty("treatment").GetProperty("offers_withheld").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Plan_OldEventsFile_WithoutTheNewColumns_ReadsAsBefore()
    {
        var customers = TestFiles.Temp(
            "record,channel,identifiers,time_zone,tier,lifecycle_stage\n" +
            "cc:1,phone,phone:+48601234567,Europe/Warsaw,standard,exploration\n");
        var events = TestFiles.Temp(
            "event,record,kind,at,until,detail\n" +
            "k-1,cc:1,consent-granted,2026-06-01T10:00:00Z,,marketing\n" +
            "x-1,cc:1,contact,2026-06-08T10:00:00Z,,phone\n" +
            "p-1,cc:1,promise,2026-06-09T09:00:00Z,2026-06-10T13:00:00Z,billing question\n" +
            "p-2,cc:1,promise,2026-06-09T09:00:00Z,2026-06-10T13:00:00Z,mortgage question\n" +
            "p-1-kept,cc:1,promise-kept,2026-06-09T12:00:00Z,,p-1\n");

        var result = CliRunner.Run("idic", "plan", "--customers", customers, "--events", events, "--at", At, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var jan = json.RootElement.GetProperty("customers")[0];
        var open = jan.GetProperty("open_promises").EnumerateArray().ToArray();
        open.Select(p => p.GetProperty("id").GetString()).Should().Equal("p-2");
        open[0].GetProperty("owner").GetString().Should().Be("contact-centre");
        var followUp = jan.GetProperty("care_plan").EnumerateArray().Single(i => i.GetProperty("activity").GetString() == "prospect-follow-up");
        followUp.GetProperty("status").GetString().Should().NotBe("no_consent", "a consent event without a channel covers every channel");
    }

    [Fact]
    public void Plan_Trace_Table_PrintsTheDecisionTraceAfterThePlan_WithoutItTheOldOutput()
    {
        var (customers, events) = OneSale();

        var traced = CliRunner.Run("idic", "plan", "--customers", customers, "--events", events, "--at", At, "--trace");
        var plain = CliRunner.Run("idic", "plan", "--customers", customers, "--events", events, "--at", At);

        traced.ExitCode.Should().Be(0, traced.Error);
        plain.ExitCode.Should().Be(0, plain.Error);
        var lines = traced.Output.TrimEnd('\n').Split('\n');
        var section = Array.IndexOf(lines, "  decision trace:");
        section.Should().BeGreaterThan(Array.IndexOf(lines, "  care plan:"), "the trace follows the care plan");
        lines[(section + 1)..].Should().StartWith(
        [
            "    identify [given-customer] no identify stage: the request names customer cc:1",
            "    differentiate [value-tier] tier MostValuable",
            "      basis: tier lookup",
        ]);
        var treatment = Array.FindIndex(lines, l => l.StartsWith("    customize [treatment] treatment most-valuable: ", StringComparison.Ordinal));
        treatment.Should().BeGreaterThan(section);
        lines[treatment + 1].Should().StartWith("      basis: relationship type dedicated-personal-assistance by the recommender's MostValuableCustomer rule;")
            .And.Contain("; fired most-valuable: tier is MostValuable;")
            .And.Contain("; not fired prospect: lifecycle stage is commitment, not exploration;");
        lines.Should().ContainInOrder(
            "    customize [care-plan] care plan: 4 of 5 care activities planned",
            "      basis: care inputs (contact profile, consent ledger, events)",
            "    customize [care-plan] scheduled: thank-you-call on phone at 2026-06-10T15:30:00Z");
        lines[^2].Should().Be("    customize [care-plan] no-consent: satisfaction-survey on e-mail, asked for 2026-06-23T15:30:00Z");
        string.Join('\n', lines[..section]).Should().Be(plain.Output.TrimEnd('\n'), "without --trace the output is what it was, and --trace only adds the section");
    }

    [Fact]
    public void Plan_Trace_Json_AddsATraceArrayPerCustomer_WithoutItNoTraceKey()
    {
        var (customers, events) = OneSale();

        var traced = CliRunner.Run("idic", "plan", "--customers", customers, "--events", events, "--at", At, "--format", "json", "--trace");
        var plain = CliRunner.Run("idic", "plan", "--customers", customers, "--events", events, "--at", At, "--format", "json");

        traced.ExitCode.Should().Be(0, traced.Error);
        using var json = JsonDocument.Parse(traced.Output);
        var customer = json.RootElement.GetProperty("customers")[0];
        var trace = customer.GetProperty("trace").EnumerateArray().ToArray();
        trace.Should().OnlyContain(e => e.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { "stage", "rule", "decision", "basis" }));
        trace.Select(e => e.GetProperty("stage").GetString()).Distinct().Should().Equal("identify", "differentiate", "customize");
        trace[0].GetProperty("rule").GetString().Should().Be("given-customer");
        trace[0].GetProperty("basis").ValueKind.Should().Be(JsonValueKind.Null, "the rule needs no data");
        var treatment = trace.Single(e => e.GetProperty("rule").GetString() == "treatment");
        treatment.GetProperty("stage").GetString().Should().Be("customize");
        treatment.GetProperty("basis").GetString().Should().Contain("fired most-valuable: tier is MostValuable");
        var summary = trace.First(e => e.GetProperty("rule").GetString() == "care-plan");
        summary.GetProperty("decision").GetString().Should().Be("care plan: 4 of 5 care activities planned");
        summary.GetProperty("basis").GetString().Should().Be("care inputs (contact profile, consent ledger, events)");
        trace.Count(e => e.GetProperty("rule").GetString() == "care-plan").Should().Be(1 + customer.GetProperty("care_plan").GetArrayLength(), "a summary, then one entry per plan item");

        plain.ExitCode.Should().Be(0, plain.Error);
        using var old = JsonDocument.Parse(plain.Output);
        old.RootElement.GetProperty("customers")[0].TryGetProperty("trace", out _).Should().BeFalse();
        customer.EnumerateObject().Select(p => p.Name).Should().Equal(
            old.RootElement.GetProperty("customers")[0].EnumerateObject().Select(p => p.Name).Append("trace"), "--trace only adds the key, last");
    }

    [Fact]
    public void Plan_TraceWithCsv_IsBadUsage_Exit2()
    {
        var (customers, events) = OneSale();

        var result = CliRunner.Run("idic", "plan", "--customers", customers, "--events", events, "--at", At, "--format", "csv", "--trace");

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be("error: --trace prints with --format table or json; CSV has one row per care-plan item and no place for the trace.\n");
    }

    /// <summary>One most-valuable customer in the commitment stage who bought a washing machine the day before.</summary>
    private static (string Customers, string Events) OneSale() => (
        TestFiles.Temp(
            "record,channel,identifiers,time_zone,tier,lifecycle_stage\n" +
            "cc:1,phone,phone:+48601234567,Europe/Warsaw,most-valuable,commitment\n"),
        TestFiles.Temp(
            "event,record,kind,at,until,detail\n" +
            "s-1,cc:1,sale,2026-06-09T15:30:00Z,,washing machine\n"));
}
