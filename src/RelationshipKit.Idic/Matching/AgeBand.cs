namespace RelationshipKit.Idic.Matching;

/// <summary>
/// Represents an age band of a customer or a consultant, for matching older customers with staff of a similar age
/// (seed 001). Use <see cref="AgeBands.Of(int)"/> to place an age.
/// </summary>
/// <remarks>The bands are ordered; neighbours are one apart. The <c>default</c> value is <see cref="Unknown"/>.</remarks>
public enum AgeBand
{
    /// <summary>Not known: the age-band term is not scored.</summary>
    Unknown = 0,

    /// <summary>Under 30.</summary>
    Under30 = 1,

    /// <summary>30 to 44.</summary>
    From30To44 = 2,

    /// <summary>45 to 59.</summary>
    From45To59 = 3,

    /// <summary>60 and over: the older customers of seed 001.</summary>
    From60 = 4,
}
