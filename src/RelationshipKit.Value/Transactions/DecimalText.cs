using System.Globalization;

namespace RelationshipKit.Value.Transactions;

/// <summary>
/// Parses amounts. Plain amounts (<c>12</c>, <c>-3.5</c>, <c>0,99</c> with a decimal-comma culture; at most 18
/// digits) are read by a short loop straight into a <see cref="decimal"/>; anything else (thousands separators,
/// a leading plus, more digits) falls back to <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out decimal)"/>
/// in the given culture. Thousands separators are accepted only where the culture groups digits with a space
/// (pl-PL, ru-RU: <c>1 234,56</c>): a comma or dot grouping would be ambiguous with a decimal separator, and the
/// invariant culture would read <c>12,50</c> as 1250.
/// </summary>
internal sealed class DecimalText
{
    private readonly CultureInfo _culture;
    private readonly char _separator;
    private readonly bool _singleCharSeparator;
    private readonly NumberStyles _styles;

    public DecimalText(CultureInfo culture)
    {
        _culture = culture;
        var separator = culture.NumberFormat.NumberDecimalSeparator;
        _singleCharSeparator = separator.Length == 1;
        _separator = _singleCharSeparator ? separator[0] : '\0';
        var group = culture.NumberFormat.NumberGroupSeparator;
        _styles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (group.Length > 0 && group.All(char.IsWhiteSpace))
        {
            _styles |= NumberStyles.AllowThousands;
        }
    }

    public bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        if (_singleCharSeparator && TryParsePlain(text, out value))
        {
            return true;
        }

        return decimal.TryParse(text, _styles, _culture, out value);
    }

    private bool TryParsePlain(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && text[0] == '-')
        {
            negative = true;
            i = 1;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = 0;
        var seenSeparator = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (++digits > 18)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (ulong)(c - '0');
                if (seenSeparator)
                {
                    scale++;
                }
            }
            else if (c == _separator && !seenSeparator)
            {
                seenSeparator = true;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = new decimal(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, negative, (byte)scale);
        return true;
    }
}
