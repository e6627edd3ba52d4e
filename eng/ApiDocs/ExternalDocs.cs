namespace RelationshipKit.ApiDocs;

/// <summary>
/// Links types that are not on this site to their own reference: .NET types to learn.microsoft.com, NodaTime types
/// to nodatime.org (the version in Directory.Packages.props). Members and other libraries' types stay plain code.
/// </summary>
internal static class ExternalDocs
{
    /// <summary>Gets the page of a type documentation id, or <see langword="null"/> when it is not a .NET or NodaTime type.</summary>
    public static string? Url(string docId)
    {
        if (!docId.StartsWith("T:", StringComparison.Ordinal))
        {
            return null;
        }

        var name = docId[2..];
        if (name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
        {
            return "https://learn.microsoft.com/dotnet/api/" + name.ToLowerInvariant().Replace('`', '-');
        }

        if (name.StartsWith("NodaTime.", StringComparison.Ordinal) && !name.Contains('`', StringComparison.Ordinal))
        {
            return "https://nodatime.org/3.3.x/api/" + name + ".html";
        }

        return null;
    }
}
