using System.Diagnostics.CodeAnalysis;

namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents a way to bring phone numbers to E.164 (<c>+48601234567</c>), the form in which the identity resolver
/// compares them.
/// </summary>
/// <remarks>
/// <para>The package ships <see cref="DialPlanPhoneNumberNormalizer"/>, a small documented normaliser that knows
/// the dial plans of a few regions. To use a full phone-number library instead, derive from this class and
/// override <see cref="TryNormalize"/>: return <see langword="false"/> for a value that is not a valid number,
/// otherwise the E.164 text (a plus sign and 8 to 15 digits). An override must be thread-safe, because the resolver
/// normalises on several threads, and must not log the value it is given.</para>
/// </remarks>
[Immutable]
public abstract class PhoneNumberNormalizer
{
    /// <summary>Tries to bring <paramref name="value"/> to E.164.</summary>
    /// <param name="value">The raw number, national or international, with any punctuation.</param>
    /// <param name="e164">The E.164 form when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a valid number.</returns>
    public abstract bool TryNormalize(string value, [NotNullWhen(true)] out string? e164);
}
