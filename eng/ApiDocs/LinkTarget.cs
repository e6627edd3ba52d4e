namespace RelationshipKit.ApiDocs;

/// <summary>Where a documentation id is shown on the site.</summary>
internal sealed class LinkTarget
{
    public LinkTarget(string page, string? anchor, string name, string? shortName, string? typeDocId)
    {
        Page = page;
        Anchor = anchor;
        Name = name;
        ShortName = shortName;
        TypeDocId = typeDocId;
    }

    /// <summary>Gets the page, relative to the API folder, for example <c>relationshipkit/money.md</c>.</summary>
    public string Page { get; }

    /// <summary>Gets the anchor on the page, or <see langword="null"/> for the page itself.</summary>
    public string? Anchor { get; }

    /// <summary>Gets the qualified display name, for example <c>Money.Plus(Money)</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the name used on the member's own type's section, for example <c>Plus(Money)</c>.</summary>
    public string? ShortName { get; }

    /// <summary>Gets the id of the declaring type for members.</summary>
    public string? TypeDocId { get; }
}
