namespace RelationshipKit.ApiDocs;

/// <summary>One library to document: its built assembly and XML documentation file.</summary>
internal sealed class LibraryInput
{
    public LibraryInput(string name, string assemblyPath, string documentationPath)
    {
        Name = name;
        AssemblyPath = assemblyPath;
        DocumentationPath = documentationPath;
    }

    /// <summary>Gets the assembly (and package) name.</summary>
    public string Name { get; }

    public string AssemblyPath { get; }

    public string DocumentationPath { get; }
}
