namespace RelationshipKit.Idic.Metrics;

/// <summary>
/// Represents one business process in a feedback-coverage report: how many interactions served it, how many surveys
/// asked about it and how many were answered.
/// </summary>
/// <remarks>
/// Seed 002 ("не все бизнес-процессы подключены к такой оценке и не все клиенты опрашиваются": not every business
/// process is connected to the assessment and not every customer is asked): a process with interactions but no survey
/// is not covered. Equality is reference equality. This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class ProcessCoverage
{
    internal ProcessCoverage(string process, int interactions, int surveys, int responses)
    {
        Process = process;
        Interactions = interactions;
        Surveys = surveys;
        Responses = responses;
    }

    /// <summary>Gets the business process.</summary>
    public string Process { get; }

    /// <summary>Gets the interactions that served it in the period, surveys left out.</summary>
    public int Interactions { get; }

    /// <summary>Gets the surveys about it in the period.</summary>
    public int Surveys { get; }

    /// <summary>Gets the surveys about it answered with a score.</summary>
    public int Responses { get; }

    /// <summary>Gets a value indicating whether anyone was asked about it in the period.</summary>
    public bool IsCovered => Surveys > 0;

    /// <summary>Returns the figures, for example <c>billing: 14 interactions, 3 surveys, 2 answered</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Process}: {Interactions} interactions, {Surveys} surveys, {Responses} answered{(IsCovered ? string.Empty : " (not covered)")}";
}
