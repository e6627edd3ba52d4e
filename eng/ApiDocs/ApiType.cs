using System.Xml.Linq;

namespace RelationshipKit.ApiDocs;

/// <summary>A public type with its documented members.</summary>
internal sealed class ApiType
{
    public ApiType(Type type, string package, string docId, string name, string kind, string declaration, XElement? documentation, IReadOnlyList<ApiMember> members, IReadOnlyList<ApiEnumValue> values)
    {
        Type = type;
        Package = package;
        DocId = docId;
        Name = name;
        Kind = kind;
        Declaration = declaration;
        Documentation = documentation;
        Members = members;
        Values = values;
    }

    public Type Type { get; }

    /// <summary>Gets the package (assembly) that ships the type.</summary>
    public string Package { get; }

    public string DocId { get; }

    /// <summary>Gets the name as written in code, for example <c>FitResult&lt;TModel&gt;</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the kind in words: <c>sealed class</c>, <c>readonly struct</c>, <c>enum</c>, ...</summary>
    public string Kind { get; }

    public string Declaration { get; }

    public XElement? Documentation { get; }

    public IReadOnlyList<ApiMember> Members { get; }

    /// <summary>Gets the values of an enum type (empty for other types).</summary>
    public IReadOnlyList<ApiEnumValue> Values { get; }

    public string Namespace => Type.Namespace ?? string.Empty;
}
