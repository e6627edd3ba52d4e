using System.Globalization;
using System.Reflection;
using System.Xml.Linq;

namespace RelationshipKit.ApiDocs;

/// <summary>
/// Reads one public type by reflection into an <see cref="ApiType"/>: its visible members (public, and protected
/// on unsealed types), their declarations, and their XML documentation with <c>inheritdoc</c> resolved.
/// </summary>
internal sealed class ApiModelFactory
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private readonly DocumentationSet _documentation;
    private readonly CSharpSyntax _syntax;
    private readonly List<string> _warnings;

    public ApiModelFactory(DocumentationSet documentation, CSharpSyntax syntax, List<string> warnings)
    {
        _documentation = documentation;
        _syntax = syntax;
        _warnings = warnings;
    }

    public ApiType Create(Type type, string package)
    {
        var docId = DocIds.Of(type);
        var documentation = Documentation(docId, type, out _);
        var members = new List<ApiMember>();
        var values = new List<ApiEnumValue>();
        if (type.IsEnum)
        {
            values.AddRange(type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => new ApiEnumValue(f.Name, DocIds.Of(f), Convert.ToString(f.GetRawConstantValue(), CultureInfo.InvariantCulture) ?? string.Empty, Documentation(DocIds.Of(f), f, out _)))
                .OrderBy(v => decimal.Parse(v.Value, CultureInfo.InvariantCulture))
                .ThenBy(v => v.Name, StringComparer.Ordinal));
        }
        else if (!CSharpSyntax.IsDelegate(type))
        {
            members.AddRange(Members(type).Select(m => Member(m.Member, m.Kind)));
            members.Sort(CompareMembers);
        }

        return new ApiType(type, package, docId, CSharpSyntax.DefinitionName(type), Kind(type), _syntax.TypeDeclaration(type), documentation, members, values);
    }

    private static IEnumerable<(MemberInfo Member, MemberKind Kind)> Members(Type type)
    {
        bool Visible(MethodBase? method) =>
            method is not null && (method.IsPublic || ((method.IsFamily || method.IsFamilyOrAssembly) && !type.IsSealed));

        foreach (var constructor in type.GetConstructors(Declared).Where(c => !c.IsStatic && Visible(c)))
        {
            yield return (constructor, MemberKind.Constructor);
        }

        foreach (var field in type.GetFields(Declared).Where(f => !f.IsSpecialName && (f.IsPublic || ((f.IsFamily || f.IsFamilyOrAssembly) && !type.IsSealed))))
        {
            yield return (field, MemberKind.Field);
        }

        foreach (var property in type.GetProperties(Declared).Where(p => (Visible(p.GetMethod) || Visible(p.SetMethod)) && !IsCompilerGenerated(p)))
        {
            yield return (property, MemberKind.Property);
        }

        foreach (var method in type.GetMethods(Declared).Where(m => Visible(m) && !IsCompilerGenerated(m)))
        {
            if (CSharpSyntax.IsOperator(method))
            {
                yield return (method, MemberKind.Operator);
            }
            else if (!method.IsSpecialName)
            {
                yield return (method, MemberKind.Method);
            }
        }

        foreach (var @event in type.GetEvents(Declared).Where(e => Visible(e.AddMethod)))
        {
            yield return (@event, MemberKind.Event);
        }
    }

    private ApiMember Member(MemberInfo member, MemberKind kind)
    {
        var docId = DocIds.Of(member);
        if (member is ConstructorInfo { IsStatic: false } constructor && constructor.GetParameters().Length == 0 && _documentation.Find(docId) is null)
        {
            // The constructor the compiler adds to a class that declares none: nothing to document, but part of the API.
            var implicitSummary = new XElement("member", new XElement("summary", "Initializes a new instance with default values (the implicit parameterless constructor)."));
            return new ApiMember(member, kind, docId, CSharpSyntax.MemberHeading(member), _syntax.MemberDeclaration(member), implicitSummary, null);
        }

        var documentation = Documentation(docId, member, out var note);
        return new ApiMember(member, kind, docId, CSharpSyntax.MemberHeading(member), _syntax.MemberDeclaration(member), documentation, note);
    }

    private static int CompareMembers(ApiMember x, ApiMember y)
    {
        var byKind = x.Kind.CompareTo(y.Kind);
        if (byKind != 0)
        {
            return byKind;
        }

        var byName = string.CompareOrdinal(x.Member.Name, y.Member.Name);
        return byName != 0 ? byName : string.CompareOrdinal(x.DocId, y.DocId);
    }

    private static string Kind(Type type)
    {
        if (type.IsEnum)
        {
            return "enum";
        }

        if (CSharpSyntax.IsDelegate(type))
        {
            return "delegate";
        }

        if (type.IsInterface)
        {
            return "interface";
        }

        var record = CSharpSyntax.IsRecord(type);
        if (type.IsValueType)
        {
            var readOnly = CSharpSyntax.HasAttribute(type, "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "readonly " : string.Empty;
            return readOnly + (record ? "record struct" : "struct");
        }

        var noun = record ? "record" : "class";
        return type is { IsAbstract: true, IsSealed: true } ? "static class"
            : type.IsAbstract ? "abstract " + noun
            : type.IsSealed ? "sealed " + noun
            : noun;
    }

    private static bool IsCompilerGenerated(MemberInfo member) =>
        CSharpSyntax.HasAttribute(member, "System.Runtime.CompilerServices.CompilerGeneratedAttribute");

    /// <summary>Finds the documentation of a member, resolving <c>inheritdoc</c>; warns when there is none.</summary>
    private XElement? Documentation(string docId, MemberInfo member, out string? inheritedNote)
    {
        inheritedNote = null;
        var own = _documentation.Find(docId);
        if (own is null)
        {
            _warnings.Add($"no XML documentation for {docId}");
            return null;
        }

        var inherit = own.Element("inheritdoc");
        if (inherit is null)
        {
            return own;
        }

        XElement? source;
        if (inherit.Attribute("cref")?.Value is { } cref)
        {
            source = _documentation.Find(cref);
            if (source is null)
            {
                inheritedNote = "See " + CrefText.Display(cref) + ".";
            }
        }
        else
        {
            (source, inheritedNote) = Inherited(member);
        }

        if (source is null)
        {
            if (inheritedNote is null)
            {
                _warnings.Add($"{docId} uses <inheritdoc/> but no base or interface member was found");
            }

            return own;
        }

        // The member's own tags win; the rest comes from the source (param/typeparam/exception by name or cref).
        static string Key(XElement e) => e.Name.LocalName + "|" + (e.Attribute("name") ?? e.Attribute("cref"))?.Value;
        var ownKeys = own.Elements().Select(Key).ToHashSet(StringComparer.Ordinal);
        return new XElement(
            "member",
            own.Elements().Where(e => e.Name.LocalName != "inheritdoc"),
            source.Elements().Where(e => !ownKeys.Contains(Key(e)) && e.Name.LocalName != "inheritdoc"));
    }

    /// <summary>Finds the base member an <c>&lt;inheritdoc/&gt;</c> refers to: the overridden or implemented member.</summary>
    private (XElement? Source, string? Note) Inherited(MemberInfo member)
    {
        var method = member switch
        {
            MethodInfo m => m,
            PropertyInfo p => p.GetMethod ?? p.SetMethod,
            _ => null,
        };
        if (method is null || member.DeclaringType is null)
        {
            return (null, null);
        }

        // An override: walk up the base classes (MetadataLoadContext has no GetBaseDefinition) to the nearest
        // documented declaration of the same member, or to the root declaration for the note.
        var isOverride = method.IsVirtual && (method.Attributes & MethodAttributes.NewSlot) == 0;
        MemberInfo? root = null;
        for (var baseType = member.DeclaringType.BaseType; isOverride && baseType is not null; baseType = baseType.BaseType)
        {
            MemberInfo? candidate = member is PropertyInfo property
                ? baseType.GetProperty(property.Name, Declared)
                : baseType.GetMethods(Declared).FirstOrDefault(m => m.Name == method.Name && m.IsVirtual && SameParameters(m, method));
            if (candidate is null)
            {
                continue;
            }

            if (_documentation.Find(DocIds.Of(candidate)) is { } found)
            {
                return (found, null);
            }

            root = candidate;
        }

        if (root is not null)
        {
            return (null, "Overrides " + Markdown.Code(CSharpSyntax.TypeName(root.DeclaringType!) + "." + CSharpSyntax.MemberHeading(root)) + ".");
        }

        foreach (var @interface in member.DeclaringType.GetInterfaces().OrderBy(i => CSharpSyntax.TypeName(i), StringComparer.Ordinal))
        {
            MemberInfo? match = member is PropertyInfo p
                ? @interface.GetProperties().FirstOrDefault(ip => ip.Name == p.Name)
                : @interface.GetMethods().FirstOrDefault(im => im.Name == method.Name && SameParameters(im, method));
            if (match is null)
            {
                continue;
            }

            var found = _documentation.Find(DocIds.Of(match));
            return found is not null
                ? (found, null)
                : (null, "Implements " + Markdown.Code(CSharpSyntax.TypeName(@interface) + "." + CSharpSyntax.MemberHeading(match)) + ".");
        }

        return (null, null);
    }

    private static bool SameParameters(MethodInfo x, MethodInfo y)
    {
        var a = x.GetParameters();
        var b = y.GetParameters();
        return a.Length == b.Length && a.Zip(b).All(p => CSharpSyntax.TypeName(p.First.ParameterType) == CSharpSyntax.TypeName(p.Second.ParameterType));
    }
}
