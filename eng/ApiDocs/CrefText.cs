using System.Text;

namespace RelationshipKit.ApiDocs;

/// <summary>
/// Prints a documentation id that is not on the site as a code span a reader recognises:
/// <c>T:System.ArgumentException</c> as <c>ArgumentException</c>, <c>M:System.Math.Round(System.Double)</c> as <c>Math.Round(double)</c>.
/// </summary>
internal static class CrefText
{
    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["System.Boolean"] = "bool",
        ["System.Byte"] = "byte",
        ["System.Char"] = "char",
        ["System.Decimal"] = "decimal",
        ["System.Double"] = "double",
        ["System.Single"] = "float",
        ["System.Int16"] = "short",
        ["System.Int32"] = "int",
        ["System.Int64"] = "long",
        ["System.Object"] = "object",
        ["System.String"] = "string",
        ["System.Void"] = "void",
    };

    /// <summary>Gets the code span for <paramref name="cref"/>.</summary>
    public static string Display(string cref) => Markdown.Code(Name(cref));

    /// <summary>Gets the readable name for <paramref name="cref"/>, without Markdown.</summary>
    public static string Name(string cref)
    {
        if (cref.Length < 2 || cref[1] != ':')
        {
            return cref;
        }

        var kind = cref[0];
        var body = cref[2..];
        if (kind == '!')
        {
            return body;
        }

        var conversion = body.IndexOf('~', StringComparison.Ordinal);
        if (conversion >= 0)
        {
            body = body[..conversion];
        }

        var open = body.IndexOf('(', StringComparison.Ordinal);
        var name = open < 0 ? body : body[..open];
        var parameters = open < 0 ? null : body[(open + 1)..^1];
        if (kind == 'T' || kind == 'N')
        {
            return kind == 'N' ? name : TypeName(name);
        }

        var dot = name.LastIndexOf('.');
        var typePart = dot < 0 ? string.Empty : name[..dot];
        var member = dot < 0 ? name : name[(dot + 1)..];
        var typeName = TypeName(typePart);
        member = member switch
        {
            "#ctor" or "#cctor" => StripGenerics(typeName),
            _ => member.Replace('#', '.'),
        };
        var generic = member.IndexOf("``", StringComparison.Ordinal);
        if (generic >= 0)
        {
            member = member[..generic] + Placeholders(int.Parse(member[(generic + 2)..], System.Globalization.CultureInfo.InvariantCulture));
        }

        var text = member == StripGenerics(typeName) ? member : typeName + "." + member;
        return parameters is null ? text : text + "(" + string.Join(", ", SplitTopLevel(parameters).Select(Reference)) + ")";
    }

    private static string TypeName(string idName)
    {
        if (Keywords.TryGetValue(idName, out var keyword))
        {
            return keyword;
        }

        var last = idName.LastIndexOf('.');
        var simple = last < 0 ? idName : idName[(last + 1)..];
        var tick = simple.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? simple : simple[..tick] + Placeholders(int.Parse(simple[(tick + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Prints a type reference from an id's parameter list: <c>System.Collections.Generic.IList{System.Int32}</c> as <c>IList&lt;int&gt;</c>.</summary>
    private static string Reference(string reference)
    {
        var suffix = new StringBuilder();
        while (reference.EndsWith('@') || reference.EndsWith('*') || reference.EndsWith(']'))
        {
            if (reference.EndsWith('@'))
            {
                reference = reference[..^1];
            }
            else if (reference.EndsWith('*'))
            {
                suffix.Insert(0, '*');
                reference = reference[..^1];
            }
            else
            {
                var open = reference.LastIndexOf('[');
                var rank = reference[(open + 1)..^1].Count(c => c == ',');
                suffix.Insert(0, "[" + new string(',', rank) + "]");
                reference = reference[..open];
            }
        }

        if (reference.StartsWith('`'))
        {
            return "T" + reference.TrimStart('`') + suffix;
        }

        var brace = reference.IndexOf('{', StringComparison.Ordinal);
        if (brace < 0)
        {
            return TypeName(reference) + suffix;
        }

        var arguments = SplitTopLevel(reference[(brace + 1)..^1]).Select(Reference).ToList();
        var name = TypeName(reference[..brace]);
        if (reference.StartsWith("System.Nullable{", StringComparison.Ordinal))
        {
            return arguments[0] + "?" + suffix;
        }

        return name + "<" + string.Join(", ", arguments) + ">" + suffix;
    }

    private static List<string> SplitTopLevel(string list)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            switch (list[i])
            {
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(list[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(list[start..]);
        return parts;
    }

    private static string Placeholders(int arity) =>
        "<" + (arity == 1 ? "T" : string.Join(", ", Enumerable.Range(1, arity).Select(i => "T" + i.ToInvariant()))) + ">";

    private static string StripGenerics(string name)
    {
        var angle = name.IndexOf('<', StringComparison.Ordinal);
        return angle < 0 ? name : name[..angle];
    }
}
