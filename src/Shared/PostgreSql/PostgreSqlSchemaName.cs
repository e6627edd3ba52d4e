using System.Text.RegularExpressions;

namespace RelationshipKit.PostgreSql;

/// <summary>Checks the schema name a store's tables live in: a plain lower-case identifier, so it is written into SQL unquoted and unescaped.</summary>
internal static partial class PostgreSqlSchemaName
{
    /// <summary>The schema the stores use when none is named.</summary>
    internal const string Default = "public";

    /// <summary>Returns <paramref name="schema"/> when it is a plain identifier; throws naming the options property otherwise.</summary>
    internal static string Check(string? schema, string paramName, string property)
    {
        if (schema is null || !Identifier().IsMatch(schema))
        {
            throw new ArgumentException(
                $"{property} must be a lower-case PostgreSQL identifier (a letter or '_', then letters, digits or '_', at most 63 characters); was {(schema is null ? "null" : "\"" + schema + "\"")}.",
                paramName);
        }

        return schema;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
