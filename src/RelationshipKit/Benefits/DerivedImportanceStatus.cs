namespace RelationshipKit.Benefits;

/// <summary>Represents whether a derived importance could be computed, and if not, why.</summary>
/// <remarks>The <c>default</c> value is <see cref="Known"/>.</remarks>
public enum DerivedImportanceStatus
{
    /// <summary>The rank correlation is known.</summary>
    Known = 0,

    /// <summary>Fewer than <see cref="DerivedImportance.MinimumRespondents"/> respondents with an outcome: no number is given.</summary>
    TooFewRespondents = 1,

    /// <summary>Every respondent gave the benefit the same performance score, or every respondent has the same outcome: a correlation is undefined.</summary>
    NoVariation = 2,
}
