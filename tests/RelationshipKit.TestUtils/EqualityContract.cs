using System.Reflection;
using FluentAssertions;

namespace RelationshipKit.TestUtils;

/// <summary>
/// Checks the equality contract of a type (after NodaTime's TestHelper): <c>Equals(T)</c>, <c>Equals(object)</c>,
/// <c>GetHashCode</c>, and the <c>==</c>/<c>!=</c> operators when the type declares them.
/// </summary>
public static class EqualityContract
{
    /// <summary>Verifies that <paramref name="value"/> equals <paramref name="equal"/> and differs from each of <paramref name="unequal"/>.</summary>
    /// <typeparam name="T">The type under test.</typeparam>
    /// <param name="value">A value.</param>
    /// <param name="equal">A distinct instance equal to <paramref name="value"/>.</param>
    /// <param name="unequal">Values that differ from <paramref name="value"/>.</param>
    public static void Verify<T>(T value, T equal, params T[] unequal)
        where T : notnull, IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(unequal);
        unequal.Should().NotBeEmpty("the contract needs at least one unequal value");
        value.Equals(equal).Should().BeTrue("Equals(T) of equal values");
        value.Equals((object?)equal).Should().BeTrue("Equals(object) of equal values");
        value.GetHashCode().Should().Be(equal.GetHashCode(), "equal values have equal hash codes");
        object boxed = value;
        object? nothing = null;
        var equalsNull = boxed.Equals(nothing);
        var equalsOther = boxed.Equals(new object());
        equalsNull.Should().BeFalse("nothing equals null");
        equalsOther.Should().BeFalse("a value never equals an object of another type");
        Apply<T>("op_Equality", value, equal)?.Should().BeTrue("== of equal values");
        Apply<T>("op_Inequality", value, equal)?.Should().BeFalse("!= of equal values");
        foreach (var other in unequal)
        {
            value.Equals(other).Should().BeFalse($"Equals(T) of {value} and {other}");
            value.Equals((object?)other).Should().BeFalse($"Equals(object) of {value} and {other}");
            Apply<T>("op_Equality", value, other)?.Should().BeFalse($"== of {value} and {other}");
            Apply<T>("op_Inequality", value, other)?.Should().BeTrue($"!= of {value} and {other}");
        }
    }

    private static bool? Apply<T>(string name, T left, T right) =>
        (bool?)typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(T), typeof(T)])?.Invoke(null, [left, right]);
}
