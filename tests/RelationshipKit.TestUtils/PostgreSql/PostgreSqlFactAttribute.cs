using Xunit;

namespace RelationshipKit.TestUtils.PostgreSql;

/// <summary>Marks a test that needs the PostgreSQL test cluster: reported skipped, with the reason, where the server binaries are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    /// <summary>Initializes a new <see cref="PostgreSqlFactAttribute"/>.</summary>
    public PostgreSqlFactAttribute()
    {
        if (PostgreSqlBinaries.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
