namespace RelationshipKit.Cli.Tests.Surveys;

/// <summary>A survey CSV written to a fresh temporary directory and deleted on dispose.</summary>
internal sealed class TempSurvey : IDisposable
{
    private readonly string _directory;

    public TempSurvey(string content)
    {
        _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rk-survey-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        Path = System.IO.Path.Combine(_directory, "survey.csv");
        File.WriteAllText(Path, content);
    }

    /// <summary>Gets the full path of the file, as the CLI reports it.</summary>
    public string Path { get; }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
