namespace RelationshipKit.DocsPlots;

/// <summary>One figure of the docs site: a file name under docs/public/plots and the code that draws it.</summary>
internal sealed class Figure(string fileName, Action<string, string> render)
{
    public string FileName { get; } = fileName;

    /// <summary>Draws the figure: (repository root, output path).</summary>
    public void Render(string root, string path) => render(root, path);
}
