using System.Reflection;
using System.Xml.Linq;

namespace RelationshipKit.ApiDocs;

/// <summary>A documented member of a type, with everything its section on the page needs.</summary>
internal sealed class ApiMember
{
    public ApiMember(MemberInfo member, MemberKind kind, string docId, string heading, string declaration, XElement? documentation, string? inheritedNote)
    {
        Member = member;
        Kind = kind;
        DocId = docId;
        Heading = heading;
        Declaration = declaration;
        Documentation = documentation;
        InheritedNote = inheritedNote;
    }

    public MemberInfo Member { get; }

    public MemberKind Kind { get; }

    public string DocId { get; }

    /// <summary>Gets the short name used as the heading, for example <c>Plus(Money)</c>.</summary>
    public string Heading { get; }

    /// <summary>Gets the C# declaration.</summary>
    public string Declaration { get; }

    /// <summary>Gets the XML documentation with <c>inheritdoc</c> resolved, or <see langword="null"/>.</summary>
    public XElement? Documentation { get; }

    /// <summary>Gets a note such as "Overrides <c>object.ToString()</c>." when the documentation is inherited from outside.</summary>
    public string? InheritedNote { get; }

    /// <summary>Gets or sets the anchor on the type's page.</summary>
    public string Anchor { get; set; } = string.Empty;
}
