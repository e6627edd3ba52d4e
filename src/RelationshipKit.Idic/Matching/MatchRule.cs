namespace RelationshipKit.Idic.Matching;

/// <summary>Represents the rule that decided a <see cref="ConsultantMatch"/>.</summary>
/// <remarks>The <c>default</c> value is <see cref="BestScore"/>.</remarks>
public enum MatchRule
{
    /// <summary>The eligible consultant with the highest score.</summary>
    BestScore = 0,

    /// <summary>The customer's own dedicated adviser, who is available.</summary>
    DedicatedAdviser = 1,

    /// <summary>The customer's dedicated adviser is not available: the best of the others now, and a callback from the adviser offered.</summary>
    DedicatedAdviserUnavailable = 2,

    /// <summary>A top-tier customer without an adviser: the best available dedicated adviser, to be assigned to him.</summary>
    AssignDedicatedAdviser = 3,

    /// <summary>A top-tier customer, but no dedicated adviser is available: the best of the others.</summary>
    NoDedicatedAdviserAvailable = 4,

    /// <summary>No consultant can take the contact (none speaks the language, is available and has room).</summary>
    NoConsultant = 5,
}
