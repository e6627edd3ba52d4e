using System.Diagnostics;

namespace RelationshipKit.Bonds;

/// <summary>
/// Represents a bond profile: the scores of one relationship on some or all of the <see cref="BondDimension"/>s,
/// each in [−1, +1]. A dimension that was not scored is missing, which is not the same as a neutral score of 0.
/// </summary>
/// <remarks>
/// <para>Build a profile from <see cref="Empty"/> with <see cref="WithScore(BondDimension, double)"/>, or from a
/// list of <see cref="BondScore"/>s. <see cref="BondClassifier"/> compares a profile with an archetype only on the
/// dimensions that both of them score.</para>
/// <para>Equality: two profiles are equal when they score the same dimensions with the same values.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BondProfile : IEquatable<BondProfile>
{
    // One slot per dimension; NaN marks a missing score and never leaves this class.
    private readonly double[] _values;
    private readonly BondScore[] _scores;

    private BondProfile(double[] values)
    {
        _values = values;
        _scores = values
            .Select((value, index) => (value, index))
            .Where(pair => !double.IsNaN(pair.value))
            .Select(pair => new BondScore((BondDimension)pair.index, pair.value))
            .ToArray();
        Scores = Array.AsReadOnly(_scores);
    }

    /// <summary>Initializes a new <see cref="BondProfile"/> from <paramref name="scores"/>, which must name each dimension at most once.</summary>
    /// <param name="scores">The scores; the order does not matter.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="scores"/> names a dimension twice or holds an undefined dimension.</exception>
    public BondProfile(IEnumerable<BondScore> scores)
        : this(ToValues(scores))
    {
    }

    /// <summary>Gets the profile with no scores.</summary>
    public static BondProfile Empty { get; } = new(NewValues());

    /// <summary>Gets the scores present, in <see cref="BondDimension"/> order.</summary>
    public IReadOnlyList<BondScore> Scores { get; }

    /// <summary>Gets the number of dimensions scored.</summary>
    public int Count => _scores.Length;

    /// <summary>Gets a value indicating whether no dimension is scored.</summary>
    public bool IsEmpty => _scores.Length == 0;

    /// <summary>Determines whether two profiles are equal.</summary>
    /// <param name="left">The first profile.</param>
    /// <param name="right">The second profile.</param>
    /// <returns><see langword="true"/> when both are null, or both score the same dimensions with the same values.</returns>
    public static bool operator ==(BondProfile? left, BondProfile? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two profiles differ.</summary>
    /// <param name="left">The first profile.</param>
    /// <param name="right">The second profile.</param>
    /// <returns><see langword="true"/> when the profiles are not equal.</returns>
    public static bool operator !=(BondProfile? left, BondProfile? right) => !(left == right);

    /// <summary>Returns a profile with <paramref name="dimension"/> scored <paramref name="score"/>, replacing any score it had.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="score">The score, in [−1, +1].</param>
    /// <returns>A new profile; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="dimension"/> is not defined, or <paramref name="score"/> is NaN or outside [−1, +1].</exception>
    public BondProfile WithScore(BondDimension dimension, double score)
    {
        BondDimensions.ThrowIfUndefined(dimension);
        Preconditions.InRange(score, -1.0, 1.0);
        var values = (double[])_values.Clone();
        values[(int)dimension] = score + 0.0;
        return new BondProfile(values);
    }

    /// <summary>Returns a profile with <paramref name="score"/> set, replacing any score its dimension had.</summary>
    /// <param name="score">The score.</param>
    /// <returns>A new profile; this one is unchanged.</returns>
    public BondProfile WithScore(BondScore score) => WithScore(score.Dimension, score.Value);

    /// <summary>Returns a profile without a score on <paramref name="dimension"/>.</summary>
    /// <param name="dimension">The dimension to remove.</param>
    /// <returns>A new profile, or this one when <paramref name="dimension"/> was not scored.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="dimension"/> is not defined.</exception>
    public BondProfile WithoutScore(BondDimension dimension)
    {
        BondDimensions.ThrowIfUndefined(dimension);
        if (double.IsNaN(_values[(int)dimension]))
        {
            return this;
        }

        var values = (double[])_values.Clone();
        values[(int)dimension] = double.NaN;
        return new BondProfile(values);
    }

    /// <summary>Determines whether <paramref name="dimension"/> is scored.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns><see langword="true"/> when the profile has a score on <paramref name="dimension"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="dimension"/> is not defined.</exception>
    public bool Contains(BondDimension dimension)
    {
        BondDimensions.ThrowIfUndefined(dimension);
        return !double.IsNaN(_values[(int)dimension]);
    }

    /// <summary>Tries to get the score on <paramref name="dimension"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="score">The score in [−1, +1], or 0 when the dimension is missing.</param>
    /// <returns><see langword="true"/> when the dimension is scored.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="dimension"/> is not defined.</exception>
    public bool TryGetScore(BondDimension dimension, out double score)
    {
        BondDimensions.ThrowIfUndefined(dimension);
        var value = _values[(int)dimension];
        if (double.IsNaN(value))
        {
            score = 0;
            return false;
        }

        score = value;
        return true;
    }

    /// <summary>Gets the score on <paramref name="dimension"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The score in [−1, +1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="dimension"/> is not defined.</exception>
    /// <exception cref="KeyNotFoundException">Thrown when <paramref name="dimension"/> is not scored; use <see cref="TryGetScore"/> to test first.</exception>
    public double GetScore(BondDimension dimension)
    {
        if (!TryGetScore(dimension, out var score))
        {
            throw new KeyNotFoundException(
                $"The profile has no score on {BondDimensions.Get(dimension).KebabName}; call TryGetScore to test whether a dimension is scored.");
        }

        return score;
    }

    /// <inheritdoc />
    public bool Equals(BondProfile? other)
    {
        if (other is null)
        {
            return false;
        }

        for (var i = 0; i < _values.Length; i++)
        {
            // NaN (missing) equals NaN here: double.Equals treats two NaNs as equal.
            if (!_values[i].Equals(other._values[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BondProfile);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var score in _scores)
        {
            hash.Add(score);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the scores as <c>kebab-name=value</c> pairs separated by commas, the form the command line reads.</summary>
    /// <returns>For example <c>voluntariness=0.8,basis=-0.5</c>; the empty string for <see cref="Empty"/>.</returns>
    public override string ToString() => string.Join(",", _scores);

    internal double ValueOrNaN(BondDimension dimension) => _values[(int)dimension];

    private static double[] NewValues()
    {
        var values = new double[BondDimensions.Count];
        Array.Fill(values, double.NaN);
        return values;
    }

    private static double[] ToValues(IEnumerable<BondScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var values = NewValues();
        foreach (var score in scores)
        {
            BondDimensions.ThrowIfUndefined(score.Dimension, nameof(scores));
            if (!double.IsNaN(values[(int)score.Dimension]))
            {
                throw new ArgumentException(
                    $"scores must name each dimension at most once; {BondDimensions.Get(score.Dimension).KebabName} appears twice.", nameof(scores));
            }

            Debug.Assert(score.Value is >= -1.0 and <= 1.0, "BondScore validates its value");
            values[(int)score.Dimension] = score.Value;
        }

        return values;
    }
}
