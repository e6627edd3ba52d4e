using System.Globalization;

namespace RelationshipKit.Idic.Metrics;

/// <summary>
/// Represents one customer's feedback coverage in a period: how often he interacted, how often he was asked for
/// feedback, how often his interactions call for, and whether the two follow each other.
/// </summary>
/// <remarks>
/// <para>Seed 002: "важно определить периодичность измерения сбора обратной связи, которая зависит от частоты
/// взаимодействия с клиентом" (it is important to set how often feedback is collected, which depends on how often the
/// company interacts with the customer). <see cref="Expected"/> = interactions /
/// <see cref="ServiceMetricsOptions.InteractionsPerSurvey"/>; the customer follows when he was asked between
/// ⌊expected⌋ and max(1, ⌈expected⌉) times.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class SurveyFrequency
{
    internal SurveyFrequency(CustomerId customer, int interactions, int surveys, int responses, double expected, SurveyFrequencyStatus status)
    {
        Customer = customer;
        Interactions = interactions;
        Surveys = surveys;
        Responses = responses;
        Expected = expected;
        Status = status;
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets his interactions in the period, surveys left out.</summary>
    public int Interactions { get; }

    /// <summary>Gets how many times he was asked for feedback in the period.</summary>
    public int Surveys { get; }

    /// <summary>Gets how many of those he answered with a score.</summary>
    public int Responses { get; }

    /// <summary>Gets how many surveys his interactions call for: <see cref="Interactions"/> / <see cref="ServiceMetricsOptions.InteractionsPerSurvey"/>.</summary>
    public double Expected { get; }

    /// <summary>Gets whether his survey frequency follows his interaction frequency.</summary>
    public SurveyFrequencyStatus Status { get; }

    /// <summary>Returns the figures, for example <c>c-7: 12 interactions, asked 0 times (2.4 expected): NotAsked</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Customer}: {Interactions} interactions, asked {Surveys} times ({Expected:0.##} expected): {Status}");

    internal static SurveyFrequencyStatus Classify(int surveys, double expected)
    {
        var floor = (int)Math.Floor(expected);
        var ceiling = Math.Max(1, (int)Math.Ceiling(expected));
        return surveys == 0 && floor >= 1 ? SurveyFrequencyStatus.NotAsked
            : surveys < floor ? SurveyFrequencyStatus.UnderAsked
            : surveys > ceiling ? SurveyFrequencyStatus.OverAsked
            : SurveyFrequencyStatus.Follows;
    }
}
