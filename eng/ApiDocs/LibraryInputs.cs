namespace RelationshipKit.ApiDocs;

/// <summary>The libraries to document and every assembly file their metadata may refer to.</summary>
internal sealed class LibraryInputs
{
    public LibraryInputs(IReadOnlyList<LibraryInput> libraries, IReadOnlyList<string> referencePaths)
    {
        Libraries = libraries;
        ReferencePaths = referencePaths;
    }

    public IReadOnlyList<LibraryInput> Libraries { get; }

    /// <summary>Gets the assembly files that resolve references: the libraries, their package dependencies, the runtime.</summary>
    public IReadOnlyList<string> ReferencePaths { get; }
}
