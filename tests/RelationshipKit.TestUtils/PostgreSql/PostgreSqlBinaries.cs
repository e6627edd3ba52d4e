using System.Diagnostics;

namespace RelationshipKit.TestUtils.PostgreSql;

/// <summary>
/// Finds the PostgreSQL server binaries (<c>initdb</c>, <c>pg_ctl</c>) the throwaway test clusters need, and says why
/// the PostgreSQL tests are skipped when they cannot run here.
/// </summary>
/// <remarks>
/// Looked up once per test process, in order: the folder in <c>RELATIONSHIPKIT_PG_BINDIR</c>, the folder
/// <c>pg_config --bindir</c> names, <c>initdb</c> on PATH, then Debian's <c>/usr/lib/postgresql/*/bin</c>. As root,
/// the server runs as the system user <c>postgres</c> (initdb refuses root); without that user the tests are skipped too.
/// </remarks>
public static class PostgreSqlBinaries
{
    private static readonly Lazy<(string? BinDir, string? RunAs, string? SkipReason)> Found = new(Find);

    /// <summary>Gets the folder holding initdb and pg_ctl, or null when none was found.</summary>
    public static string? BinDir => Found.Value.BinDir;

    /// <summary>Gets the system user the server runs as (<c>postgres</c> when the tests run as root), or null for the current user.</summary>
    public static string? RunAs => Found.Value.RunAs;

    /// <summary>Gets why PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? SkipReason => Found.Value.SkipReason;

    /// <summary>Looks for the binaries in the given places (for tests of this lookup).</summary>
    /// <param name="overrideDir">The value of <c>RELATIONSHIPKIT_PG_BINDIR</c>, or null.</param>
    /// <param name="candidates">Folders to try after it.</param>
    /// <returns>The folder, or null with the reason.</returns>
    public static (string? BinDir, string? Reason) Locate(string? overrideDir, IEnumerable<string?> candidates)
    {
        if (!string.IsNullOrEmpty(overrideDir))
        {
            return HasServer(overrideDir)
                ? (overrideDir, null)
                : (null, $"RELATIONSHIPKIT_PG_BINDIR is '{overrideDir}', which holds no initdb and pg_ctl");
        }

        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrEmpty(candidate) && HasServer(candidate))
            {
                return (candidate, null);
            }
        }

        return (null, "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's postgresql package, or set RELATIONSHIPKIT_PG_BINDIR");
    }

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "postgres"));

    private static (string?, string?, string?) Find()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return (null, null, "the PostgreSQL test cluster is started on Linux and macOS only");
        }

        var (binDir, reason) = Locate(Environment.GetEnvironmentVariable("RELATIONSHIPKIT_PG_BINDIR"), Candidates());
        if (binDir is null)
        {
            return (null, null, reason);
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return (binDir, null, null);
        }

        return Run("id", "-u postgres") is { Length: > 0 }
            ? (binDir, "postgres", null)
            : (null, null, "the tests run as root, initdb refuses root, and there is no system user 'postgres' to run the server as");
    }

    private static IEnumerable<string?> Candidates()
    {
        yield return Run("pg_config", "--bindir");
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (File.Exists(Path.Combine(folder, "initdb")))
            {
                // Debian links initdb into PATH; the folder of the link's target holds postgres too.
                var target = new FileInfo(Path.Combine(folder, "initdb")).ResolveLinkTarget(returnFinalTarget: true);
                yield return target is null ? folder : Path.GetDirectoryName(target.FullName);
            }
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            foreach (var version in Directory.GetDirectories("/usr/lib/postgresql").OrderDescending(StringComparer.Ordinal))
            {
                yield return Path.Combine(version, "bin");
            }
        }
    }

    /// <summary>Runs a short command and returns its trimmed standard output, or null when it cannot start or fails.</summary>
    internal static string? Run(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
