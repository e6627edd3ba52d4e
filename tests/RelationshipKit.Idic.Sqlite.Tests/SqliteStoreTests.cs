using RelationshipKit.Idic.Sqlite;
using RelationshipKit.Testing.Idic;

namespace RelationshipKit.Idic.Sqlite.Tests;

/// <summary>The SQLite stores against the store contracts of RelationshipKit.Testing, each check on a new database file.</summary>
public sealed class SqliteStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rk-idic-sqlite-").FullName;
    private int _next;

    public static TheoryData<string> InteractionChecks => [.. InteractionStoreContract.CheckNames];

    public static TheoryData<string> ConsentChecks => [.. ConsentStoreContract.CheckNames];

    public static TheoryData<string> PromiseChecks => [.. PromiseStoreContract.CheckNames];

    [Theory]
    [MemberData(nameof(InteractionChecks))]
    public Task SqliteInteractionStore_MeetsTheContract(string check) => new InteractionStoreContract(() => new SqliteInteractionStore(NewDatabase())).RunAsync(check);

    [Theory]
    [MemberData(nameof(ConsentChecks))]
    public Task SqliteConsentStore_MeetsTheContract(string check) => new ConsentStoreContract(() => new SqliteConsentStore(NewDatabase())).RunAsync(check);

    [Theory]
    [MemberData(nameof(PromiseChecks))]
    public Task SqlitePromiseStore_MeetsTheContract(string check) => new PromiseStoreContract(() => new SqlitePromiseStore(NewDatabase())).RunAsync(check);

    [Fact]
    public async Task Stores_ShareOneDatabaseFile_AndSurviveANewInstance()
    {
        var database = NewDatabase();
        var customer = new CustomerId("c-1");
        var at = NodaTime.Instant.FromUtc(2026, 3, 1, 10, 0);
        await new SqliteInteractionStore(database).AppendAsync(new Idic.Interact.Interaction("i1", customer, Channel.Web, at, Idic.Interact.InteractionTopic.Delivery), 0);
        await new SqliteConsentStore(database).AppendAsync(
            new Idic.Interact.ConsentEvent("e1", customer, Idic.Interact.ConsentPurpose.Marketing, Idic.Interact.ConsentAction.Granted, at), 0);
        (await new SqliteInteractionStore(database).ReadAsync(customer)).Version.Should().Be(1);
        (await new SqliteConsentStore(database).ReadAsync(customer)).Version.Should().Be(1);
    }

    [Fact]
    public void Ctor_EmptyConnectionString_Throws()
    {
        var act = () => new SqliteInteractionStore(" ");
        act.Should().Throw<ArgumentException>().WithMessage("connectionString must not be empty. (Parameter 'connectionString')");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string NewDatabase() => $"Data Source={Path.Combine(_folder, $"idic-{Interlocked.Increment(ref _next)}.db")};Default Timeout=30";
}
