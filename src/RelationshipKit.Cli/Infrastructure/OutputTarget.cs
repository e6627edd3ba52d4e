using System.Text;

namespace RelationshipKit.Cli.Infrastructure;

/// <summary>
/// Writes a command's result either to stdout or to a file. A file is written to a temporary sibling and moved
/// into place only when the whole text was produced, so a failed command never leaves a partial file.
/// </summary>
internal static class OutputTarget
{
    public static void Write(string? path, TextWriter stdout, string text)
    {
        if (path is null)
        {
            stdout.Write(text);
            return;
        }

        var full = Path.GetFullPath(path);
        var temp = full + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            File.WriteAllText(temp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }

            throw new CliUsageException($"cannot write {path}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Streams a result that may be too large to build as one string (millions of rows): to stdout directly, or to a
    /// temporary sibling of <paramref name="path"/> that is moved into place only when <paramref name="write"/> returns.
    /// Call it only once the result is computed, so that no error can interrupt the output half-way.
    /// </summary>
    public static void Write(string? path, TextWriter stdout, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (path is null)
        {
            write(stdout);
            return;
        }

        var full = Path.GetFullPath(path);
        var temp = full + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16))
            {
                write(writer);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }

            throw new CliUsageException($"cannot write {path}: {ex.Message}", ex);
        }
    }
}
