namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Masks personal identifiers for log lines, exception messages and explanations. Identifiers never appear in
/// clear text there; other values (scores, dates, counts, record ids) are written in full.
/// </summary>
/// <remarks>
/// <para>The rules, chosen so that a representative can tell two identifiers apart without reading them:</para>
/// <list type="bullet">
/// <item><description>e-mail: the first character of the local part and of the domain, and the top-level domain:
/// <c>jan.kowalski@example.com</c> → <c>j***@e***.com</c>;</description></item>
/// <item><description>phone: the plus sign and the first two digits (the country code or its start) and the last
/// two digits, every other digit a star: <c>+48601234567</c> → <c>+48*******67</c>;</description></item>
/// <item><description>account, loyalty and device ids: three stars and the last three characters when the value
/// has at least eight characters (<c>PL-00012345</c> → <c>***345</c>), otherwise three stars only;</description></item>
/// <item><description>names: the first letter and three stars (<c>Kowalski</c> → <c>K***</c>).</description></item>
/// </list>
/// <para>The mask keeps too little to recover an identifier (at most five characters of a phone number, three of
/// an id). This class is thread-safe.</para>
/// </remarks>
public static class IdentifierMask
{
    private const string Stars = "***";

    /// <summary>Masks <paramref name="value"/> by the rule of its <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind of identifier.</param>
    /// <param name="value">The raw or normalised value.</param>
    /// <returns>The masked text.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="value"/> is null.</exception>
    public static string Mask(IdentifierKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        return kind switch
        {
            IdentifierKind.Email => MaskEmail(trimmed),
            IdentifierKind.Phone => MaskPhone(trimmed),
            _ => MaskId(trimmed),
        };
    }

    /// <summary>Masks a personal name: its first letter and three stars.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The masked name; three stars for an empty name.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="name"/> is null.</exception>
    public static string MaskName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return trimmed.Length == 0 ? Stars : trimmed[0] + Stars;
    }

    /// <summary>Describes an identifier for a message: its kind name and the masked value (<c>e-mail j***@e***.com</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="value">The value.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="value"/> is null.</exception>
    public static string Describe(IdentifierKind kind, string value) => KindName(kind) + " " + Mask(kind, value);

    /// <summary>Gets the lower-case English name of a kind, as messages write it (<c>account number</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string KindName(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Email => "e-mail",
        IdentifierKind.Phone => "phone",
        IdentifierKind.LoyaltyNumber => "loyalty number",
        IdentifierKind.DeviceId => "device id",
        IdentifierKind.AccountNumber => "account number",
        _ => "identifier",
    };

    private static string MaskEmail(string value)
    {
        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1)
        {
            return Stars;
        }

        var domain = value.AsSpan(at + 1);
        var dot = domain.LastIndexOf('.');
        var tld = dot > 0 && domain.Length - dot <= 8 ? domain[dot..].ToString() : string.Empty;
        return value[0] + Stars + "@" + domain[0] + Stars + tld;
    }

    private static string MaskPhone(string value)
    {
        Span<char> digits = stackalloc char[Math.Min(value.Length, Identifier.MaxLength)];
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c) && count < digits.Length)
            {
                digits[count++] = c;
            }
        }

        if (count < 6)
        {
            return Stars;
        }

        var plus = value.StartsWith('+') ? "+" : string.Empty;
        return plus + digits[..2].ToString() + new string('*', count - 4) + digits[(count - 2)..count].ToString();
    }

    private static string MaskId(string value) => value.Length >= 8 ? Stars + value[^3..] : Stars;
}
