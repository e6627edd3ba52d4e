using System.Text;

namespace RelationshipKit.ApiDocs;

/// <summary>
/// Writes the generated files (pages in subfolders, and the JSON beside them) and removes files left over from types
/// or namespaces that no longer exist. A file whose content did not change is not rewritten.
/// </summary>
internal static class PageFiles
{
    public static int Replace(string directory, IReadOnlyList<GeneratedPage> pages)
    {
        Directory.CreateDirectory(directory);
        var changed = 0;
        var wanted = pages.Select(p => Path.GetFullPath(Path.Combine(directory, p.FileName))).ToHashSet(StringComparer.Ordinal);
        var generated = Directory.EnumerateFiles(directory, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories));
        foreach (var stale in generated.Where(f => !wanted.Contains(Path.GetFullPath(f))).ToList())
        {
            File.Delete(stale);
            changed++;
        }

        foreach (var empty in Directory.EnumerateDirectories(directory).Where(d => !Directory.EnumerateFileSystemEntries(d).Any()).ToList())
        {
            Directory.Delete(empty);
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var page in pages)
        {
            var path = Path.Combine(directory, page.FileName);
            if (File.Exists(path) && File.ReadAllText(path) == page.Content)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, page.Content, encoding);
            changed++;
        }

        return changed;
    }
}
