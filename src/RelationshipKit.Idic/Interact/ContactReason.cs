using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents one reason a contact policy gave: the rule, its explanation and until when it holds the contact back.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class ContactReason
{
    internal ContactReason(ContactRule rule, string text, Instant? until)
    {
        Rule = rule;
        Text = text;
        Until = until;
    }

    /// <summary>Gets the rule.</summary>
    public ContactRule Rule { get; }

    /// <summary>Gets the explanation, for example <c>quiet hours 21:00-08:00 (Europe/Warsaw)</c>.</summary>
    public string Text { get; }

    /// <summary>Gets until when the rule holds the contact back; <see langword="null"/> when it never lets it through.</summary>
    public Instant? Until { get; }

    /// <summary>Returns the explanation with its end.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Until is { } until ? $"{Text} until {until}" : Text;
}
