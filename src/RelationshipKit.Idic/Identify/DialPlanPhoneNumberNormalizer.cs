using System.Diagnostics.CodeAnalysis;

namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents a small, documented phone-number normaliser: it brings national and international numbers to E.164
/// with the dial plan of a default region, and checks their length.
/// </summary>
/// <remarks>
/// <para>The rules, in order:</para>
/// <list type="number">
/// <item><description>Spaces, hyphens, dots, slashes and parentheses are dropped; any other character but digits
/// and one leading <c>+</c> makes the value invalid (so <c>ext. 12</c> is rejected, not cut).</description></item>
/// <item><description>A leading <c>+</c>, or the region's international prefix (<c>00</c>; <c>011</c> in North
/// America; <c>810</c> besides <c>00</c> in Russia, Belarus and Kazakhstan), marks an international number: the
/// digits after it are the country code and the national number.</description></item>
/// <item><description>Otherwise the number is national: the region's trunk prefix (<c>0</c> in Germany, the United
/// Kingdom, France, the Netherlands, Ukraine; <c>8</c> in Russia, Belarus, Kazakhstan, Lithuania; <c>1</c> in North
/// America) is dropped when present, and the country code is put in front.</description></item>
/// <item><description>The national significant number of a number in one of the known regions must have that
/// region's length (Poland 9 digits, Russia 10, Germany 6 to 13, ...); any E.164 number has 8 to 15
/// digits.</description></item>
/// </list>
/// <para>What it does not do, and libphonenumber does: per-prefix validity (mobile vs fixed ranges), numbers of
/// countries outside <see cref="SupportedRegions"/> written nationally, vanity letters, extensions. For
/// resolution that is enough: two spellings of one number meet in one E.164 form, and a number this normaliser
/// rejects is reported, never silently merged. A full library can be plugged in by deriving from
/// <see cref="PhoneNumberNormalizer"/>; see the identity page of the docs for the measured trade-off.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class DialPlanPhoneNumberNormalizer : PhoneNumberNormalizer
{
    private static readonly Dictionary<string, DialPlan> Plans = new(StringComparer.Ordinal)
    {
        ["PL"] = new("48", "", 9, 9, "00"),
        ["RU"] = new("7", "8", 10, 10, "810"),
        ["KZ"] = new("7", "8", 10, 10, "810"),
        ["BY"] = new("375", "8", 9, 9, "810"),
        ["UA"] = new("380", "0", 9, 9, "00"),
        ["LT"] = new("370", "8", 8, 8, "00"),
        ["CZ"] = new("420", "", 9, 9, "00"),
        ["DE"] = new("49", "0", 6, 13, "00"),
        ["GB"] = new("44", "0", 9, 10, "00"),
        ["FR"] = new("33", "0", 9, 9, "00"),
        ["ES"] = new("34", "", 9, 9, "00"),
        ["IT"] = new("39", "", 6, 11, "00"),
        ["NL"] = new("31", "0", 9, 9, "00"),
        ["US"] = new("1", "1", 10, 10, "011"),
        ["CA"] = new("1", "1", 10, 10, "011"),
    };

    private readonly DialPlan _plan;

    /// <summary>Initializes a new <see cref="DialPlanPhoneNumberNormalizer"/> for numbers written nationally in <paramref name="defaultRegion"/>.</summary>
    /// <param name="defaultRegion">An ISO 3166-1 alpha-2 code from <see cref="SupportedRegions"/>, for example <c>PL</c>.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="defaultRegion"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="defaultRegion"/> is not a supported region.</exception>
    public DialPlanPhoneNumberNormalizer(string defaultRegion)
    {
        ArgumentNullException.ThrowIfNull(defaultRegion);
        var region = defaultRegion.Trim().ToUpperInvariant();
        if (!Plans.TryGetValue(region, out var plan))
        {
            throw new ArgumentException(
                $"defaultRegion must be one of {string.Join(", ", SupportedRegions)}; was {Guard.Format(defaultRegion)}.", nameof(defaultRegion));
        }

        DefaultRegion = region;
        _plan = plan;
    }

    /// <summary>Gets the regions whose national numbering this normaliser knows, in alphabetical order.</summary>
    public static IReadOnlyList<string> SupportedRegions { get; } = Array.AsReadOnly(Plans.Keys.Order(StringComparer.Ordinal).ToArray());

    /// <summary>Gets the region in which national numbers are read.</summary>
    public string DefaultRegion { get; }

    /// <inheritdoc />
    public override bool TryNormalize(string value, [NotNullWhen(true)] out string? e164)
    {
        ArgumentNullException.ThrowIfNull(value);
        Span<char> buffer = stackalloc char[24];
        if (TryWrite(value, buffer, out var length))
        {
            e164 = new string(buffer[..length]);
            return true;
        }

        e164 = null;
        return false;
    }

    /// <summary>Writes the E.164 form (with its plus sign) into <paramref name="destination"/> (at least 16 characters).</summary>
    internal bool TryWrite(ReadOnlySpan<char> value, Span<char> destination, out int written)
    {
        written = 0;
        Span<char> digits = stackalloc char[20];
        var count = 0;
        var international = false;
        var seenDigit = false;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return false;
                }

                digits[count++] = c;
                seenDigit = true;
            }
            else if (c == '+' && !seenDigit && !international)
            {
                international = true;
            }
            else if (c is not (' ' or '-' or '.' or '/' or '(' or ')' or '\t'))
            {
                return false;
            }
        }

        ReadOnlySpan<char> number = digits[..count];
        if (!international)
        {
            if (number.StartsWith(_plan.InternationalPrefix))
            {
                number = number[_plan.InternationalPrefix.Length..];
                international = true;
            }
            else if (_plan.InternationalPrefix != "00" && number.StartsWith("00"))
            {
                number = number[2..];
                international = true;
            }
        }

        if (international)
        {
            if (number.Length is < 8 or > 15 || number[0] == '0')
            {
                return false;
            }

            if (!CheckKnownCountryLength(number))
            {
                return false;
            }

            destination[0] = '+';
            number.CopyTo(destination[1..]);
            written = number.Length + 1;
            return true;
        }

        if (_plan.TrunkPrefix.Length > 0 && number.StartsWith(_plan.TrunkPrefix)
            && number.Length - _plan.TrunkPrefix.Length >= _plan.MinLength)
        {
            number = number[_plan.TrunkPrefix.Length..];
        }

        if (number.Length < _plan.MinLength || number.Length > _plan.MaxLength || number[0] == '0')
        {
            return false;
        }

        var total = _plan.CountryCode.Length + number.Length;
        if (total > 15)
        {
            return false;
        }

        destination[0] = '+';
        _plan.CountryCode.AsSpan().CopyTo(destination[1..]);
        number.CopyTo(destination[(1 + _plan.CountryCode.Length)..]);
        written = total + 1;
        return true;
    }

    /// <summary>For an international number of a known country (by country code), checks its national length.</summary>
    private static bool CheckKnownCountryLength(ReadOnlySpan<char> number)
    {
        foreach (var plan in Plans.Values)
        {
            if (number.StartsWith(plan.CountryCode) && plan.CountryCode != "7" && plan.CountryCode != "1")
            {
                var national = number.Length - plan.CountryCode.Length;
                return national >= plan.MinLength && national <= plan.MaxLength;
            }
        }

        if (number[0] is '7' or '1')
        {
            return number.Length == 11;
        }

        return true;
    }

    private sealed record DialPlan(string CountryCode, string TrunkPrefix, int MinLength, int MaxLength, string InternationalPrefix);
}
