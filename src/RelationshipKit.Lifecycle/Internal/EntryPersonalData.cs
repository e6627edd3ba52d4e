using System.Collections.Immutable;

namespace RelationshipKit.Lifecycle.Internal;

/// <summary>The personal data of a history entry and its salted digest (after erasure, the digest alone).</summary>
/// <param name="Actor">Who made the change.</param>
/// <param name="Reason">Why.</param>
/// <param name="Salt">The random salt of the digest (empty once erased).</param>
/// <param name="Digest">The SHA-256 of the salt, the actor and the reason.</param>
internal sealed record EntryPersonalData(string? Actor, string? Reason, ImmutableArray<byte> Salt, LifecycleHash Digest)
{
    /// <summary>Returns the side object for the given parts, or null when there is no personal data at all.</summary>
    internal static EntryPersonalData? Of(TransitionMetadata metadata, ImmutableArray<byte> salt, LifecycleHash digest) =>
        metadata.Actor is null && metadata.Reason is null && salt.IsDefaultOrEmpty && digest.IsZero
            ? null
            : new EntryPersonalData(metadata.Actor, metadata.Reason, salt.IsDefault ? [] : salt, digest);

    /// <summary>Gets a value indicating whether erasing changes anything: there is an actor, a reason or a digest to
    /// keep alone. An entry already marked erased is not erased again.</summary>
    internal bool IsErasable => Actor is not null || Reason is not null || !Digest.IsZero;

    /// <summary>Returns the side object of an erased entry: the digest alone, or null when the digest is zero.</summary>
    internal static EntryPersonalData? Erased(LifecycleHash digest) => digest.IsZero ? null : new EntryPersonalData(null, null, [], digest);
}
