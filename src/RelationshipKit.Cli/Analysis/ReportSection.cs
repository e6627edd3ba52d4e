using System.Text.Json;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// One section of the <c>analyze</c> report. A section computes its result once in <see cref="Prepare"/>
/// (reading and validating its inputs, so that bad input fails before anything is printed) and then renders it.
/// </summary>
internal abstract class ReportSection
{
    /// <summary>Gets the JSON key and the heading of the section.</summary>
    public abstract string Key { get; }

    /// <summary>Reads inputs and computes the result; throws <see cref="Infrastructure.CliUsageException"/> on bad input.</summary>
    public abstract PreparedSection Prepare(AnalysisContext context);
}
