namespace RelationshipKit.TestUtils;

/// <summary>Scratch files for tests: each in a fresh folder of one per-process directory, deleted when the test run ends.</summary>
public static class TempFiles
{
    private static readonly Lazy<string> Root = new(CreateRoot);

    /// <summary>Writes <paramref name="content"/> to a new file named <paramref name="fileName"/> in a fresh folder and returns its full path.</summary>
    /// <param name="content">The file's text (UTF-8, no byte-order mark).</param>
    /// <param name="fileName">The file's name, which error messages show.</param>
    /// <returns>The full path.</returns>
    public static string Write(string content, string fileName = "x.csv")
    {
        var directory = Path.Combine(Root.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Returns the full path of a file named <paramref name="fileName"/> in a fresh, empty folder, without creating the file (for a command's output).</summary>
    /// <param name="fileName">The file's name.</param>
    /// <returns>The full path; the folder exists, the file does not.</returns>
    public static string PathFor(string fileName)
    {
        var directory = Path.Combine(Root.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, fileName);
    }

    private static string CreateRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "rk-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a test host: the folder is in the temporary directory anyway.
            }
        };
        return root;
    }
}
