using RelationshipKit.Value;

namespace RelationshipKit.Cli.Analysis;

/// <summary>The inputs of <c>relationshipkit analyze</c>: user files, or <see langword="null"/> for the embedded samples.</summary>
internal sealed class AnalysisContext
{
    /// <summary>Gets the benefit survey CSV (<c>respondent,benefit,importance,performance</c>), or null for the embedded sample.</summary>
    public string? SurveyPath { get; init; }

    /// <summary>Gets the respondents' outcomes CSV (<c>respondent,outcome</c>) for derived importance, or null.</summary>
    public string? OutcomesPath { get; init; }

    /// <summary>Gets the relationship the company offers, as <c>--profile</c> text (<c>dimension=score,…</c>), or null for the embedded synthetic offer.</summary>
    public string? Offered { get; init; }

    /// <summary>Gets the bond survey CSV (<c>respondent,dimension,score</c>), or null for the embedded sample.</summary>
    public string? BondSurveyPath { get; init; }

    /// <summary>Gets the bond archetype catalogue CSV, or null for Fournier's fifteen forms.</summary>
    public string? ArchetypesPath { get; init; }

    /// <summary>Gets the calibration/holdout customer summary CSV for the customer-base section, or null for the embedded CDNOW sample.</summary>
    public string? CustomerSummaryPath { get; init; }

    /// <summary>Gets the time unit of <see cref="CustomerSummaryPath"/>'s recency, T and holdout duration when the file does not record one, or null for the file's unit (day when it records none).</summary>
    public TimeUnit? TimeUnit { get; init; }

    /// <summary>Gets the currency of <see cref="CustomerSummaryPath"/>'s monetary values.</summary>
    public Currency Currency { get; init; } = Currency.None;

    /// <summary>Gets the Likert scale maximum of the benefit survey (5 or 7).</summary>
    public int Scale { get; init; } = 5;
}
