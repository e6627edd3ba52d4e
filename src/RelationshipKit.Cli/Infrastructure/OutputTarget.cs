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
}
