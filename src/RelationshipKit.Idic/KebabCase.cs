namespace RelationshipKit.Idic;

/// <summary>The kebab-case rule for names (channels, purposes, topics, questions): lower-case ASCII letters and digits joined by single hyphens.</summary>
internal static class KebabCase
{
    internal static bool IsValid(string name, int maxLength)
    {
        if (name.Length == 0 || name.Length > maxLength || name[0] == '-' || name[^1] == '-')
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
