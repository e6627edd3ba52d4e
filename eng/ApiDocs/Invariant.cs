using System.Globalization;

namespace RelationshipKit.ApiDocs;

/// <summary>Culture-invariant formatting, so generated pages do not depend on the machine's culture.</summary>
internal static class Invariant
{
    public static string ToInvariant(this int value) => value.ToString(CultureInfo.InvariantCulture);
}
