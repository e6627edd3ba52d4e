namespace RelationshipKit.Idic.Stores;

/// <summary>
/// Represents a callback promise as a store holds it, with the version to pass as the expected version of the next
/// write.
/// </summary>
/// <remarks>The version counts the promise's changes (1 when made). Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class StoredPromise
{
    /// <summary>Initializes a new <see cref="StoredPromise"/>.</summary>
    /// <param name="promise">The promise.</param>
    /// <param name="version">The version; at least 1.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="promise"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="version"/> is below 1.</exception>
    public StoredPromise(Interact.CallbackPromise promise, long version)
    {
        ArgumentNullException.ThrowIfNull(promise);
        if (version < 1)
        {
            throw Guard.OutOfRange(nameof(version), version, "be >= 1");
        }

        Promise = promise;
        Version = version;
    }

    /// <summary>Gets the promise.</summary>
    public Interact.CallbackPromise Promise { get; }

    /// <summary>Gets the version to pass as the expected version of the next write.</summary>
    public long Version { get; }

    /// <summary>Returns the promise and version.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Promise}, version {Version}";
}
