namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents one option of a phone menu (IVR): the key to press, what the caller hears, and where it leads.
/// </summary>
/// <remarks>Equality compares all members. This type is immutable and thread-safe.</remarks>
[Immutable]
public readonly struct IvrOption : IEquatable<IvrOption>
{
    private readonly string? _label;
    private readonly string? _target;

    /// <summary>Initializes a new <see cref="IvrOption"/>.</summary>
    /// <param name="key">The key, 1 to 9.</param>
    /// <param name="label">What the caller hears, for example <c>billing</c>.</param>
    /// <param name="target">Where it leads (a queue or sub-menu id), the value customers name in their shortcuts.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="key"/> is not 1 to 9.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="label"/> or <paramref name="target"/> is empty.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="label"/> or <paramref name="target"/> is null.</exception>
    public IvrOption(int key, string label, string target)
    {
        if (key is < 1 or > 9)
        {
            throw Guard.OutOfRange(nameof(key), key, "be 1 to 9");
        }

        Key = key;
        _label = Guard.NotBlank(label);
        _target = Guard.NotBlank(target);
    }

    /// <summary>Gets the key.</summary>
    public int Key { get; }

    /// <summary>Gets what the caller hears.</summary>
    public string Label => _label ?? string.Empty;

    /// <summary>Gets where it leads.</summary>
    public string Target => _target ?? string.Empty;

    /// <summary>Determines whether two options are equal.</summary>
    /// <param name="left">The first option.</param>
    /// <param name="right">The second option.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IvrOption left, IvrOption right) => left.Equals(right);

    /// <summary>Determines whether two options differ.</summary>
    /// <param name="left">The first option.</param>
    /// <param name="right">The second option.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(IvrOption left, IvrOption right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(IvrOption other) =>
        Key == other.Key && string.Equals(_label, other._label, StringComparison.Ordinal) && string.Equals(_target, other._target, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IvrOption other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, _label, _target);

    /// <summary>Returns the option, for example <c>1: billing</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Key}: {Label}";
}
