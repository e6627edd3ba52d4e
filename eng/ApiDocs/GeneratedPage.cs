namespace RelationshipKit.ApiDocs;

/// <summary>One generated Markdown file.</summary>
internal sealed class GeneratedPage
{
    public GeneratedPage(string fileName, string content)
    {
        FileName = fileName;
        Content = content;
    }

    public string FileName { get; }

    public string Content { get; }
}
