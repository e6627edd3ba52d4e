namespace RelationshipKit.Cli.Infrastructure;

/// <summary>The process exit codes of the tool.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>A computation finished without a usable answer (a fit that did not converge).</summary>
    public const int NoUsableAnswer = 1;

    /// <summary>Bad usage or bad input.</summary>
    public const int BadInput = 2;

    /// <summary>The command completed, but some input records were rejected (each reported on stderr as file:line:column).</summary>
    public const int CompletedWithRejections = 3;
}
