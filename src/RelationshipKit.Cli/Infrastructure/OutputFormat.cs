namespace RelationshipKit.Cli.Infrastructure;

/// <summary>The output formats a data command can print.</summary>
internal enum OutputFormat
{
    /// <summary>A human-readable table.</summary>
    Table,

    /// <summary>The stable JSON contract.</summary>
    Json,

    /// <summary>Comma-separated values with a header.</summary>
    Csv,

    /// <summary>A Mermaid state diagram (graphs only).</summary>
    Mermaid,

    /// <summary>A Graphviz DOT digraph (graphs only).</summary>
    Dot,
}
