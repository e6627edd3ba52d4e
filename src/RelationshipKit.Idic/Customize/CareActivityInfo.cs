using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Customize;

/// <summary>
/// Represents what a <see cref="CareActivity"/> is: its kebab-case name, the channel it uses by default, the consent
/// purpose it needs, whether it reaches the customer, and what the sources say about it.
/// </summary>
/// <remarks>Created by <see cref="CareActivities"/>. Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class CareActivityInfo
{
    internal CareActivityInfo(CareActivity activity, string name, Channel? channel, ConsentPurpose? purpose, string description)
    {
        Activity = activity;
        Name = name;
        Channel = channel;
        Purpose = purpose;
        Description = description;
    }

    /// <summary>Gets the activity.</summary>
    public CareActivity Activity { get; }

    /// <summary>Gets the kebab-case name, for example <c>thank-you-call</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the channel it uses by default; <see langword="null"/> for an internal activity.</summary>
    public Channel? Channel { get; }

    /// <summary>Gets the consent purpose it needs; <see langword="null"/> for an internal activity.</summary>
    public ConsentPurpose? Purpose { get; }

    /// <summary>Gets a value indicating whether it reaches the customer (and so is checked against consent and the contact policy).</summary>
    public bool ReachesCustomer => Channel is not null;

    /// <summary>Gets what the activity is.</summary>
    public string Description { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
