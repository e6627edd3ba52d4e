using System.Reflection;
using FluentAssertions;

namespace RelationshipKit.TestUtils;

/// <summary>
/// Checks the ordering contract of a type (after NodaTime's TestHelper): <c>CompareTo</c> and the
/// <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> operators agree with each other.
/// </summary>
public static class ComparisonContract
{
    /// <summary>Verifies that <paramref name="value"/> compares equal to <paramref name="equal"/> and less than each of <paramref name="greater"/>.</summary>
    /// <typeparam name="T">The type under test.</typeparam>
    /// <param name="value">A value.</param>
    /// <param name="equal">A distinct instance equal to <paramref name="value"/>.</param>
    /// <param name="greater">Values greater than <paramref name="value"/>.</param>
    public static void Verify<T>(T value, T equal, params T[] greater)
        where T : notnull, IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(greater);
        greater.Should().NotBeEmpty("the contract needs at least one greater value");
        value.CompareTo(equal).Should().Be(0, "equal values compare as 0");
        Invoke<T>("op_LessThan", value, equal).Should().BeFalse();
        Invoke<T>("op_LessThanOrEqual", value, equal).Should().BeTrue();
        Invoke<T>("op_GreaterThan", value, equal).Should().BeFalse();
        Invoke<T>("op_GreaterThanOrEqual", value, equal).Should().BeTrue();
        foreach (var other in greater)
        {
            value.CompareTo(other).Should().BeNegative($"{value} < {other}");
            other.CompareTo(value).Should().BePositive($"{other} > {value}");
            Invoke<T>("op_LessThan", value, other).Should().BeTrue();
            Invoke<T>("op_LessThanOrEqual", value, other).Should().BeTrue();
            Invoke<T>("op_GreaterThan", value, other).Should().BeFalse();
            Invoke<T>("op_GreaterThanOrEqual", value, other).Should().BeFalse();
            Invoke<T>("op_GreaterThan", other, value).Should().BeTrue();
        }
    }

    private static bool Invoke<T>(string name, T left, T right)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)])
            ?? throw new InvalidOperationException($"{typeof(T).Name} implements IComparable<T> but lacks {name}.");
        return (bool)method.Invoke(null, [left, right])!;
    }
}
