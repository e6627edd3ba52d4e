namespace RelationshipKit.Idic.Stores;

/// <summary>
/// Represents a customer's consent as a store holds it: the ledger (or its tombstone) and the version to pass as the
/// expected version of the next write.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class StoredConsent
{
    /// <summary>Initializes a new <see cref="StoredConsent"/>.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="version">The version.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ledger"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="version"/> is negative.</exception>
    public StoredConsent(Interact.ConsentLedger ledger, long version)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        if (version < 0)
        {
            throw Guard.OutOfRange(nameof(version), version, "be >= 0");
        }

        Ledger = ledger;
        Version = version;
    }

    /// <summary>Gets the ledger.</summary>
    public Interact.ConsentLedger Ledger { get; }

    /// <summary>Gets the version to pass as the expected version of the next write.</summary>
    public long Version { get; }

    /// <summary>Returns the ledger and version.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Ledger}, version {Version}";
}
