namespace RelationshipKit.ApiDocs;

/// <summary>
/// Writes the API reference of the docs site (<c>docs/api/</c>: an index, a page per namespace and per type) from the Release build of the <c>src/*</c>
/// libraries: public types and members by reflection (MetadataLoadContext, so nothing is executed), text from the
/// XML documentation files. Exit codes: 0 written, 1 documentation problems under <c>--strict</c>, 2 bad usage or
/// missing build output.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            var options = GeneratorOptions.Parse(args);
            if (options.ShowHelp)
            {
                Console.WriteLine(GeneratorOptions.Usage);
                return 0;
            }

            var inputs = LibraryLocator.Locate(options);
            var site = ApiSiteBuilder.Build(inputs);
            var written = PageFiles.Replace(options.OutputDirectory, site.Pages);
            foreach (var warning in site.Warnings)
            {
                Console.Error.WriteLine($"api docs: warning: {warning}");
            }

            Console.WriteLine(
                $"api docs: {site.TypeCount} types, {site.MemberCount} members on {site.Pages.Count(p => p.FileName.EndsWith(".md", StringComparison.Ordinal))} pages " +
                $"from {string.Join(", ", inputs.Libraries.Select(l => l.Name))} -> {Path.GetRelativePath(options.RepositoryRoot, options.OutputDirectory)} ({written} files changed)");
            return options.Strict && site.Warnings.Count > 0 ? 1 : 0;
        }
        catch (GeneratorException ex)
        {
            Console.Error.WriteLine($"api docs: error: {ex.Message}");
            return 2;
        }
    }
}
