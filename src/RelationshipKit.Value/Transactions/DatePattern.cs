using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace RelationshipKit.Value.Transactions;

/// <summary>
/// Parses the date field of a transaction file into a day number. Patterns made only of numeric year, month, day,
/// hour, minute and second fields and literal separators (<c>yyyyMMdd</c>, <c>dd.MM.yyyy</c>,
/// <c>yyyy-MM-dd HH:mm:ss</c>) are parsed by a small allocation-free matcher; any other NodaTime pattern (month
/// names, fractions, quoted literals) goes through NodaTime, with the last parsed text cached because logs repeat
/// dates line after line.
/// </summary>
internal sealed class DatePattern
{
    /// <summary>The result for text that does not match the pattern.</summary>
    public const int Mismatch = -1;

    /// <summary>The result for text that matches the pattern but names no calendar day (2025-02-30).</summary>
    public const int NotADate = -2;

    private const string IsoDescription = "ISO 8601 (yyyy-MM-dd or yyyyMMdd)";

    private readonly Token[]? _tokens;
    private readonly IPattern<LocalDate>? _datePattern;
    private readonly IPattern<LocalDateTime>? _dateTimePattern;
    private readonly bool _iso;
    private readonly DatePattern? _fallback;
    private string? _cachedText;
    private int _cachedDay;

    private DatePattern(string description, Token[]? tokens, IPattern<LocalDate>? datePattern, IPattern<LocalDateTime>? dateTimePattern, bool iso, DatePattern? fallback)
    {
        Description = description;
        _tokens = tokens;
        _datePattern = datePattern;
        _dateTimePattern = dateTimePattern;
        _iso = iso;
        _fallback = fallback;
    }

    private enum Kind : byte
    {
        Literal,
        Year4,
        Month,
        Day,
        Hour,
        Minute,
        Second,
    }

    /// <summary>Gets the pattern as error messages name it.</summary>
    public string Description { get; }

    /// <summary>Creates the default: ISO 8601, plus the culture's short date pattern for a culture other than the invariant one.</summary>
    public static DatePattern Iso(CultureInfo culture)
    {
        DatePattern? fallback = null;
        if (!culture.Equals(CultureInfo.InvariantCulture))
        {
            var shortDate = culture.DateTimeFormat.ShortDatePattern;
            fallback = TryCreate(shortDate, culture, out var pattern, out _) ? pattern : null;
        }

        var description = fallback is null ? IsoDescription : $"{IsoDescription} or {fallback.Description} ({culture.Name})";
        return new DatePattern(description, null, null, null, iso: true, fallback);
    }

    /// <summary>Creates a parser for a NodaTime pattern; throws <see cref="ArgumentException"/> naming <c>DateFormat</c> when the pattern is invalid.</summary>
    public static DatePattern Create(string pattern, CultureInfo culture, string paramName)
    {
        if (!TryCreate(pattern, culture, out var result, out var error))
        {
            throw new ArgumentException($"DateFormat must be a NodaTime date or date-time pattern such as yyyyMMdd or dd.MM.yyyy; was \"{pattern}\" ({error}).", paramName);
        }

        return result;
    }

    /// <summary>Parses <paramref name="text"/>; returns the day number, <see cref="Mismatch"/> or <see cref="NotADate"/>.</summary>
    public int Parse(ReadOnlySpan<char> text)
    {
        if (_iso)
        {
            var day = ParseIso(text);
            if (day == Mismatch && _fallback is not null)
            {
                return _fallback.Parse(text);
            }

            return day;
        }

        if (_tokens is not null)
        {
            return ParseTokens(_tokens, text);
        }

        return ParseWithNodaTime(text);
    }

    private static bool TryCreate(string pattern, CultureInfo culture, [NotNullWhen(true)] out DatePattern? result, out string error)
    {
        error = string.Empty;
        if (pattern.Trim().Length == 0)
        {
            error = "empty";
            result = null;
            return false;
        }

        var tokens = Compile(pattern, culture);
        IPattern<LocalDate>? datePattern = null;
        IPattern<LocalDateTime>? dateTimePattern = null;
        try
        {
            datePattern = LocalDatePattern.Create(pattern, culture);
        }
        catch (InvalidPatternException dateError)
        {
            try
            {
                dateTimePattern = LocalDateTimePattern.Create(pattern, culture);
            }
            catch (InvalidPatternException)
            {
                error = dateError.Message.TrimEnd('.');
                result = null;
                return false;
            }
        }

        result = new DatePattern(pattern, tokens, datePattern, dateTimePattern, iso: false, fallback: null);
        return true;
    }

