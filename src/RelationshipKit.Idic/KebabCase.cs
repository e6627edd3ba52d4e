namespace RelationshipKit.Idic;

/// <summary>
/// Provides the kebab-case rule for the package's names (channels, purposes, topics, questions, rules, lifecycle
/// stages): lower-case ASCII letters and digits joined by single hyphens, such as <c>thank-you-call</c>.
/// </summary>
/// <remarks>Every name the package checks goes through this one rule, so that a reader (the CLI, an importer) can test a name before constructing a value.</remarks>
public static class KebabCase
{
    /// <summary>Tests whether a name is kebab-case and at most <paramref name="maxLength"/> characters.</summary>
    /// <param name="name">The name; <see langword="null"/> is not valid.</param>
    /// <param name="maxLength">The longest allowed name, for example <see cref="Channel.MaxNameLength"/>.</param>
    /// <returns><see langword="true"/> when the name follows the rule.</returns>
    public static bool IsValid(string? name, int maxLength)
    {
        if (name is null || name.Length == 0 || name.Length > maxLength || name[0] == '-' || name[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && name[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Converts a PascalCase name (an enum value such as <c>ThankYouCall</c>) to kebab-case (<c>thank-you-call</c>).</summary>
    /// <param name="pascal">The PascalCase name.</param>
    /// <returns>The kebab-case name.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="pascal"/> is null.</exception>
    public static string FromPascalCase(string pascal) =>
        string.Concat((pascal ?? throw new ArgumentNullException(nameof(pascal))).Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    internal static string Require(string name, int maxLength, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        if (!IsValid(name, maxLength))
        {
            throw new ArgumentException(
                $"{paramName} must be kebab-case (lower-case ASCII letters and digits joined by single hyphens) and at most {maxLength} characters; was {Guard.Format(name)}.",
                paramName);
        }

        return name;
    }
}
