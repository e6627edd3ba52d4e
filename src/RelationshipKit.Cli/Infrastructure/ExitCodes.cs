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
}
