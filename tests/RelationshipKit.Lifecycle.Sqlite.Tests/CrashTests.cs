using System.Diagnostics;
using RelationshipKit.Testing.Lifecycle;

namespace RelationshipKit.Lifecycle.Sqlite.Tests;

public sealed class CrashTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(250)]
    [InlineData(402)]
    [InlineData(602)]
    public async Task ChildKilledMidBatch_DatabaseOpensCleanlyWithNoneOfTheBatch(int statement)
    {
        await RunChildAndKillAsync("statement", statement);

        _database.Text("PRAGMA integrity_check").Should().Be("ok");
        _database.Scalar("SELECT COUNT(*) FROM rk_lifecycle_history WHERE customer_id LIKE 'batch-%'").Should().Be(0);
        _database.Scalar("SELECT COUNT(*) FROM rk_lifecycle_state WHERE customer_id LIKE 'batch-%'").Should().Be(0);
        _database.Scalar("SELECT COUNT(*) FROM rk_lifecycle_history WHERE customer_id LIKE 'committed-%'").Should().Be(2 * CrashChild.CommittedCustomers);
        await StoreStillWorksAsync();
    }

    [Fact]
    public async Task ChildKilledAfterCommit_DatabaseHoldsAllOfTheBatch()
    {
        await RunChildAndKillAsync("commit", 0);

        _database.Text("PRAGMA integrity_check").Should().Be("ok");
        _database.Scalar("SELECT COUNT(*) FROM rk_lifecycle_history WHERE customer_id LIKE 'batch-%'").Should().Be(2 * CrashChild.BatchCustomers);
        _database.Scalar("SELECT COUNT(*) FROM rk_lifecycle_state WHERE customer_id LIKE 'batch-%' AND version = 2").Should().Be(CrashChild.BatchCustomers);
        var store = new SqliteLifecycleStore<ContractStage, ContractTrigger>(ContractLifecycle.Version1(), _database.ConnectionString);
        (await store.GetHistoryAsync(new CustomerId("batch-0199"))).Verify().Should().BeNull();
    }

    private async Task StoreStillWorksAsync()
    {
        var definition = ContractLifecycle.Version1();
        var store = new SqliteLifecycleStore<ContractStage, ContractTrigger>(definition, _database.ConnectionString);
        var results = await store.WriteBatchAsync(CrashChild.Writes(definition, "batch", CrashChild.BatchCustomers));
        results.Should().OnlyContain(r => r.Status == Storage.WriteStatus.Written);
    }

    private async Task RunChildAndKillAsync(string mode, int statement)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CrashChild).Assembly.Location);
        start.ArgumentList.Add(_database.Path);
        start.ArgumentList.Add(mode);
        start.ArgumentList.Add(statement.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var child = Process.Start(start) ?? throw new InvalidOperationException("The crash child did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            var line = await child.StandardOutput.ReadLineAsync(timeout.Token);
            line.Should().Be("READY", $"the child must reach its kill point; stderr: {await ReadErrorAsync(child)}");
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
            }

            await child.WaitForExitAsync(CancellationToken.None);
        }

        child.ExitCode.Should().NotBe(0, "the child was killed");
    }

    private static async Task<string> ReadErrorAsync(Process child)
    {
        if (!child.HasExited)
        {
            return "(still running)";
        }

        return await child.StandardError.ReadToEndAsync();
    }
}
