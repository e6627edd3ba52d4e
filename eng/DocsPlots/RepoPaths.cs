namespace RelationshipKit.DocsPlots;

/// <summary>Finds the repository root (the folder with RelationshipKit.sln) above the working directory or the tool.</summary>
internal static class RepoPaths
{
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "RelationshipKit.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("RelationshipKit.sln not found above the working directory.");
    }

    public static string TestData(string root, string file) => Path.Combine(root, "tests", "RelationshipKit.Value.Tests", "TestData", file);
}
