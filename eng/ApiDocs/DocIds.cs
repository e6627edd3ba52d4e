using System.Reflection;
using System.Text;

namespace RelationshipKit.ApiDocs;

/// <summary>
/// Computes the documentation comment ids the C# compiler writes into the XML file (ECMA-334 annex D), such as
/// <c>M:RelationshipKit.Money.Round(System.Int32,System.MidpointRounding)</c>, so reflection and XML can be joined.
/// </summary>
internal static class DocIds
{
    public static string Of(Type type) => "T:" + DefinitionName(type);

    public static string Of(MemberInfo member) => member switch
    {
        Type type => Of(type),
        ConstructorInfo constructor =>
            "M:" + DefinitionName(constructor.DeclaringType!) + (constructor.IsStatic ? ".#cctor" : ".#ctor") + Parameters(constructor.GetParameters()),
        MethodInfo method =>
            "M:" + DefinitionName(method.DeclaringType!) + "." + method.Name.Replace('.', '#')
            + (method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length.ToInvariant() : string.Empty)
            + Parameters(method.GetParameters())
            + (method.Name is "op_Implicit" or "op_Explicit" ? "~" + Reference(method.ReturnType) : string.Empty),
        PropertyInfo property =>
            "P:" + DefinitionName(property.DeclaringType!) + "." + property.Name.Replace('.', '#') + Parameters(property.GetIndexParameters()),
        FieldInfo field => "F:" + DefinitionName(field.DeclaringType!) + "." + field.Name,
        EventInfo @event => "E:" + DefinitionName(@event.DeclaringType!) + "." + @event.Name,
        _ => throw new ArgumentException($"member must be a type, constructor, method, property, field or event; was {member.GetType().Name}.", nameof(member)),
    };

    /// <summary>Gets the name of a type definition: <c>Namespace.Outer`1.Inner</c>.</summary>
    private static string DefinitionName(Type type)
    {
        if (type.IsNested)
        {
            return DefinitionName(type.DeclaringType!) + "." + type.Name;
        }

        return string.IsNullOrEmpty(type.Namespace) ? type.Name : type.Namespace + "." + type.Name;
    }

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => Reference(p.ParameterType))) + ")";

    /// <summary>Gets the id form of a type used in a signature: <c>System.Collections.Generic.IReadOnlyList{System.Double}</c>.</summary>
    private static string Reference(Type type)
    {
        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition.ToInvariant();
        }

        if (type.IsByRef)
        {
            return Reference(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return Reference(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            var element = Reference(type.GetElementType()!);
            return type.IsSZArray ? element + "[]" : element + "[" + string.Join(",", Enumerable.Repeat("0:", type.GetArrayRank())) + "]";
        }

        if (!type.IsGenericType)
        {
            return DefinitionName(type);
        }

        // Distribute the generic arguments over the declaring-type chain: Outer{A}.Inner{B}.
        var arguments = type.GetGenericArguments();
        var chain = new List<Type>();
        for (var t = type.GetGenericTypeDefinition(); t is not null; t = t.DeclaringType)
        {
            chain.Insert(0, t);
        }

        var builder = new StringBuilder();
        var used = 0;
        foreach (var level in chain)
        {
            if (builder.Length == 0)
            {
                if (!string.IsNullOrEmpty(level.Namespace))
                {
                    builder.Append(level.Namespace).Append('.');
                }
            }
            else
            {
                builder.Append('.');
            }

            builder.Append(StripArity(level.Name));
            var own = level.GetGenericArguments().Length - used;
            if (own > 0)
            {
                builder.Append('{').Append(string.Join(",", arguments.Skip(used).Take(own).Select(Reference))).Append('}');
                used += own;
            }
        }

        return builder.ToString();
    }

    private static string StripArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }
}
