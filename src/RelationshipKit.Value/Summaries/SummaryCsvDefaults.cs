namespace RelationshipKit.Value.Summaries;

/// <summary>The defaults of <see cref="SummaryCsvOptions"/> and <see cref="SummaryCsvReader"/>.</summary>
internal static class SummaryCsvDefaults
{
    public const SummaryLayout Layout = SummaryLayout.Continuous;

    /// <summary>The unit of a continuous-time file that does not record one.</summary>
    public static TimeUnit TimeUnit => TimeUnit.Day;
}
