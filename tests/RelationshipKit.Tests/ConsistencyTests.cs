using System.Reflection;

namespace RelationshipKit.Tests;

/// <summary>Port of NodaTime's ConsistencyTest: IEquatable implies ==/!=, IComparable implies the ordering operators.</summary>
public class ConsistencyTests
{
    private static IEnumerable<Type> PublicTypes => PackageCatalog.Libraries.SelectMany(a => a.GetExportedTypes());

    [Fact]
    public void Equatable_Types_DeclareEqualityOperators()
    {
        var offenders = PublicTypes
            .Where(t => t.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(t)))
            .Where(t => !HasOperator(t, "op_Equality") || !HasOperator(t, "op_Inequality"))
            .Select(t => t.FullName)
            .ToArray();
        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Comparable_Types_DeclareOrderingOperators()
    {
        var offenders = PublicTypes
            .Where(t => t.GetInterfaces().Contains(typeof(IComparable<>).MakeGenericType(t)))
            .Where(t => !new[] { "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual" }.All(op => HasOperator(t, op)))
            .Select(t => t.FullName)
            .ToArray();
        offenders.Should().BeEmpty();
    }

    [Fact]
    public void PublicValueTypes_AreReadOnly()
    {
        var offenders = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => !t.GetCustomAttributes().Any(a => a.GetType().FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute"))
            .Select(t => t.FullName)
            .ToArray();
        offenders.Should().BeEmpty("small value concepts are readonly structs");
    }

    private static bool HasOperator(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]) is not null;
}
