namespace RelationshipKit.ApiDocs;

/// <summary>The generated pages and what was found on the way.</summary>
internal sealed class ApiSite
{
    public ApiSite(IReadOnlyList<GeneratedPage> pages, IReadOnlyList<string> warnings, int typeCount, int memberCount)
    {
        Pages = pages;
        Warnings = warnings;
        TypeCount = typeCount;
        MemberCount = memberCount;
    }

    public IReadOnlyList<GeneratedPage> Pages { get; }

    public IReadOnlyList<string> Warnings { get; }

    public int TypeCount { get; }

    public int MemberCount { get; }
}
