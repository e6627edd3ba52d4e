using System.Reflection;

namespace RelationshipKit.ApiDocs;

/// <summary>Loads the libraries into a <see cref="MetadataLoadContext"/> and renders the API pages.</summary>
internal static class ApiSiteBuilder
{
    public static ApiSite Build(LibraryInputs inputs)
    {
        var documentation = new DocumentationSet();
        foreach (var library in inputs.Libraries)
        {
            documentation.Load(library.DocumentationPath);
        }

        var warnings = new List<string>();
        using var context = new MetadataLoadContext(new PathAssemblyResolver(inputs.ReferencePaths));
        var factory = new ApiModelFactory(documentation, new CSharpSyntax(), warnings);
        var types = new List<ApiType>();
        foreach (var library in inputs.Libraries)
        {
            Assembly assembly;
            try
            {
                assembly = context.LoadFromAssemblyPath(library.AssemblyPath);
            }
            catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException)
            {
                throw new GeneratorException($"cannot read {library.AssemblyPath}: {ex.Message}", ex);
            }

            try
            {
                types.AddRange(assembly.GetExportedTypes()
                    .Where(t => !t.Name.Contains('<', StringComparison.Ordinal))
                    .Select(t => factory.Create(t, library.Name)));
            }
            catch (FileNotFoundException ex)
            {
                throw new GeneratorException($"a reference of {library.Name} could not be resolved ({ex.Message}); restore and build the solution first.", ex);
            }
        }

        var pages = new ApiPageWriter(types, inputs.Libraries.Select(l => l.Name).ToList()).Write();
        return new ApiSite(pages, warnings, types.Count, types.Sum(t => t.Members.Count + t.Values.Count));
    }
}
