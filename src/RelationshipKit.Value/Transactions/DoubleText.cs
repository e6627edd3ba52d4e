using System.Globalization;
using System.Numerics;

namespace RelationshipKit.Value.Transactions;

/// <summary>
/// Parses numbers of a summary file into <see cref="double"/>, correctly rounded, about ten times faster than
/// <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/> for the shortest
/// round-trip text that summaries are written in (<c>30.428571428571427</c>).
/// </summary>
/// <remarks>
/// <para>Plain numbers (an optional sign, digits with at most one decimal separator of the culture, an optional
/// exponent <c>e±n</c>) with at most 19 significant digits and a decimal exponent in [−64, 64] are read here;
/// anything else falls back to <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/>
/// in the culture. Two paths give the exact IEEE result: Clinger's (1990) fast path when the digits and the power of
/// ten are both exact doubles (whole numbers, short decimals), and otherwise the Eisel–Lemire algorithm (Lemire,
/// "Number parsing at a gigabyte per second", Software: Practice and Experience 51(8), 2021), which multiplies the
/// digits by a 128-bit truncation of the power of five; Mushtak &amp; Lemire (2023, "Fast number parsing without
/// fallback") prove that 128 bits always suffice for 19 digits. A test compares every path with the BCL on millions
/// of random inputs, halfway cases included.</para>
/// </remarks>
internal sealed class DoubleText
{
    private const int MinExponent = -64;
    private const int MaxExponent = 64;
    private const int MaxDigits = 19;

