using System.Text.Json;
using NodaTime;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.Presets;
using RelationshipKit.Lifecycle.Serialization;

namespace RelationshipKit.Cli.Tests.Commands.Lifecycle;

public class LifecycleVerifyCommandTests
{
    private static string HistoryJson()
    {
        var sources = LifecyclePresets.Sources();
        var at = Instant.FromUtc(2026, 2, 1, 9, 0);
        var result = sources.Start(new CustomerId("00042"), new LifecycleEventId("e1"), at);
        var history = new LifecycleHistory<RelationshipStage, RelationshipTrigger>([sources.CreateEntry(result.Record, default)]);
        foreach (var (trigger, id) in new[] { (RelationshipTrigger.Advance, "e2"), (RelationshipTrigger.Complain, "e3") })
        {
            at += Duration.FromDays(3);
            result = sources.Fire(result.State, trigger, new LifecycleEventId(id), at, new TransitionMetadata("ana", "call"));
            history = history.Append(sources.CreateEntry(result.Record, history.Last!.Hash));
        }

        return LifecycleJson.SerializeHistory(history, indented: true);
    }

    [Fact]
    public void Verify_ValidHistory_PrintsTheRebuiltState()
    {
        var file = TestFiles.Temp(HistoryJson(), ".json");

        var result = CliRunner.Run("lifecycle", "verify", "--history", file);

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("valid").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("stage").GetString().Should().Be("AwarenessInConflict");
        json.RootElement.GetProperty("version").GetInt64().Should().Be(3);
    }

    [Fact]
    public void Verify_EditedEntry_ExitsOneNamingIt()
    {
        var file = TestFiles.Temp(HistoryJson().Replace("\"to\": \"Awareness\"", "\"to\": \"Expansion\"", StringComparison.Ordinal), ".json");

        var result = CliRunner.Run("lifecycle", "verify", "--history", file);

        result.ExitCode.Should().Be(1);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("problem").GetProperty("message").GetString().Should().Be("Entry 2 (sequence 2, event 'e2'): its fields do not match its hash (edited).");
    }

    [Fact]
    public void Verify_MalformedNewerOrForeignFile_IsBadInputWithPosition()
    {
        var malformed = TestFiles.Temp("{\n  \"schema_version\": 1,\n  oops\n}", ".json");
        var newer = TestFiles.Temp(HistoryJson().Replace("\"schema_version\": 1", "\"schema_version\": 2", StringComparison.Ordinal), ".json");
        var sources = TestFiles.Temp(HistoryJson(), ".json");

        var bad = CliRunner.Run("lifecycle", "verify", "--history", malformed);
        var future = CliRunner.Run("lifecycle", "verify", "--history", newer);
        var foreign = CliRunner.Run("lifecycle", "verify", "--history", sources, "--preset", "dwyer");

        bad.ExitCode.Should().Be(2);
        bad.Output.Should().BeEmpty();
        bad.Error.Should().StartWith($"error: {malformed}:3:3: ");
        future.ExitCode.Should().Be(2);
        future.Error.Should().Be($"error: {newer}: schema_version 2 is newer than the version 1 this RelationshipKit.Lifecycle reads; upgrade the package to read it. (at $.schema_version)\n");
        foreign.ExitCode.Should().Be(2);
        foreign.Error.Should().Be($"error: {sources}: $.entries[0]: History entry 1 of customer '00042' belongs to definition \"sources\", not \"dwyer\". (at $.entries[0])\n");
    }
}