    /// <summary>Turns a pattern into numeric fields and literals, or returns null when it needs NodaTime.</summary>
    private static Token[]? Compile(string pattern, CultureInfo culture)
    {
        var tokens = new List<Token>();
        bool hasYear = false, hasMonth = false, hasDay = false;
        for (var i = 0; i < pattern.Length;)
        {
            var c = pattern[i];
            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c)
            {
                run++;
            }

            switch (c)
            {
                case 'y' or 'u' when run == 4:
                    tokens.Add(new Token(Kind.Year4, 4, 4, '\0'));
                    hasYear = true;
                    break;
                case 'M' when run <= 2:
                    tokens.Add(new Token(Kind.Month, run, 2, '\0'));
                    hasMonth = true;
                    break;
                case 'd' when run <= 2:
                    tokens.Add(new Token(Kind.Day, run, 2, '\0'));
                    hasDay = true;
                    break;
                case 'H' when run <= 2:
                    tokens.Add(new Token(Kind.Hour, run, 2, '\0'));
                    break;
                case 'm' when run == 2:
                    tokens.Add(new Token(Kind.Minute, 2, 2, '\0'));
                    break;
                case 's' when run == 2:
                    tokens.Add(new Token(Kind.Second, 2, 2, '\0'));
                    break;
                case '/' when culture.DateTimeFormat.DateSeparator.Length == 1:
                    AddLiterals(tokens, culture.DateTimeFormat.DateSeparator[0], run);
                    break;
                case ':' when culture.DateTimeFormat.TimeSeparator.Length == 1:
                    AddLiterals(tokens, culture.DateTimeFormat.TimeSeparator[0], run);
                    break;
                case '/' or ':' or '\'' or '"' or '\\' or '%':
                    return null;
                default:
                    if (char.IsLetter(c))
                    {
                        return null;
                    }

                    AddLiterals(tokens, c, run);
                    break;
            }

            i += run;
        }

        return hasYear && hasMonth && hasDay ? [.. tokens] : null;
    }

    private static void AddLiterals(List<Token> tokens, char literal, int count)
    {
        for (var k = 0; k < count; k++)
        {
            tokens.Add(new Token(Kind.Literal, 1, 1, literal));
        }
    }

    private static int ParseTokens(Token[] tokens, ReadOnlySpan<char> text)
    {
        int year = 0, month = 0, day = 0, position = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == Kind.Literal)
            {
                if (position >= text.Length || text[position] != token.Literal)
                {
                    return Mismatch;
                }

                position++;
                continue;
            }

            var value = 0;
            var digits = 0;
            while (digits < token.MaxDigits && position < text.Length && char.IsAsciiDigit(text[position]))
            {
                value = (value * 10) + (text[position] - '0');
                position++;
                digits++;
            }

            if (digits < token.MinDigits)
            {
                return Mismatch;
            }

            switch (token.Kind)
            {
                case Kind.Year4:
                    year = value;
                    break;
                case Kind.Month:
                    month = value;
                    break;
                case Kind.Day:
                    day = value;
                    break;
                case Kind.Hour when value > 23:
                case Kind.Minute or Kind.Second when value > 59:
                    return Mismatch;
            }
        }

        if (position != text.Length)
        {
            return Mismatch;
        }

        var result = DayNumber.FromCivil(year, month, day);
        return result < 0 ? NotADate : result;
    }

    private static int ParseIso(ReadOnlySpan<char> text)
    {
        int year, month, day;
        if (text.Length >= 10 && text[4] == '-' && text[7] == '-')
        {
            if (!TryDigits(text[..4], out year) || !TryDigits(text.Slice(5, 2), out month) || !TryDigits(text.Slice(8, 2), out day))
            {
                return Mismatch;
            }

            if (text.Length > 10 && !IsTimeOfDay(text[10..]))
            {
                return Mismatch;
            }
        }
        else if (text.Length == 8)
        {
            if (!TryDigits(text[..4], out year) || !TryDigits(text.Slice(4, 2), out month) || !TryDigits(text.Slice(6, 2), out day))
            {
                return Mismatch;
            }
        }
        else
        {
            return Mismatch;
        }

        var result = DayNumber.FromCivil(year, month, day);
        return result < 0 ? NotADate : result;
    }

    /// <summary>Accepts <c>T</c> or a space followed by an ISO-like time (digits, <c>:</c>, <c>.</c>, <c>,</c>, and an offset <c>Z</c>, <c>+hh:mm</c>, <c>-hh:mm</c>).</summary>
    private static bool IsTimeOfDay(ReadOnlySpan<char> rest)
    {
        if (rest.Length < 3 || (rest[0] != 'T' && rest[0] != ' ') || !char.IsAsciiDigit(rest[1]) || !char.IsAsciiDigit(rest[2]))
        {
            return false;
        }

        foreach (var c in rest[1..])
        {
            if (!char.IsAsciiDigit(c) && c is not (':' or '.' or ',' or 'Z' or '+' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private int ParseWithNodaTime(ReadOnlySpan<char> text)
    {
        if (_cachedText is not null && text.SequenceEqual(_cachedText))
        {
            return _cachedDay;
        }

        var copy = text.ToString();
        int day;
        if (_datePattern is not null)
        {
            var result = _datePattern.Parse(copy);
            day = result.Success ? FromParsed(result.Value) : Mismatch;
        }
        else
        {
            var result = _dateTimePattern!.Parse(copy); // One of the two patterns is always set (see TryCreate).
            day = result.Success ? FromParsed(result.Value.Date) : Mismatch;
        }

        _cachedText = copy;
        _cachedDay = day;
        return day;
    }

    private static int FromParsed(LocalDate date) =>
        date.Year is >= 1 and <= 9999 ? date.ToDateOnly().DayNumber : Mismatch;

    private readonly record struct Token(Kind Kind, int MinDigits, int MaxDigits, char Literal);
}
