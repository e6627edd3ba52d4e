using Xunit;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RelationshipKit.TestUtils.PostgreSql;

/// <summary>
/// Represents a throwaway PostgreSQL cluster for one test assembly: created by initdb in a fresh temporary folder,
/// started on a free loopback port (another port is tried when the chosen one is taken), and stopped and deleted when
/// the assembly's tests are done.
/// </summary>
/// <remarks>
/// <para>Use it as an xunit collection fixture (<c>ICollectionFixture&lt;PostgreSqlCluster&gt;</c>) and mark the tests
/// with <see cref="PostgreSqlFactAttribute"/> or <see cref="PostgreSqlTheoryAttribute"/>: where the server binaries are
/// absent the tests are reported skipped with the reason, and the cluster is never started.</para>
/// <para>The cluster trusts local connections (user <c>postgres</c>, no password) and runs with <c>fsync=off</c>:
/// it is deleted afterwards, so durability is not what the tests measure; locking, isolation and constraints are the
/// real server's. Set <see cref="Durable"/> for the server's default durability (the store benchmarks, which start
/// the cluster themselves with <see cref="InitializeAsync"/>). A cluster left behind by a killed test process (its
/// owner process gone) is stopped and deleted by the next start.</para>
/// </remarks>
public sealed class PostgreSqlCluster : IAsyncLifetime
{
    private const string FolderPrefix = "rk-pg-";
    private const int PortAttempts = 8;
    private string? _folder;
    private int _databases;

    /// <summary>Gets a value indicating whether the server keeps PostgreSQL's default durability (fsync, synchronous
    /// commit, full-page writes) instead of the tests' <c>fsync=off</c>.</summary>
    /// <value>The default is false: a commit does not wait for the disk.</value>
    public bool Durable { get; init; }

    /// <summary>Gets the port the server listens on (127.0.0.1).</summary>
    public int Port { get; private set; }

    /// <summary>Gets a value indicating whether the server is running.</summary>
    public bool IsRunning => Port != 0;

    /// <summary>Gets the connection string of the <c>postgres</c> database.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    /// <summary>Returns the connection string of a database on this cluster.</summary>
    /// <param name="database">The database.</param>
    /// <returns>The connection string.</returns>
    public string ConnectionStringFor(string database)
    {
        if (!IsRunning)
        {
            throw new InvalidOperationException("The PostgreSQL test cluster is not running: " + (PostgreSqlBinaries.SkipReason ?? "it has not been started") + ".");
        }

        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=40;Timeout=30;Command Timeout=120";
    }

    /// <summary>Creates an empty database (with <c>createdb</c>) and returns its connection string.</summary>
    /// <param name="prefix">The start of the database's name; a counter follows.</param>
    /// <returns>The connection string.</returns>
    public string CreateDatabase(string prefix = "test")
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databases)}";
        Exec("createdb", $"-h 127.0.0.1 -p {Port} -U postgres {name}", asServerUser: false);
        return ConnectionStringFor(name);
    }

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        if (PostgreSqlBinaries.SkipReason is null)
        {
            Start();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        if (_folder is not null)
        {
            Stop(_folder);
            _folder = null;
            Port = 0;
        }

        return Task.CompletedTask;
    }

    private static string Bin(string tool) => Path.Combine(PostgreSqlBinaries.BinDir!, tool);

    private static void Stop(string folder)
    {
        if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
        {
            TryExec("pg_ctl", $"stop -D {folder}/data -m immediate -w -t 30");
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temporary folders; the next start also removes clusters whose owner is gone.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void RemoveAbandoned()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.Combine(folder, "owner.pid");
            if (File.Exists(owner)
                && int.TryParse(File.ReadAllText(owner).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && !Directory.Exists($"/proc/{pid}")
                && OperatingSystem.IsLinux())
            {
                Stop(folder);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Exec(string tool, string arguments, bool asServerUser = true)
    {
        var (code, output) = TryExec(tool, arguments, asServerUser);
        return code == 0 ? output : throw new InvalidOperationException($"{tool} {arguments} exited with {code}:\n{output}");
    }

    private static (int Code, string Output) TryExec(string tool, string arguments, bool asServerUser = true)
    {
        var runAs = asServerUser ? PostgreSqlBinaries.RunAs : null;
        var info = runAs is null
            ? new ProcessStartInfo(Bin(tool), arguments)
            : new ProcessStartInfo("runuser", $"-u {runAs} -- {Bin(tool)} {arguments}");
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        info.Environment["LC_ALL"] = "C";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{tool} did not finish within 90 s");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private void Start()
    {
        RemoveAbandoned();
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        if (PostgreSqlBinaries.RunAs is { } user)
        {
            // The server's user must own its folder; create it as that user (/tmp is writable by everyone).
            var (code, output) = (0, string.Empty);
            var info = new ProcessStartInfo("runuser", $"-u {user} -- mkdir -m 0700 {folder}") { RedirectStandardError = true, UseShellExecute = false };
            using (var process = Process.Start(info)!)
            {
                output = process.StandardError.ReadToEnd();
                process.WaitForExit();
                code = process.ExitCode;
            }

            if (code != 0)
            {
                throw new InvalidOperationException($"Could not create {folder} as '{user}': {output}");
            }
        }
        else
        {
            Directory.CreateDirectory(folder);
        }

        _folder = folder;
        File.WriteAllText(Path.Combine(folder, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Exec("initdb", $"-D {folder}/data -A trust -U postgres -E UTF8 --locale=C --no-sync");
        string log = string.Empty;
        for (var attempt = 1; attempt <= PortAttempts; attempt++)
        {
            var port = FreePort();
            var durability = Durable ? string.Empty : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            var options = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1{durability} -c max_connections=200";
            var (code, output) = TryExec("pg_ctl", $"start -D {folder}/data -w -t 60 -l {folder}/server.log -o \"{options}\"");
            if (code == 0)
            {
                Port = port;
                return;
            }

            log = File.Exists(Path.Combine(folder, "server.log")) ? File.ReadAllText(Path.Combine(folder, "server.log")) : output;
            if (!log.Contains("Address already in use", StringComparison.Ordinal) && !log.Contains("could not bind", StringComparison.Ordinal))
            {
                break;
            }
        }

        Stop(folder);
        _folder = null;
        throw new InvalidOperationException("The PostgreSQL test cluster did not start:\n" + log);
    }
}
