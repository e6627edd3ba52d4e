using System.Text;

namespace RelationshipKit.ApiDocs;

/// <summary>Writes the generated pages and removes pages left over from types or namespaces that no longer exist.</summary>
internal static class PageFiles
{
    public static int Replace(string directory, IReadOnlyList<GeneratedPage> pages)
    {
        Directory.CreateDirectory(directory);
        var changed = 0;
        var wanted = pages.Select(p => p.FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.GetFiles(directory, "*.md").Where(f => !wanted.Contains(Path.GetFileName(f))))
        {
            File.Delete(stale);
            changed++;
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var page in pages)
        {
            var path = Path.Combine(directory, page.FileName);
            if (File.Exists(path) && File.ReadAllText(path) == page.Content)
            {
                continue;
            }

            File.WriteAllText(path, page.Content, encoding);
            changed++;
        }

        return changed;
    }
}
