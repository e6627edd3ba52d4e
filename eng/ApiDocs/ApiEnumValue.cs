using System.Xml.Linq;

namespace RelationshipKit.ApiDocs;

/// <summary>One named value of an enum type.</summary>
internal sealed class ApiEnumValue
{
    public ApiEnumValue(string name, string docId, string value, XElement? documentation)
    {
        Name = name;
        DocId = docId;
        Value = value;
        Documentation = documentation;
    }

    public string Name { get; }

    public string DocId { get; }

    /// <summary>Gets the underlying value as C# would print it.</summary>
    public string Value { get; }

    public XElement? Documentation { get; }

    /// <summary>Gets or sets the anchor on the type's page.</summary>
    public string Anchor { get; set; } = string.Empty;
}
