using System.Globalization;
using System.Reflection;
using System.Text;

namespace RelationshipKit.ApiDocs;

/// <summary>
/// Prints types and members as C# declarations (<c>public Money Plus(Money other)</c>) and short display names
/// (<c>Plus(Money)</c>), with nullable reference annotations where the metadata records them.
/// </summary>
internal sealed class CSharpSyntax
{
    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["System.Boolean"] = "bool",
        ["System.Byte"] = "byte",
        ["System.SByte"] = "sbyte",
        ["System.Char"] = "char",
        ["System.Decimal"] = "decimal",
        ["System.Double"] = "double",
        ["System.Single"] = "float",
        ["System.Int16"] = "short",
        ["System.Int32"] = "int",
        ["System.Int64"] = "long",
        ["System.UInt16"] = "ushort",
        ["System.UInt32"] = "uint",
        ["System.UInt64"] = "ulong",
        ["System.IntPtr"] = "nint",
        ["System.UIntPtr"] = "nuint",
        ["System.Object"] = "object",
        ["System.String"] = "string",
        ["System.Void"] = "void",
    };

    private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
    {
        ["op_Addition"] = "+",
        ["op_Subtraction"] = "-",
        ["op_Multiply"] = "*",
        ["op_Division"] = "/",
        ["op_Modulus"] = "%",
        ["op_CheckedAddition"] = "checked +",
        ["op_CheckedSubtraction"] = "checked -",
        ["op_CheckedMultiply"] = "checked *",
        ["op_CheckedDivision"] = "checked /",
        ["op_CheckedUnaryNegation"] = "checked -",
        ["op_CheckedIncrement"] = "checked ++",
        ["op_CheckedDecrement"] = "checked --",
        ["op_Equality"] = "==",
        ["op_Inequality"] = "!=",
        ["op_LessThan"] = "<",
        ["op_GreaterThan"] = ">",
        ["op_LessThanOrEqual"] = "<=",
        ["op_GreaterThanOrEqual"] = ">=",
        ["op_UnaryNegation"] = "-",
        ["op_UnaryPlus"] = "+",
        ["op_LogicalNot"] = "!",
        ["op_OnesComplement"] = "~",
        ["op_Increment"] = "++",
        ["op_Decrement"] = "--",
        ["op_True"] = "true",
        ["op_False"] = "false",
        ["op_BitwiseAnd"] = "&",
        ["op_BitwiseOr"] = "|",
        ["op_ExclusiveOr"] = "^",
        ["op_LeftShift"] = "<<",
        ["op_RightShift"] = ">>",
        ["op_UnsignedRightShift"] = ">>>",
    };

    /// <summary>Starts a marked type in a declaration: the documentation id follows, then <see cref="TypeMiddle"/>, the name and <see cref="TypeEnd"/>.</summary>
    public const char TypeStart = '\u0001';

    /// <summary>Separates the documentation id of a marked type from its name.</summary>
    public const char TypeMiddle = '\u0002';

    /// <summary>Ends a marked type.</summary>
    public const char TypeEnd = '\u0003';

    /// <summary>The longest declaration kept on one line (a code line on the site is at most 80 characters).</summary>
    private const int LineWidth = 76;

    private readonly NullabilityInfoContext _nullability = new();

    /// <summary>Gets a value indicating whether <paramref name="method"/> is a user-defined operator or conversion.</summary>
    public static bool IsOperator(MethodInfo method) =>
        method.IsSpecialName && (Operators.ContainsKey(method.Name) || method.Name is "op_Implicit" or "op_Explicit" or "op_CheckedExplicit");

    /// <summary>Gets the heading name of a type definition: <c>FitResult&lt;TModel&gt;</c>, <c>Outer.Inner</c>.</summary>
    public static string DefinitionName(Type type)
    {
        var prefix = type.IsNested ? DefinitionName(type.DeclaringType!) + "." : string.Empty;
        var inherited = type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0;
        var own = type.GetGenericArguments().Skip(inherited).ToList();
        return prefix + StripArity(type.Name) + (own.Count == 0 ? string.Empty : "<" + string.Join(", ", own.Select(a => a.Name)) + ">");
    }

    /// <summary>Prints a type as used in code, without namespaces: <c>IReadOnlyList&lt;double&gt;</c>, <c>int?</c>.</summary>
    public static string TypeName(Type type, NullabilityInfo? nullability = null, bool writeState = false) =>
        Name(type, nullability, writeState, mark: false);

    /// <summary>Removes the type marks from a declaration, leaving the C# text.</summary>
    public static string Plain(string declaration)
    {
        var builder = new StringBuilder(declaration.Length);
        var inId = false;
        foreach (var c in declaration)
        {
            switch (c)
            {
                case TypeStart:
                    inId = true;
                    break;
                case TypeMiddle:
                    inId = false;
                    break;
                case TypeEnd:
                    break;
                default:
                    if (!inId)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Prints a type as <see cref="TypeName"/> does; in a declaration, named types carry their documentation id (see <see cref="TypeStart"/>).</summary>
    private static string Name(Type type, NullabilityInfo? nullability, bool writeState, bool mark)
    {
        var nullable = nullability is not null && !type.IsValueType
            && (writeState ? nullability.WriteState : nullability.ReadState) == NullabilityState.Nullable;
        var suffix = nullable ? "?" : string.Empty;
        if (type.IsByRef || type.IsPointer)
        {
            return Name(type.GetElementType()!, nullability, writeState, mark) + (type.IsPointer ? "*" : string.Empty);
        }

        if (type.IsGenericParameter)
        {
            return type.Name + suffix;
        }

        if (type.IsArray)
        {
            var rank = type.IsSZArray ? string.Empty : new string(',', type.GetArrayRank() - 1);
            return Name(type.GetElementType()!, nullability?.ElementType, writeState, mark) + "[" + rank + "]" + suffix;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition().FullName == "System.Nullable`1")
        {
            return Name(type.GetGenericArguments()[0], null, false, mark) + "?";
        }

        if (type.FullName is { } full && Keywords.TryGetValue(full, out var keyword))
        {
            return keyword + suffix;
        }

        var prefix = type.IsNested && !type.IsGenericParameter ? Name(type.DeclaringType!, null, false, mark) + "." : string.Empty;
        var simple = StripArity(type.Name);
        if (mark)
        {
            simple = TypeStart + DocIds.Of(type.IsGenericType ? type.GetGenericTypeDefinition() : type) + TypeMiddle + simple + TypeEnd;
        }

        if (!type.IsGenericType)
        {
            return prefix + simple + suffix;
        }

        var arguments = type.GetGenericArguments();
        var inherited = type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0;
        var names = arguments
            .Select((a, i) => Name(a, nullability is not null && i < nullability.GenericTypeArguments.Length ? nullability.GenericTypeArguments[i] : null, writeState, mark))
            .Skip(inherited)
            .ToList();
        if (type.Namespace == "System" && type.Name.StartsWith("ValueTuple`", StringComparison.Ordinal))
        {
            return "(" + string.Join(", ", names) + ")" + suffix;
        }

        return prefix + simple + (names.Count == 0 ? string.Empty : "<" + string.Join(", ", names) + ">") + suffix;
    }

    /// <summary>Prints a type in a declaration: named types are marked so that the page can link them.</summary>
    private static string Linked(Type type, NullabilityInfo? nullability = null, bool writeState = false) =>
        Name(type, nullability, writeState, mark: true);

    /// <summary>
    /// Lays out a declaration: on one line when it fits in <see cref="LineWidth"/> characters, otherwise with each
    /// parameter (and each constraint) on a line of its own, as the .NET reference pages do.
    /// </summary>
    private static string Layout(string head, List<string> parameters, List<string> tail)
    {
        var oneLine = head + "(" + string.Join(", ", parameters) + ")" + string.Concat(tail.Select(t => " " + t));
        if (Plain(oneLine).Length <= LineWidth)
        {
            return oneLine;
        }

        var broken = new StringBuilder(head);
        broken.Append(parameters.Count == 0 ? "()" : "(\n    " + string.Join(",\n    ", parameters) + ")");
        foreach (var part in tail)
        {
            broken.Append("\n    ").Append(part);
        }

        return broken.ToString();
    }

    /// <summary>
    /// Prints the declaration of a type: <c>public readonly struct Money : IEquatable&lt;Money&gt;</c>. Named types
    /// in it are marked (see <see cref="TypeStart"/>); <see cref="Plain"/> removes the marks.
    /// </summary>
    public string TypeDeclaration(Type type)
    {
        var builder = new StringBuilder(type.IsNestedFamily || type.IsNestedFamORAssem ? "protected " : "public ");
        if (IsDelegate(type))
        {
            var invoke = type.GetMethod("Invoke")!;
            builder.Append("delegate ").Append(ReturnTypeName(invoke)).Append(' ').Append(GenericDefinitionName(type));
            return Layout(builder.ToString(), Parameters(invoke.GetParameters(), isExtension: false), Constraints(type.GetGenericArguments())) + ";";
        }

        if (type.IsEnum)
        {
            builder.Append("enum ").Append(type.Name);
            var underlying = type.GetEnumUnderlyingType();
            if (underlying.FullName != "System.Int32")
            {
                builder.Append(" : ").Append(TypeName(underlying));
            }

            return builder.ToString();
        }

        if (type.IsInterface)
        {
            builder.Append("interface ");
        }
        else if (type.IsValueType)
        {
            if (HasAttribute(type, "System.Runtime.CompilerServices.IsReadOnlyAttribute"))
            {
                builder.Append("readonly ");
            }

            if (HasAttribute(type, "System.Runtime.CompilerServices.IsByRefLikeAttribute"))
            {
                builder.Append("ref ");
            }

            builder.Append(IsRecord(type) ? "record struct " : "struct ");
        }
        else
        {
            builder.Append(type is { IsAbstract: true, IsSealed: true } ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty);
            builder.Append(IsRecord(type) ? "record " : "class ");
        }

        builder.Append(GenericDefinitionName(type));
        var bases = new List<string>();
        if (type is { IsClass: true, BaseType: { } baseType } && baseType.FullName != "System.Object")
        {
            bases.Add(Linked(baseType));
        }

        // Interfaces the base class already implements are not repeated (as C# would not write them).
        var inherited = type.BaseType?.GetInterfaces().Select(i => TypeName(i)).ToHashSet(StringComparer.Ordinal) ?? [];
        bases.AddRange(type.GetInterfaces()
            .Where(i => !inherited.Contains(TypeName(i)))
            .OrderBy(i => TypeName(i), StringComparer.Ordinal)
            .Select(i => Linked(i)));
        var constraints = Constraints(type.GetGenericArguments());
        var oneLine = builder + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty) + string.Concat(constraints.Select(c => " " + c));
        if (Plain(oneLine).Length <= LineWidth)
        {
            return oneLine;
        }

        if (bases.Count > 0)
        {
            builder.Append(" :\n    ").Append(string.Join(",\n    ", bases));
        }

        foreach (var constraint in constraints)
        {
            builder.Append("\n    ").Append(constraint);
        }

        return builder.ToString();
    }

    /// <summary>Prints the declaration of a member: <c>public static Money Zero(Currency currency)</c>, marked as <see cref="TypeDeclaration"/> is.</summary>
    public string MemberDeclaration(MemberInfo member)
    {
        switch (member)
        {
            case ConstructorInfo constructor:
                return Layout(
                    Access(constructor) + (constructor.IsStatic ? "static " : string.Empty) + StripArity(constructor.DeclaringType!.Name),
                    Parameters(constructor.GetParameters(), isExtension: false),
                    []);
            case MethodInfo method when IsOperator(method):
                var parameters = Parameters(method.GetParameters(), isExtension: false);
                if (method.Name is "op_Implicit" or "op_Explicit" or "op_CheckedExplicit")
                {
                    var kind = method.Name switch { "op_Implicit" => "implicit", "op_Explicit" => "explicit", _ => "explicit operator checked" };
                    return Layout(Access(method) + "static " + kind + (kind.EndsWith("checked", StringComparison.Ordinal) ? " " : " operator ") + ReturnTypeName(method), parameters, []);
                }

                return Layout(Access(method) + "static " + ReturnTypeName(method) + " operator " + Operators[method.Name], parameters, []);
            case MethodInfo method:
                return Layout(
                    Access(method) + Modifiers(method) + ReturnTypeName(method) + " " + method.Name + GenericParameters(method),
                    Parameters(method.GetParameters(), IsExtension(method)),
                    Constraints(method.GetGenericArguments()));
            case PropertyInfo property:
                return PropertyDeclaration(property);
            case FieldInfo field:
                return FieldDeclaration(field);
            case EventInfo @event:
                var add = @event.AddMethod!;
                return Access(add) + Modifiers(add) + "event " + Linked(@event.EventHandlerType!, Nullability(@event)) + " " + @event.Name + ";";
            default:
                throw new ArgumentException($"member must be a constructor, method, property, field or event; was {member.GetType().Name}.", nameof(member));
        }
    }

    /// <summary>Gets the short heading of a member: <c>Plus(Money)</c>, <c>operator +(Money, Money)</c>, <c>this[int]</c>.</summary>
    public static string MemberHeading(MemberInfo member) => member switch
    {
        ConstructorInfo constructor => StripArity(constructor.DeclaringType!.Name) + ParameterTypes(constructor.GetParameters()),
        MethodInfo { Name: "op_Implicit" or "op_Explicit" } method =>
            (method.Name == "op_Implicit" ? "implicit" : "explicit") + " operator " + TypeName(method.ReturnType) + ParameterTypes(method.GetParameters()),
        MethodInfo method when IsOperator(method) && Operators.TryGetValue(method.Name, out var symbol) =>
            "operator " + symbol + ParameterTypes(method.GetParameters()),
        MethodInfo method => method.Name + GenericParameters(method) + ParameterTypes(method.GetParameters()),
        PropertyInfo property when property.GetIndexParameters().Length > 0 =>
            "this[" + string.Join(", ", property.GetIndexParameters().Select(p => TypeName(p.ParameterType))) + "]",
        _ => member.Name,
    };

    /// <summary>Gets a stable text for a member's anchor: the metadata name and the parameter types.</summary>
    public static string AnchorText(MemberInfo member) => member switch
    {
        ConstructorInfo constructor => "ctor" + ParameterTypes(constructor.GetParameters()),
        MethodInfo method => method.Name + ParameterTypes(method.GetParameters()) + (method.Name is "op_Implicit" or "op_Explicit" ? "-to-" + TypeName(method.ReturnType) : string.Empty),
        PropertyInfo property => property.Name + (property.GetIndexParameters().Length > 0 ? ParameterTypes(property.GetIndexParameters()) : string.Empty),
        _ => member.Name,
    };

    public static bool IsDelegate(Type type) => type.BaseType?.FullName == "System.MulticastDelegate";

    /// <summary>Gets a value indicating whether a type was declared as a record (it has the synthesized clone or printer).</summary>
    public static bool IsRecord(Type type)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        return type.GetMethod("<Clone>$", all) is not null
            || (type.IsValueType && type.GetMethod("PrintMembers", all) is { } printer && printer.GetParameters().Length == 1
                && printer.GetParameters()[0].ParameterType.FullName == "System.Text.StringBuilder");
    }

    public static bool HasAttribute(MemberInfo member, string fullName) =>
        member.CustomAttributes.Any(a => a.AttributeType.FullName == fullName);

    private string PropertyDeclaration(PropertyInfo property)
    {
        var getter = Visible(property.GetMethod);
        var setter = Visible(property.SetMethod);
        var main = getter ?? setter!;
        var name = property.GetIndexParameters().Length > 0
            ? "this[" + string.Join(", ", Parameters(property.GetIndexParameters(), isExtension: false)) + "]"
            : property.Name;
        var accessors = new List<string>();
        if (getter is not null)
        {
            accessors.Add(AccessorPrefix(getter, main) + "get;");
        }

        if (setter is not null)
        {
            var init = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            accessors.Add(AccessorPrefix(setter, main) + (init ? "init;" : "set;"));
        }

        return Access(main) + Modifiers(main) + Linked(property.PropertyType, Nullability(property)) + " " + name + " { " + string.Join(" ", accessors) + " }";
    }

    private string FieldDeclaration(FieldInfo field)
    {
        var access = field.IsPublic ? "public " : "protected ";
        var type = Linked(field.FieldType, Nullability(field));
        if (field.IsLiteral)
        {
            return access + "const " + type + " " + field.Name + " = " + Literal(field.GetRawConstantValue(), field.FieldType) + ";";
        }

        return access + (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty) + type + " " + field.Name + ";";
    }

    private string ReturnTypeName(MethodInfo method) =>
        (method.ReturnType.IsByRef ? (method.ReturnParameter.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "ref readonly " : "ref ") : string.Empty)
        + Linked(method.ReturnType, Nullability(method.ReturnParameter));

    private List<string> Parameters(ParameterInfo[] parameters, bool isExtension) =>
        parameters.Select((p, i) => (i == 0 && isExtension ? "this " : string.Empty) + Parameter(p)).ToList();

    private string Parameter(ParameterInfo parameter)
    {
        var builder = new StringBuilder();
        if (parameter.ParameterType.IsByRef)
        {
            var attributes = parameter.CustomAttributes.Select(a => a.AttributeType.FullName).ToList();
            builder.Append(
                parameter.IsOut ? "out "
                : attributes.Contains("System.Runtime.CompilerServices.RequiresLocationAttribute") ? "ref readonly "
                : parameter.IsIn || attributes.Contains("System.Runtime.CompilerServices.IsReadOnlyAttribute") ? "in "
                : "ref ");
        }

        if (parameter.CustomAttributes.Any(a => a.AttributeType.FullName == "System.ParamArrayAttribute"))
        {
            builder.Append("params ");
        }

        builder.Append(Linked(parameter.ParameterType, Nullability(parameter), writeState: true)).Append(' ').Append(parameter.Name);
        if (parameter.IsOptional && TryDefaultValue(parameter, out var value))
        {
            builder.Append(" = ").Append(Literal(value, parameter.ParameterType));
        }

        return builder.ToString();
    }

    private static bool TryDefaultValue(ParameterInfo parameter, out object? value)
    {
        var decimalConstant = parameter.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.DecimalConstantAttribute");
        if (decimalConstant is not null)
        {
            var args = decimalConstant.ConstructorArguments.Select(a => Convert.ToUInt64(a.Value, CultureInfo.InvariantCulture)).ToList();
            value = new decimal((int)args[4], (int)args[3], (int)args[2], args[1] != 0, (byte)args[0]);
            return true;
        }

        if (!parameter.HasDefaultValue)
        {
            value = null;
            return false;
        }

        value = parameter.RawDefaultValue;
        return value is not DBNull && value is not System.Reflection.Missing;
    }

    private static string Literal(object? value, Type type)
    {
        var target = type.IsByRef ? type.GetElementType()! : type;
        if (target.IsGenericType && target.GetGenericTypeDefinition().FullName == "System.Nullable`1")
        {
            target = target.GetGenericArguments()[0];
        }

        if (value is null)
        {
            return target.IsValueType ? "default" : "null";
        }

        if (target.IsEnum)
        {
            var name = target.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => Equals(f.GetRawConstantValue(), value))
                .Select(f => f.Name)
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            return name is null ? "(" + TypeName(target) + ")" + Convert.ToString(value, CultureInfo.InvariantCulture) : TypeName(target) + "." + name;
        }

        return value switch
        {
            string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            char c => "'" + c + "'",
            bool b => b ? "true" : "false",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture) + "f",
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }

    private static string ParameterTypes(ParameterInfo[] parameters) =>
        "(" + string.Join(", ", parameters.Select(p => (p.ParameterType.IsByRef ? (p.IsOut ? "out " : "ref ") : string.Empty) + TypeName(p.ParameterType))) + ")";

    private static string GenericParameters(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string GenericDefinitionName(Type type)
    {
        var inherited = type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0;
        var own = type.GetGenericArguments().Skip(inherited).ToList();
        if (own.Count == 0)
        {
            return StripArity(type.Name);
        }

        return StripArity(type.Name) + "<" + string.Join(", ", own.Select(a =>
            ((a.GenericParameterAttributes & GenericParameterAttributes.VarianceMask) switch
            {
                GenericParameterAttributes.Covariant => "out ",
                GenericParameterAttributes.Contravariant => "in ",
                _ => string.Empty,
            }) + a.Name)) + ">";
    }

    /// <summary>Gets the <c>where</c> clauses of generic parameters, one per parameter that has constraints.</summary>
    private static List<string> Constraints(Type[] parameters)
    {
        var clauses = new List<string>();
        foreach (var parameter in parameters.Where(p => p.IsGenericParameter))
        {
            var parts = new List<string>();
            var attributes = parameter.GenericParameterAttributes;
            var isStruct = (attributes & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0;
            if (isStruct)
            {
                parts.Add(HasAttribute(parameter, "System.Runtime.CompilerServices.IsUnmanagedAttribute") ? "unmanaged" : "struct");
            }
            else if ((attributes & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
            {
                parts.Add("class");
            }

            parts.AddRange(parameter.GetGenericParameterConstraints()
                .Where(c => !(isStruct && c.FullName == "System.ValueType"))
                .OrderBy(c => TypeName(c), StringComparer.Ordinal)
                .Select(c => Linked(c)));
            if (!isStruct && (attributes & GenericParameterAttributes.DefaultConstructorConstraint) != 0)
            {
                parts.Add("new()");
            }

            if (parts.Count > 0)
            {
                clauses.Add("where " + parameter.Name + " : " + string.Join(", ", parts));
            }
        }

        return clauses;
    }

    private static string Access(MethodBase method) =>
        method.DeclaringType!.IsInterface ? string.Empty
        : method.IsPublic ? "public "
        : method.IsFamilyOrAssembly ? "protected internal "
        : "protected ";

    private static string AccessorPrefix(MethodInfo accessor, MethodInfo main) =>
        accessor.IsPublic == main.IsPublic ? string.Empty : "protected ";

    private static string Modifiers(MethodInfo method)
    {
        if (method.DeclaringType!.IsInterface)
        {
            return method.IsStatic ? (method.IsAbstract ? "static abstract " : "static ") : string.Empty;
        }

        if (method.IsStatic)
        {
            return "static ";
        }

        var isOverride = method.IsVirtual && !method.IsFinal && (method.Attributes & MethodAttributes.NewSlot) == 0;
        if (method.IsAbstract)
        {
            return isOverride ? "abstract override " : "abstract ";
        }

        if (isOverride)
        {
            return "override ";
        }

        if (method.IsVirtual && method.IsFinal && (method.Attributes & MethodAttributes.NewSlot) == 0)
        {
            return "sealed override ";
        }

        return method.IsVirtual && !method.IsFinal ? "virtual " : string.Empty;
    }

    private static bool IsExtension(MethodInfo method) =>
        method.IsStatic && HasAttribute(method, "System.Runtime.CompilerServices.ExtensionAttribute");

    private static MethodInfo? Visible(MethodInfo? accessor) =>
        accessor is not null && (accessor.IsPublic || accessor.IsFamily || accessor.IsFamilyOrAssembly) ? accessor : null;

    private static string StripArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private NullabilityInfo? Nullability(ParameterInfo parameter) => Try(() => _nullability.Create(parameter));

    private NullabilityInfo? Nullability(PropertyInfo property) => Try(() => _nullability.Create(property));

    private NullabilityInfo? Nullability(FieldInfo field) => Try(() => _nullability.Create(field));

    private NullabilityInfo? Nullability(EventInfo @event) => Try(() => _nullability.Create(@event));

    /// <summary>Reads nullability; metadata the reader cannot interpret prints without annotations rather than failing.</summary>
    private static NullabilityInfo? Try(Func<NullabilityInfo> create)
    {
        try
        {
            return create();
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }
}
