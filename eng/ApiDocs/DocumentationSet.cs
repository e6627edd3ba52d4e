using System.Xml;
using System.Xml.Linq;

namespace RelationshipKit.ApiDocs;

/// <summary>The <c>member</c> elements of the XML documentation files, by documentation id.</summary>
internal sealed class DocumentationSet
{
    private readonly Dictionary<string, XElement> _members = new(StringComparer.Ordinal);

    public void Load(string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw new GeneratorException($"{path} is not valid XML: {ex.Message}", ex);
        }

        foreach (var member in document.Descendants("member"))
        {
            if (member.Attribute("name")?.Value is { Length: > 0 } id)
            {
                _members[id] = member;
            }
        }
    }

    public XElement? Find(string docId) => _members.GetValueOrDefault(docId);
}
