using RelationshipKit.Lifecycle;

namespace RelationshipKit.Testing.Lifecycle;

/// <summary>
/// Provides the small lifecycle the store contract writes: lead → active ⇄ paused (with a review substage) → closed, a
/// win-back from closed, an internal "note" while active. Version 2 merges the review substage into paused, with or
/// without the declared migration.
/// </summary>
public static class ContractLifecycle
{
    /// <summary>The definitions' name.</summary>
    public const string Name = "store-contract";

    /// <summary>Builds version 1 of the contract's lifecycle.</summary>
    /// <returns>The definition.</returns>
    public static LifecycleDefinition<ContractStage, ContractTrigger> Version1()
    {
        var builder = new LifecycleBuilder<ContractStage, ContractTrigger>(Name, 1).InitialStage(ContractStage.Lead);
        builder.Configure(ContractStage.Lead).Permit(ContractTrigger.Activate, ContractStage.Active).Permit(ContractTrigger.Close, ContractStage.Closed);
        builder.Configure(ContractStage.Active)
            .Permit(ContractTrigger.Pause, ContractStage.Paused)
            .InternalTransition(ContractTrigger.Note)
            .Permit(ContractTrigger.Close, ContractStage.Closed);
        builder.Configure(ContractStage.Paused)
            .Permit(ContractTrigger.Resume, ContractStage.Active)
            .Permit(ContractTrigger.Review, ContractStage.PausedInReview)
            .Permit(ContractTrigger.Close, ContractStage.Closed);
        builder.Configure(ContractStage.PausedInReview).SubstageOf(ContractStage.Paused);
        builder.Configure(ContractStage.Closed).PermitWinBack(ContractTrigger.Reopen, ContractStage.Lead);
        return builder.Build();
    }

    /// <summary>Builds version 2, which has no review substage.</summary>
    /// <param name="withMigration">Whether to declare the migration from version 1 that maps the review substage to paused.</param>
    /// <returns>The definition.</returns>
    public static LifecycleDefinition<ContractStage, ContractTrigger> Version2(bool withMigration)
    {
        var builder = new LifecycleBuilder<ContractStage, ContractTrigger>(Name, 2).InitialStage(ContractStage.Lead);
        builder.Configure(ContractStage.Lead).Permit(ContractTrigger.Activate, ContractStage.Active).Permit(ContractTrigger.Close, ContractStage.Closed);
        builder.Configure(ContractStage.Active)
            .Permit(ContractTrigger.Pause, ContractStage.Paused)
            .InternalTransition(ContractTrigger.Note)
            .Permit(ContractTrigger.Close, ContractStage.Closed);
        builder.Configure(ContractStage.Paused).Permit(ContractTrigger.Resume, ContractStage.Active).Permit(ContractTrigger.Close, ContractStage.Closed);
        builder.Configure(ContractStage.Closed).PermitWinBack(ContractTrigger.Reopen, ContractStage.Lead);
        if (withMigration)
        {
            builder.MigrateFrom(1, migration => migration.Rename(nameof(ContractStage.PausedInReview), ContractStage.Paused));
        }

        return builder.Build();
    }
}
