// Renders the docs site's figures from the library's own computations. Usage:
//   dotnet run --project eng/DocsPlots -c Release -- [output-directory]
// (default docs/public/plots, relative to the repository root).
using RelationshipKit.DocsPlots;

var root = RepoPaths.Root();
var output = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(root, "docs", "public", "plots");
Directory.CreateDirectory(output);
foreach (var figure in Figures.All)
{
    var path = Path.Combine(output, figure.FileName);
    figure.Render(root, path);
    Console.WriteLine($"docs plots: {Path.GetRelativePath(root, path)}");
}
