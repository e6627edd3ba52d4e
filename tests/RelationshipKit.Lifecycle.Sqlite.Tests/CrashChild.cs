using NodaTime;
using RelationshipKit.Lifecycle.Storage;
using RelationshipKit.Testing.Lifecycle;

namespace RelationshipKit.Lifecycle.Sqlite.Tests;

/// <summary>
/// The child process of the crash test: <c>dotnet RelationshipKit.Lifecycle.Sqlite.Tests.dll DB MODE N</c> commits a first
/// batch of 10 customers, then writes a second batch of 200 customers and, at statement N of it (mode <c>statement</c>) or
/// after its commit (mode <c>commit</c>), prints <c>READY</c> and waits to be killed.
/// </summary>
public static class CrashChild
{
    public const int CommittedCustomers = 10;
    public const int BatchCustomers = 200;

    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: DB statement|commit N");
            return 2;
        }

        var stopAt = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        var definition = ContractLifecycle.Version1();
        var first = new SqliteLifecycleStore<ContractStage, ContractTrigger>(definition, $"Data Source={args[0]}");
        first.WriteBatchAsync(Writes(definition, "committed", CommittedCustomers)).AsTask().GetAwaiter().GetResult();

        var options = new SqliteLifecycleStoreOptions { ConnectionString = $"Data Source={args[0]}" };
        if (args[1] == "statement")
        {
            options.AfterStatement = n =>
            {
                if (n == stopAt)
                {
                    WaitToBeKilled();
                }
            };
        }
        else
        {
            options.AfterCommit = WaitToBeKilled;
        }

        var store = new SqliteLifecycleStore<ContractStage, ContractTrigger>(definition, options);
        store.WriteBatchAsync(Writes(definition, "batch", BatchCustomers)).AsTask().GetAwaiter().GetResult();
        Console.Error.WriteLine("the batch finished without being killed");
        return 1;
    }

    /// <summary>Two writes per customer (start and activate), customers in order.</summary>
    public static List<LifecycleWrite<ContractStage, ContractTrigger>> Writes(LifecycleDefinition<ContractStage, ContractTrigger> definition, string prefix, int customers)
    {
        var at = Instant.FromUtc(2026, 7, 1, 0, 0);
        var writes = new List<LifecycleWrite<ContractStage, ContractTrigger>>();
        for (var i = 0; i < customers; i++)
        {
            var started = definition.Start(new CustomerId($"{prefix}-{i:D4}"), new LifecycleEventId("s"), at, new TransitionMetadata("import", "crash test"));
            writes.Add(started.ToWrite());
            writes.Add(definition.Fire(started.State, ContractTrigger.Activate, new LifecycleEventId("a"), at + Duration.FromMinutes(1)).ToWrite());
        }

        return writes;
    }

    private static void WaitToBeKilled()
    {
        Console.Out.WriteLine("READY");
        Console.Out.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
