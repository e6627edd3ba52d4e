namespace RelationshipKit.Bonds;

/// <summary>
/// Represents the answers of a bond survey: each respondent's <see cref="BondProfile"/> and, per dimension, how many
/// respondents answered and their mean score.
/// </summary>
/// <remarks>
/// <para>Read one from CSV with <see cref="BondSurveyCsvReader"/>. Respondents are listed in the order they first
/// appear. A respondent who skipped a dimension has no score on it (not a neutral 0).</para>
/// <para>The means are computed exactly from the decimal text of the answers, so 0.7 and 0.9 average to 0.8.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class BondSurvey
{
    private readonly Dictionary<CustomerId, BondProfile> _profiles;
    private readonly int[] _counts;

    internal BondSurvey(IReadOnlyList<CustomerId> respondents, Dictionary<CustomerId, BondProfile> profiles, int[] counts, BondProfile meanProfile, int answerCount)
    {
        Respondents = respondents;
        _profiles = profiles;
        _counts = counts;
        MeanProfile = meanProfile;
        AnswerCount = answerCount;
    }

    /// <summary>Gets the respondents, in the order they first appear.</summary>
    public IReadOnlyList<CustomerId> Respondents { get; }

    /// <summary>Gets the number of answers (one per respondent and dimension).</summary>
    public int AnswerCount { get; }

    /// <summary>Gets the profile of per-dimension mean scores over the respondents who answered each dimension.</summary>
    public BondProfile MeanProfile { get; }

    /// <summary>Gets a respondent's profile.</summary>
    /// <param name="respondent">The respondent.</param>
    /// <returns>The profile of the respondent's answers.</returns>
    /// <exception cref="KeyNotFoundException">Thrown when <paramref name="respondent"/> did not answer.</exception>
    public BondProfile GetProfile(CustomerId respondent) =>
        _profiles.TryGetValue(respondent, out var profile)
            ? profile
            : throw new KeyNotFoundException($"respondent \"{respondent}\" is not in the survey.");

    /// <summary>Gets the number of respondents who answered a dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The count, 0 when nobody answered it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="dimension"/> is not defined.</exception>
    public int CountAnswers(BondDimension dimension)
    {
        BondDimensions.ThrowIfUndefined(dimension);
        return _counts[(int)dimension];
    }
}
