using Xunit;

namespace RelationshipKit.TestUtils.PostgreSql;

/// <summary>Marks a theory that needs the PostgreSQL test cluster: reported skipped, with the reason, where the server binaries are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgreSqlTheoryAttribute : TheoryAttribute
{
    /// <summary>Initializes a new <see cref="PostgreSqlTheoryAttribute"/>.</summary>
    public PostgreSqlTheoryAttribute()
    {
        if (PostgreSqlBinaries.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
