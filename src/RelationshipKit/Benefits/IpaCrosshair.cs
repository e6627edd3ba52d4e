using System.Globalization;

namespace RelationshipKit.Benefits;

/// <summary>
/// Represents the placement of the crosshair that splits an importance–performance grid into its four quadrants.
/// </summary>
/// <remarks>
/// <para>Martilla &amp; James (1977) leave the placement to judgement; the data means are the common choice and
/// the <c>default</c> value (<see cref="DataMeans"/>). The scale midpoint separates "rated high" from "rated
/// low" in absolute terms; explicit values let a team use targets or last year's means.</para>
/// <para>Equality compares the kind and, for <see cref="IpaCrosshairKind.Explicit"/>, both values.
/// This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct IpaCrosshair : IEquatable<IpaCrosshair>
{
    private readonly double _importance;
    private readonly double _performance;

    private IpaCrosshair(IpaCrosshairKind kind, double importance, double performance)
    {
        Kind = kind;
        _importance = importance;
        _performance = performance;
    }

    /// <summary>Gets the crosshair at the grand means of the data; also the <c>default</c> value.</summary>
    public static IpaCrosshair DataMeans => default;

    /// <summary>Gets the crosshair at the middle of the Likert scale.</summary>
    public static IpaCrosshair ScaleMidpoint { get; } = new(IpaCrosshairKind.ScaleMidpoint, 0, 0);

    /// <summary>Gets where the crosshair is placed.</summary>
    public IpaCrosshairKind Kind { get; }

    /// <summary>Gets the explicit importance value, or <see langword="null"/> unless <see cref="Kind"/> is <see cref="IpaCrosshairKind.Explicit"/>.</summary>
    public double? Importance => Kind == IpaCrosshairKind.Explicit ? _importance : null;

    /// <summary>Gets the explicit performance value, or <see langword="null"/> unless <see cref="Kind"/> is <see cref="IpaCrosshairKind.Explicit"/>.</summary>
    public double? Performance => Kind == IpaCrosshairKind.Explicit ? _performance : null;

    /// <summary>Determines whether two crosshairs are equal.</summary>
    /// <param name="left">The first crosshair.</param>
    /// <param name="right">The second crosshair.</param>
    /// <returns><see langword="true"/> when kind and explicit values are equal.</returns>
    public static bool operator ==(IpaCrosshair left, IpaCrosshair right) => left.Equals(right);

    /// <summary>Determines whether two crosshairs differ.</summary>
    /// <param name="left">The first crosshair.</param>
    /// <param name="right">The second crosshair.</param>
    /// <returns><see langword="true"/> when kind or explicit values differ.</returns>
    public static bool operator !=(IpaCrosshair left, IpaCrosshair right) => !left.Equals(right);

    /// <summary>Creates a crosshair at explicit values; the analysis checks that they lie on the profile's scale.</summary>
    /// <param name="importance">The importance value that separates high from low importance.</param>
    /// <param name="performance">The performance value that separates high from low performance.</param>
    /// <returns>The crosshair.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="importance"/> or <paramref name="performance"/> is NaN or infinite.</exception>
    public static IpaCrosshair At(double importance, double performance)
    {
        Preconditions.Finite(importance);
        Preconditions.Finite(performance);
        return new IpaCrosshair(IpaCrosshairKind.Explicit, importance, performance);
    }

    /// <inheritdoc />
    public bool Equals(IpaCrosshair other) =>
        Kind == other.Kind && _importance.Equals(other._importance) && _performance.Equals(other._performance);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IpaCrosshair other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _importance, _performance);

    /// <summary>Returns the placement, for example <c>DataMeans</c> or <c>Explicit (importance 3.5, performance 3)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == IpaCrosshairKind.Explicit
        ? string.Create(CultureInfo.InvariantCulture, $"Explicit (importance {_importance:R}, performance {_performance:R})")
        : Kind.ToString();
}
