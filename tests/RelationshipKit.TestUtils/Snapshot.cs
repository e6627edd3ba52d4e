using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace RelationshipKit.TestUtils;

/// <summary>
/// A small stand-in for Verify.Xunit (which cannot be restored from this project's package source), following
/// Verify's file conventions so that moving to Verify later is a mechanical swap:
/// <c>{Class}.{Method}.verified.txt</c> beside the test file, a <c>.received.txt</c> written on mismatch,
/// line endings normalised to LF, and a readable diff in the failure message.
/// </summary>
/// <remarks>
/// The class name is the test file's name up to its first dot (one type per file; partial classes split as
/// <c>FooTests.Fit.cs</c> share the <c>FooTests</c> prefix). Set the environment variable
/// <c>RELATIONSHIPKIT_ACCEPT_SNAPSHOTS=1</c> to accept the received text as verified (never in CI).
/// </remarks>
public static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the committed verified file; fails with a diff when they differ.</summary>
    /// <param name="actual">The text to verify.</param>
    /// <param name="name">An optional suffix for parameterised tests: <c>{Class}.{Method}_{name}.verified.txt</c>.</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <param name="method">Filled in by the compiler.</param>
    public static void Match(string actual, string? name = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var directory = Path.GetDirectoryName(sourceFile)
            ?? throw new InvalidOperationException($"Cannot find the directory of the test file '{sourceFile}'.");
        if (!Directory.Exists(directory))
        {
            throw new InvalidOperationException(
                $"The test source directory '{directory}' does not exist; snapshot tests need the caller file path (do not build tests with ContinuousIntegrationBuild).");
        }

        var className = Path.GetFileName(sourceFile).Split('.')[0];
        var stem = Path.Combine(directory, $"{className}.{method}{(name is null ? string.Empty : "_" + name)}");
        var verifiedPath = stem + ".verified.txt";
        var receivedPath = stem + ".received.txt";
        var normalisedActual = Normalise(actual);

        if (Environment.GetEnvironmentVariable("RELATIONSHIPKIT_ACCEPT_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            File.WriteAllText(verifiedPath, normalisedActual, new UTF8Encoding(false));
            DeleteIfExists(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, normalisedActual, new UTF8Encoding(false));
            throw new XunitException(
                $"No verified snapshot at {verifiedPath}. The output was written to {receivedPath}; review it and rename it to .verified.txt to accept it.");
        }

        var expected = Normalise(File.ReadAllText(verifiedPath));
        if (string.Equals(expected, normalisedActual, StringComparison.Ordinal))
        {
            DeleteIfExists(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalisedActual, new UTF8Encoding(false));
        throw new XunitException(
            $"Snapshot mismatch for {Path.GetFileName(verifiedPath)}; received text written to {receivedPath}.\n{Diff(expected, normalisedActual)}");
    }

    /// <summary>Normalises line endings to LF and drops a byte-order mark.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalised text.</returns>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>Builds a short line diff: the first differing lines with a little context.</summary>
    /// <param name="expected">The verified text.</param>
    /// <param name="actual">The received text.</param>
    /// <returns>A readable diff.</returns>
    public static string Diff(string expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var builder = new StringBuilder();
        var shown = 0;
        var max = Math.Max(left.Length, right.Length);
        for (var i = 0; i < max && shown < 20; i++)
        {
            var l = i < left.Length ? left[i] : null;
            var r = i < right.Length ? right[i] : null;
            if (string.Equals(l, r, StringComparison.Ordinal))
            {
                continue;
            }

            builder.Append("line ").Append(i + 1).Append('\n');
            builder.Append("  - ").Append(l ?? "<end of file>").Append('\n');
            builder.Append("  + ").Append(r ?? "<end of file>").Append('\n');
            shown++;
        }

        return builder.ToString();
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
