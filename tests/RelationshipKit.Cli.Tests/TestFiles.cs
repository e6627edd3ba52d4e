namespace RelationshipKit.Cli.Tests;

/// <summary>Paths to test data and scratch files.</summary>
internal static class TestFiles
{
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>Writes <paramref name="content"/> to a new temporary file (removed when the test run ends) and returns its path.</summary>
    public static string Temp(string content, string extension = ".csv")
    {
        return TempFiles.Write(content, "input" + extension);
    }
}
