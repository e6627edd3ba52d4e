namespace RelationshipKit.Idic.Stores;

/// <summary>
/// Represents the result of a store write: written, duplicate (idempotent retry) or conflict (stale expected version),
/// with the version the stream is at afterwards.
/// </summary>
/// <remarks>
/// A conflict is an expected outcome of concurrent writers, returned as a value and never as a lost update. The
/// <c>default</c> value is a write at version 0. Equality compares all members. This type is immutable and
/// thread-safe.
/// </remarks>
[Immutable]
public readonly struct StoreWriteResult : IEquatable<StoreWriteResult>
{
    /// <summary>Initializes a new <see cref="StoreWriteResult"/>.</summary>
    /// <param name="status">The outcome.</param>
    /// <param name="version">The version the stream is at after the call.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="status"/> is undefined or <paramref name="version"/> is negative.</exception>
    public StoreWriteResult(StoreWriteStatus status, long version)
    {
        Guard.Defined(status);
        if (version < 0)
        {
            throw Guard.OutOfRange(nameof(version), version, "be >= 0");
        }

        Status = status;
        Version = version;
    }

    /// <summary>Gets the outcome.</summary>
    public StoreWriteStatus Status { get; }

    /// <summary>Gets the version the stream is at after the call.</summary>
    public long Version { get; }

    /// <summary>Gets a value indicating whether the store now holds the write (written now or before).</summary>
    public bool Succeeded => Status != StoreWriteStatus.Conflict;

    /// <summary>Determines whether two results are equal.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(StoreWriteResult left, StoreWriteResult right) => left.Equals(right);

    /// <summary>Determines whether two results differ.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(StoreWriteResult left, StoreWriteResult right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(StoreWriteResult other) => Status == other.Status && Version == other.Version;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StoreWriteResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Version);

    /// <summary>Returns the outcome and version, for example <c>conflict (stream at version 3)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Status.ToString().ToLowerInvariant()} (stream at version {Version})";
}