    // 10^0 … 10^22: every one an exact double.
    private static readonly double[] ExactPowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];

    // The 128 most significant bits of 5^q for q in [MinExponent, MaxExponent], as (high, low) pairs, computed as the
    // fast_float tables are: truncated for q >= 0, the reciprocal rounded up for q < 0.
    private static readonly ulong[] PowersOfFive = CreatePowersOfFive();

    private readonly CultureInfo _culture;
    private readonly char _separator;
    private readonly bool _plainSeparator;

    /// <summary>Initializes a parser for numbers written in <paramref name="culture"/>.</summary>
    public DoubleText(CultureInfo culture)
    {
        _culture = culture;
        var separator = culture.NumberFormat.NumberDecimalSeparator;
        _plainSeparator = separator.Length == 1;
        _separator = _plainSeparator ? separator[0] : '\0';
    }

    /// <summary>Parses <paramref name="text"/> (already trimmed); false when it is not a number. Infinity and NaN parse; callers check finiteness.</summary>
    public bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        if (_plainSeparator && TryParsePlain(text, out value))
        {
            return true;
        }

        return double.TryParse(text, NumberStyles.Float, _culture, out value);
    }

    /// <summary>Computes w × 10^q exactly rounded, for 19 digits and q in range; false when the fallback must decide.</summary>
    internal static bool TryCompute(ulong w, int q, bool negative, out double value)
    {
        if (w == 0)
        {
            value = negative ? -0.0 : 0.0;
            return true;
        }

        if (w <= 1UL << 53 && q >= -22 && q <= 22)
        {
            // Clinger's fast path: both operands exact, so one correctly rounded operation.
            var d = (double)w;
            d = q < 0 ? d / ExactPowersOfTen[-q] : d * ExactPowersOfTen[q];
            value = negative ? -d : d;
            return true;
        }

        if (q < MinExponent || q > MaxExponent)
        {
            value = 0;
            return false;
        }

        var index = 2 * (q - MinExponent);
        var leadingZeros = BitOperations.LeadingZeroCount(w);
        w <<= leadingZeros;
        var high = Math.BigMul(w, PowersOfFive[index], out var low);
        if ((high & 0x1FF) == 0x1FF)
        {
            var high2 = Math.BigMul(w, PowersOfFive[index + 1], out _);
            low = unchecked(low + high2);
            if (high2 > low)
            {
                high++;
            }

            if ((high & 0x1FF) == 0x1FF && low == ulong.MaxValue && (q < -27 || q > 55))
            {
                value = 0;
                return false;
            }
        }

        var upperBit = (int)(high >> 63);
        var shift = upperBit + 9;
        var mantissa = high >> shift;
        var power2 = ((((152170 + 65536) * q) >> 16) + 63) + upperBit - leadingZeros + 1023;
        if (power2 <= 0)
        {
            value = 0;
            return false;
        }

        // Exactly halfway between two doubles: round to even rather than up.
        if (low <= 1 && q >= -4 && q <= 23 && (mantissa & 3) == 1 && (mantissa << shift) == high)
        {
            mantissa &= ~1UL;
        }

        mantissa += mantissa & 1;
        mantissa >>= 1;
        if (mantissa >= 2UL << 52)
        {
            mantissa = 1UL << 52;
            power2++;
        }

        mantissa &= ~(1UL << 52);
        if (power2 >= 0x7FF)
        {
            value = 0;
            return false;
        }

        var bits = mantissa | ((ulong)power2 << 52);
        if (negative)
        {
            bits |= 1UL << 63;
        }

        value = BitConverter.UInt64BitsToDouble(bits);
        return true;
    }

    private static ulong[] CreatePowersOfFive()
    {
        var table = new ulong[2 * (MaxExponent - MinExponent + 1)];
        var two128 = BigInteger.One << 128;
        for (var q = MinExponent; q <= MaxExponent; q++)
        {
            BigInteger c;
            if (q >= 0)
            {
                c = BigInteger.Pow(5, q);
                while (c < BigInteger.One << 127)
                {
                    c <<= 1;
                }

                while (c >= two128)
                {
                    c >>= 1;
                }
            }
            else
            {
                var power5 = BigInteger.Pow(5, -q);
                var z = 0;
                while ((BigInteger.One << z) < power5)
                {
                    z++;
                }

                var b = q >= -27 ? z + 127 : (2 * z) + 128;
                c = ((BigInteger.One << b) / power5) + 1;
                while (c >= two128)
                {
                    c >>= 1;
                }
            }

            var index = 2 * (q - MinExponent);
            table[index] = (ulong)(c >> 64);
            table[index + 1] = (ulong)(c & ulong.MaxValue);
        }

        return table;
    }

    private bool TryParsePlain(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        // Whole part, then the fraction: tight loops while the digits fit (at most 19 of them in all).
        ulong w = 0;
        var integerStart = i;
        uint digit;
        while (i < text.Length && (digit = unchecked((uint)(text[i] - '0'))) <= 9)
        {
            w = unchecked((w * 10) + digit);
            i++;
        }

        var digits = i - integerStart;
        var exponent = 0;
        if (i < text.Length && text[i] == _separator)
        {
            var fractionStart = ++i;
            while (i < text.Length && (digit = unchecked((uint)(text[i] - '0'))) <= 9)
            {
                w = unchecked((w * 10) + digit);
                i++;
            }

            exponent = fractionStart - i;
            digits += i - fractionStart;
        }

        if (digits == 0)
        {
            return false;
        }

        if (digits > MaxDigits)
        {
            // Maybe leading zeros (0.000…): count the significant digits again, the slow way.
            return TryParseLong(text, out value);
        }

        if (i < text.Length)
        {
            if (text[i] is not ('e' or 'E') || !TryParseExponent(text[(i + 1)..], out var written))
            {
                return false;
            }

            exponent += written;
        }

        return TryCompute(w, exponent, negative, out value);
    }

    /// <summary>Parses a plain number of more than 19 digits whose significant digits may still be 19 or fewer.</summary>
    private bool TryParseLong(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        ulong w = 0;
        var digits = 0;
        var significant = 0;
        var exponent = 0;
        var seenSeparator = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            var digit = unchecked((uint)(c - '0'));
            if (digit <= 9)
            {
                digits++;
                if (w != 0 || digit != 0)
                {
                    if (++significant > MaxDigits)
                    {
                        return false;
                    }

                    w = (w * 10) + digit;
                }

                if (seenSeparator)
                {
                    exponent--;
                }
            }
            else if (c == _separator && !seenSeparator)
            {
                seenSeparator = true;
            }
            else if ((c is 'e' or 'E') && digits > 0)
            {
                if (!TryParseExponent(text[(i + 1)..], out var written))
                {
                    return false;
                }

                exponent += written;
                break;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && TryCompute(w, exponent, negative, out value);
    }

    private static bool TryParseExponent(ReadOnlySpan<char> text, out int exponent)
    {
        exponent = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        if (i >= text.Length || text.Length - i > 4)
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            var digit = unchecked((uint)(text[i] - '0'));
            if (digit > 9)
            {
                return false;
            }

            exponent = (exponent * 10) + (int)digit;
        }

        exponent = negative ? -exponent : exponent;
        return true;
    }
}
