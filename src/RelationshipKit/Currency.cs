using System.Collections.Frozen;

namespace RelationshipKit;

/// <summary>
/// Represents an ISO 4217 currency by its three-letter upper-case code, with the number of minor units
/// (digits after the decimal point) for the codes in the ISO 4217 list.
/// </summary>
/// <remarks>
/// <para>Any three upper-case ASCII letters form a valid code, so that a code added to ISO 4217 after this
/// release can still be used; <see cref="IsKnown"/> tells whether the code is in the built-in list, and only a
/// known code with minor units supports <see cref="Money.RoundToMinorUnit(MidpointRounding)"/>.</para>
/// <para>Equality is ordinal on <see cref="Code"/>. The <c>default</c> value is <see cref="None"/> (<c>XXX</c>,
/// the ISO code for "no currency").</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct Currency : IEquatable<Currency>
{
    // ISO 4217 list of active codes (2025), with minor units; -1 marks "N.A." (funds, metals, XXX, XTS).
    private const string Table =
        "AED2 AFN2 ALL2 AMD2 ANG2 AOA2 ARS2 AUD2 AWG2 AZN2 BAM2 BBD2 BDT2 BGN2 BHD3 BIF0 BMD2 BND2 BOB2 BOV2 " +
        "BRL2 BSD2 BTN2 BWP2 BYN2 BZD2 CAD2 CDF2 CHE2 CHF2 CHW2 CLF4 CLP0 CNY2 COP2 COU2 CRC2 CUP2 CVE2 CZK2 " +
        "DJF0 DKK2 DOP2 DZD2 EGP2 ERN2 ETB2 EUR2 FJD2 FKP2 GBP2 GEL2 GHS2 GIP2 GMD2 GNF0 GTQ2 GYD2 HKD2 HNL2 " +
        "HTG2 HUF2 IDR2 ILS2 INR2 IQD3 IRR2 ISK0 JMD2 JOD3 JPY0 KES2 KGS2 KHR2 KMF0 KPW2 KRW0 KWD3 KYD2 KZT2 " +
        "LAK2 LBP2 LKR2 LRD2 LSL2 LYD3 MAD2 MDL2 MGA2 MKD2 MMK2 MNT2 MOP2 MRU2 MUR2 MVR2 MWK2 MXN2 MXV2 MYR2 " +
        "MZN2 NAD2 NGN2 NIO2 NOK2 NPR2 NZD2 OMR3 PAB2 PEN2 PGK2 PHP2 PKR2 PLN2 PYG0 QAR2 RON2 RSD2 RUB2 RWF0 " +
        "SAR2 SBD2 SCR2 SDG2 SEK2 SGD2 SHP2 SLE2 SOS2 SRD2 SSP2 STN2 SVC2 SYP2 SZL2 THB2 TJS2 TMT2 TND3 TOP2 " +
        "TRY2 TTD2 TWD2 TZS2 UAH2 UGX0 USD2 USN2 UYI0 UYU2 UYW4 UZS2 VED2 VES2 VND0 VUV0 WST2 XAF0 XCD2 XCG2 " +
        "XOF0 XPF0 YER2 ZAR2 ZMW2 ZWG2 " +
        "XAG- XAU- XBA- XBB- XBC- XBD- XDR- XPD- XPT- XSU- XTS- XUA- XXX-";

    private static readonly FrozenDictionary<string, int> MinorUnitsByCode = BuildTable();

    private readonly string? _code;

    /// <summary>Initializes a new <see cref="Currency"/> from its ISO 4217 code.</summary>
    /// <param name="code">Three upper-case ASCII letters, for example <c>PLN</c>.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="code"/> is not three upper-case ASCII letters.</exception>
    public Currency(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IsValidCode(code))
        {
            throw new ArgumentException($"code must be three upper-case ASCII letters (ISO 4217); was {Preconditions.Format(code)}.", nameof(code));
        }

        _code = code;
    }

    /// <summary>Gets the currency meaning "no currency" (ISO 4217 <c>XXX</c>); also the <c>default</c> value.</summary>
    public static Currency None => default;

    /// <summary>Gets the Polish złoty (<c>PLN</c>).</summary>
    public static Currency Pln { get; } = new("PLN");

    /// <summary>Gets the euro (<c>EUR</c>).</summary>
    public static Currency Eur { get; } = new("EUR");

    /// <summary>Gets the US dollar (<c>USD</c>).</summary>
    public static Currency Usd { get; } = new("USD");

    /// <summary>Gets the Russian rouble (<c>RUB</c>).</summary>
    public static Currency Rub { get; } = new("RUB");

    /// <summary>Gets the three-letter code; <c>XXX</c> for the <c>default</c> value.</summary>
    public string Code => _code ?? "XXX";

    /// <summary>Gets a value indicating whether the code is in the built-in ISO 4217 list.</summary>
    public bool IsKnown => MinorUnitsByCode.ContainsKey(Code);

    /// <summary>Gets the number of minor units (digits after the decimal point), or <see langword="null"/> when ISO 4217 defines none (<c>XXX</c>, funds, metals) or the code is unknown.</summary>
    public int? MinorUnits => MinorUnitsByCode.TryGetValue(Code, out var units) && units >= 0 ? units : null;

    /// <summary>Gets the codes in the built-in ISO 4217 list, in alphabetical order.</summary>
    public static IReadOnlyList<string> KnownCodes { get; } = [.. MinorUnitsByCode.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Determines whether two currencies are the same.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Determines whether two currencies differ.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <summary>Determines whether <paramref name="code"/> has the shape of an ISO 4217 code (three upper-case ASCII letters).</summary>
    /// <param name="code">The text to check.</param>
    /// <returns><see langword="true"/> when the shape is valid.</returns>
    public static bool IsValidCode(string? code) =>
        code is { Length: 3 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2]);

    /// <inheritdoc />
    public bool Equals(Currency other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the three-letter code.</summary>
    /// <returns>The code, for example <c>PLN</c>.</returns>
    public override string ToString() => Code;

    private static FrozenDictionary<string, int> BuildTable()
    {
        var entries = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in Table.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            entries.Add(entry[..3], entry[3] == '-' ? -1 : entry[3] - '0');
        }

        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
