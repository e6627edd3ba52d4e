namespace RelationshipKit.Idic.Matching;

/// <summary>Places ages in <see cref="AgeBand"/>s.</summary>
public static class AgeBands
{
    /// <summary>Places an age in its band.</summary>
    /// <param name="age">The age in whole years, 0 to 130.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="age"/> is outside [0, 130].</exception>
    public static AgeBand Of(int age) => age switch
    {
        < 0 or > 130 => throw Guard.OutOfRange(nameof(age), age, "be in [0, 130]"),
        < 30 => AgeBand.Under30,
        < 45 => AgeBand.From30To44,
        < 60 => AgeBand.From45To59,
        _ => AgeBand.From60,
    };
}
