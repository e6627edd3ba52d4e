using System.Globalization;

namespace RelationshipKit.Idic.Matching;

/// <summary>
/// Represents a consultant of the contact centre as the matcher sees him: the languages he speaks, his communication
/// style, his skills, his age band, his current load, whether he is available, and whether he is a dedicated adviser
/// for top-tier customers.
/// </summary>
/// <remarks>
/// <para>The id is the workforce system's key (<c>agent-07</c>, <c>ewa.k</c>), written in full in explanations;
/// consultants are staff, not customers, and no customer identifier belongs here.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class Consultant
{
    /// <summary>The longest id accepted, in characters.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Initializes a new <see cref="Consultant"/>.</summary>
    /// <param name="id">The consultant's id: 1 to <see cref="MaxIdLength"/> characters.</param>
    /// <param name="languages">The languages he serves customers in, ISO 639-1 codes such as <c>pl</c> or <c>en</c>; at least one.</param>
    /// <param name="style">His communication style; <see langword="null"/> when not assessed.</param>
    /// <param name="skills">The kebab-case skills he has (<c>billing</c>, <c>complaints</c>, <c>mortgages</c>).</param>
    /// <param name="ageBand">His age band.</param>
    /// <param name="openCases">The contacts or cases he holds now; 0 or more.</param>
    /// <param name="capacity">The most he can hold at once; at least 1.</param>
    /// <param name="isAvailable">Whether he is on shift and free to take a contact.</param>
    /// <param name="isDedicatedAdviser">Whether he serves as a dedicated adviser (a named person for top-tier customers).</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="id"/> or <paramref name="languages"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when an argument breaks its rule (the message names it).</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="openCases"/> is negative, <paramref name="capacity"/> is below 1 or <paramref name="ageBand"/> is undefined.</exception>
    public Consultant(
        string id,
        IEnumerable<string> languages,
        CommunicationStyle? style = null,
        IEnumerable<string>? skills = null,
        AgeBand ageBand = AgeBand.Unknown,
        int openCases = 0,
        int capacity = 1,
        bool isAvailable = true,
        bool isDedicatedAdviser = false)
    {
        Id = Guard.NotBlank(id);
        if (Id.Length > MaxIdLength)
        {
            throw new ArgumentException($"id must be at most {MaxIdLength} characters; was {Id.Length} characters.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(languages);
        Languages = Array.AsReadOnly(languages.Select(l => Language(l, nameof(languages))).Distinct(StringComparer.Ordinal).ToArray());
        if (Languages.Count == 0)
        {
            throw new ArgumentException("languages must name at least one language.", nameof(languages));
        }

        if (style is { Name.Length: 0 })
        {
            throw new ArgumentException("style must be a real style or null; was the default (unset) style.", nameof(style));
        }

        Style = style;
        Skills = Array.AsReadOnly((skills ?? []).Select(s => KebabCase.Require(s, 48, nameof(skills))).Distinct(StringComparer.Ordinal).ToArray());
        Guard.Defined(ageBand);
        Guard.NonNegative(openCases);
        if (capacity < 1)
        {
            throw Guard.OutOfRange(nameof(capacity), capacity, "be at least 1");
        }

        AgeBand = ageBand;
        OpenCases = openCases;
        Capacity = capacity;
        IsAvailable = isAvailable;
        IsDedicatedAdviser = isDedicatedAdviser;
    }

    /// <summary>Gets the consultant's id.</summary>
    public string Id { get; }

    /// <summary>Gets the languages he serves customers in (lower-case ISO 639-1).</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Gets his communication style; <see langword="null"/> when not assessed.</summary>
    public CommunicationStyle? Style { get; }

    /// <summary>Gets his skills.</summary>
    public IReadOnlyList<string> Skills { get; }

    /// <summary>Gets his age band.</summary>
    public AgeBand AgeBand { get; }

    /// <summary>Gets the contacts or cases he holds now.</summary>
    public int OpenCases { get; }

    /// <summary>Gets the most he can hold at once.</summary>
    public int Capacity { get; }

    /// <summary>Gets a value indicating whether he is on shift and free to take a contact.</summary>
    public bool IsAvailable { get; }

    /// <summary>Gets a value indicating whether he serves as a dedicated adviser.</summary>
    public bool IsDedicatedAdviser { get; }

    /// <summary>Gets a value indicating whether he holds as many cases as he can.</summary>
    public bool IsAtCapacity => OpenCases >= Capacity;

    /// <summary>Returns the id, languages, style and load.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id} ({string.Join("/", Languages)}, {(Style is { } s ? s.Name : "style unknown")}, {OpenCases} of {Capacity} cases)");

    internal static string Language(string code, string paramName)
    {
        ArgumentNullException.ThrowIfNull(code, paramName);
        var text = code.Trim().ToLowerInvariant();
        if (text.Length != 2 || !char.IsAsciiLetterLower(text[0]) || !char.IsAsciiLetterLower(text[1]))
        {
            throw new ArgumentException($"{paramName} must hold ISO 639-1 language codes (two letters, such as pl); was {Guard.Format(code)}.", paramName);
        }

        return text;
    }
}
