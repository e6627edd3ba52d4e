using System.Diagnostics.CodeAnalysis;

namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents the normalisation that makes two spellings of one identifier equal before identities are resolved.
/// </summary>
/// <remarks>
/// <para>The rules per <see cref="IdentifierKind"/>:</para>
/// <list type="bullet">
/// <item><description>e-mail: surrounding white space removed and the whole address lower-cased (invariant
/// culture); it must have one <c>@</c> with a non-empty local part and a domain containing a dot, and no white
/// space. Provider-specific rules (dots and <c>+tags</c> in some mailboxes) are not applied: they differ between
/// providers and would merge different people.</description></item>
/// <item><description>phone: to E.164 by the <see cref="PhoneNumberNormalizer"/> given (by default
/// <see cref="DialPlanPhoneNumberNormalizer"/>).</description></item>
/// <item><description>loyalty and account numbers: spaces and hyphens removed and upper-cased; only ASCII letters
/// and digits may remain.</description></item>
/// <item><description>device ids: trimmed and lower-cased; ASCII letters, digits, hyphens, colons and underscores
/// only.</description></item>
/// </list>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class IdentifierNormalizer
{
    private readonly DialPlanPhoneNumberNormalizer? _dialPlan;

    /// <summary>Initializes a new <see cref="IdentifierNormalizer"/>.</summary>
    /// <param name="phoneNumbers">How phone numbers are brought to E.164.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="phoneNumbers"/> is null.</exception>
    public IdentifierNormalizer(PhoneNumberNormalizer phoneNumbers)
    {
        ArgumentNullException.ThrowIfNull(phoneNumbers);
        PhoneNumbers = phoneNumbers;
        _dialPlan = phoneNumbers as DialPlanPhoneNumberNormalizer;
    }

    /// <summary>Gets how phone numbers are brought to E.164.</summary>
    public PhoneNumberNormalizer PhoneNumbers { get; }

    /// <summary>Creates a normaliser that reads national phone numbers in <paramref name="defaultRegion"/> with the built-in dial plan.</summary>
    /// <param name="defaultRegion">An ISO 3166-1 alpha-2 code from <see cref="DialPlanPhoneNumberNormalizer.SupportedRegions"/>.</param>
    /// <returns>The normaliser.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="defaultRegion"/> is not supported.</exception>
    public static IdentifierNormalizer ForRegion(string defaultRegion) => new(new DialPlanPhoneNumberNormalizer(defaultRegion));

    /// <summary>Tries to normalise <paramref name="identifier"/>.</summary>
    /// <param name="identifier">The identifier.</param>
    /// <param name="normalized">The normal form when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the identifier is valid for its kind.</returns>
    public bool TryNormalize(Identifier identifier, [NotNullWhen(true)] out string? normalized)
    {
        if (TryNormalizeKey(identifier, out var key))
        {
            normalized = key[1..];
            return true;
        }

        normalized = null;
        return false;
    }

    /// <summary>Normalises <paramref name="identifier"/>.</summary>
    /// <param name="identifier">The identifier.</param>
    /// <returns>The normal form.</returns>
    /// <exception cref="ArgumentException">Thrown when the identifier is not valid for its kind; the message masks the value.</exception>
    public string Normalize(Identifier identifier)
    {
        if (!TryNormalize(identifier, out var normalized))
        {
            throw new ArgumentException(
                $"identifier must be a valid {IdentifierMask.KindName(identifier.Kind)}; was {identifier}.", nameof(identifier));
        }

        return normalized;
    }

    /// <summary>The normal form prefixed by one character naming the kind: the key under which the resolver links records.</summary>
    internal bool TryNormalizeKey(Identifier identifier, [NotNullWhen(true)] out string? key)
    {
        var value = identifier.Value.AsSpan().Trim();
        key = null;
        if (value.IsEmpty)
        {
            return false;
        }

        switch (identifier.Kind)
        {
            case IdentifierKind.Email:
                if (!IsEmail(value))
                {
                    return false;
                }

                key = Prefixed('E', value, lower: true);
                return true;
            case IdentifierKind.Phone:
                return TryPhoneKey(identifier.Value, out key);
            case IdentifierKind.DeviceId:
                foreach (var c in value)
                {
                    if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_'))
                    {
                        return false;
                    }
                }

                key = Prefixed('D', value, lower: true);
                return true;
            default:
                return TryCompactKey(identifier.Kind == IdentifierKind.AccountNumber ? 'A' : 'L', value, out key);
        }
    }

    internal static IdentifierKind KindOfKey(string key) => key[0] switch
    {
        'E' => IdentifierKind.Email,
        'P' => IdentifierKind.Phone,
        'D' => IdentifierKind.DeviceId,
        'A' => IdentifierKind.AccountNumber,
        _ => IdentifierKind.LoyaltyNumber,
    };

    private static bool IsEmail(ReadOnlySpan<char> value)
    {
        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1)
        {
            return false;
        }

        var domain = value[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        if (dot <= 0 || dot == domain.Length - 1)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Prefixed(char prefix, ReadOnlySpan<char> value, bool lower)
    {
        Span<char> buffer = value.Length < 255 ? stackalloc char[value.Length + 1] : new char[value.Length + 1];
        buffer[0] = prefix;
        if (lower)
        {
            value.ToLowerInvariant(buffer[1..]);
        }
        else
        {
            value.CopyTo(buffer[1..]);
        }

        return new string(buffer);
    }

    private static bool TryCompactKey(char prefix, ReadOnlySpan<char> value, [NotNullWhen(true)] out string? key)
    {
        Span<char> buffer = stackalloc char[value.Length + 1];
        buffer[0] = prefix;
        var n = 1;
        foreach (var c in value)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                key = null;
                return false;
            }

            buffer[n++] = char.ToUpperInvariant(c);
        }

        key = n > 1 ? new string(buffer[..n]) : null;
        return key is not null;
    }

    private bool TryPhoneKey(string value, [NotNullWhen(true)] out string? key)
    {
        if (_dialPlan is not null)
        {
            Span<char> buffer = stackalloc char[24];
            if (_dialPlan.TryWrite(value, buffer[1..], out var written))
            {
                buffer[0] = 'P';
                key = new string(buffer[..(written + 1)]);
                return true;
            }

            key = null;
            return false;
        }

        if (PhoneNumbers.TryNormalize(value, out var e164))
        {
            key = "P" + e164;
            return true;
        }

        key = null;
        return false;
    }
}
