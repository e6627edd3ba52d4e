namespace RelationshipKit.Cli.Analysis;

/// <summary>The sections of the <c>analyze</c> report, in print order. Each feature adds its section here.</summary>
internal static class ReportSections
{
    public static IReadOnlyList<ReportSection> All { get; } =
    [
        new BondsSection(),
        new ExpectationsSection(),
        new BenefitsSection(),
        new CompetitiveSection(),
        new DerivedImportanceSection(),
        new ValueSection(),
        new ValueTiersSection(),
        new ReferralsSection(),
        new CustomerBaseSection(),
        new LifecycleSection(),
        new IdicSection(),
    ];
}
