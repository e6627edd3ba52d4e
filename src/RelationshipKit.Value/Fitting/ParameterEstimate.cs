namespace RelationshipKit.Value.Fitting;

/// <summary>Represents one fitted parameter: its name, its estimate and its standard error.</summary>
/// <remarks>
/// <para>The standard error comes from the observed information (the inverse Hessian of the negative
/// log-likelihood at the estimate); it is <see langword="null"/> when the Hessian is singular or not positive
/// definite there.</para>
/// <para>Equality compares all three members. The <c>default</c> value has a null name and is never produced by a fit.</para>
/// </remarks>
[Immutable]
public readonly struct ParameterEstimate : IEquatable<ParameterEstimate>
{
    /// <summary>Initializes a new <see cref="ParameterEstimate"/>.</summary>
    /// <param name="name">The parameter's name as the literature writes it (for example <c>alpha</c>).</param>
    /// <param name="value">The estimate.</param>
    /// <param name="standardError">The standard error, or null when not available.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="value"/> is not finite, or <paramref name="standardError"/> is negative or not finite.</exception>
    public ParameterEstimate(string name, double value, double? standardError)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!double.IsFinite(value))
        {
            throw Guard.OutOfRange(nameof(value), value, "be a finite number");
        }

        if (standardError is { } se && (!double.IsFinite(se) || se < 0))
        {
            throw Guard.OutOfRange(nameof(standardError), se, "be a finite number >= 0 or null");
        }

        Name = name;
        Value = value;
        StandardError = standardError;
    }

    /// <summary>Gets the parameter's name.</summary>
    public string Name { get; }

    /// <summary>Gets the estimate.</summary>
    public double Value { get; }

    /// <summary>Gets the standard error, or <see langword="null"/> when the Hessian is singular at the estimate.</summary>
    public double? StandardError { get; }

    /// <summary>Determines whether two estimates are equal.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ParameterEstimate left, ParameterEstimate right) => left.Equals(right);

    /// <summary>Determines whether two estimates differ.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ParameterEstimate left, ParameterEstimate right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ParameterEstimate other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal) && Value.Equals(other.Value) && Nullable.Equals(StandardError, other.StandardError);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ParameterEstimate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Value, StandardError);

    /// <summary>Returns <c>name = value (se)</c>, invariantly formatted.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Name} = {Guard.Format(Value)}" + (StandardError is { } se ? $" ({Guard.Format(se)})" : " (no standard error)");
}
