using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using static RelationshipKit.Lifecycle.Tests.TestLifecycle;

namespace RelationshipKit.Lifecycle.Tests;

/// <summary>
/// The hashed bytes of a history entry are a stored format: SQLite and PostgreSQL databases and JSON files hold hashes
/// computed from them. These tests rebuild the canonical form independently of the library (tag, then each field
/// length-prefixed UTF-8 or big-endian) and pin one hash as a literal, so a faster way of producing the bytes cannot
/// change them.
/// </summary>
public class EntryHashFormatTests
{
    private static readonly LifecycleDefinition<Stage, Trigger> Deals = Build(out Score);
    private static readonly TypedTrigger<Trigger, int> Score;

    [Fact]
    public void CreateEntry_StartWithoutPersonalData_HashIsThePinnedValue()
    {
        var record = Deals.Start(C("00042"), E("evt-1"), T0).Record;

        var entry = Deals.CreateEntry(record, default);

        // Computed by the implementation that wrote the first databases (before the store was made faster).
        entry.Hash.ToString().Should().Be(PinnedStartHash);
        entry.Hash.ToString().Should().Be(Independent(entry));
    }

    [Fact]
    public void CreateEntry_TypedTransitionWithPersonalData_MatchesTheIndependentCanonicalForm()
    {
        var start = Deals.Start(C("klient-ż"), E("e1"), T0);
        var open = Deals.Fire(start.State, Trigger.Qualify, E("e2"), T0 + Duration.FromDays(1));
        var metadata = new TransitionMetadata("Łucja Ńowak", "zadzwoniła — “pilne”", ChangeDriver.CustomerAction);
        var won = Deals.Fire(open.State, Score, 95, E("wydarzenie/3"), T0 + Duration.FromDays(2) + Duration.FromNanoseconds(7), metadata);
        var previous = Deals.CreateEntry(open.Record, Deals.CreateEntry(start.Record, default).Hash);

        var entry = Deals.CreateEntry(won.Record, previous.Hash);

        entry.PersonalDataDigest.ToString().Should().Be(IndependentPersonal(entry.PersonalDataSalt.AsSpan(), metadata.Actor, metadata.Reason));
        entry.Hash.ToString().Should().Be(Independent(entry));
        entry.PreviousHash.Should().Be(previous.Hash);
        entry.CheckIntegrity().Should().BeNull();
    }

    [Fact]
    public void CreateEntry_LongTexts_UseTheSameFormAsShortOnes()
    {
        // Over 1 KB of canonical bytes: the hashing buffer comes from the pool instead of the stack.
        var reason = string.Concat(Enumerable.Repeat("ćma żółta ", TransitionMetadata.MaxReasonLength / 10));
        var actor = new string('ś', TransitionMetadata.MaxActorLength);
        var customer = new string('ę', CustomerId.MaxLength);
        var eventId = new string('ą', LifecycleEventId.MaxLength);
        var metadata = new TransitionMetadata(actor, reason, ChangeDriver.CompetitorActivity);

        var entry = Deals.CreateEntry(Deals.Start(C(customer), E(eventId), T0, metadata).Record, default);

        entry.PersonalDataDigest.ToString().Should().Be(IndependentPersonal(entry.PersonalDataSalt.AsSpan(), actor, reason));
        entry.Hash.ToString().Should().Be(Independent(entry));
    }

    [Fact]
    public void CreateEntry_ManyEntries_EachGetsItsOwnSalt()
    {
        var metadata = new TransitionMetadata("ana", null, ChangeDriver.SupplierAction);
        var record = Deals.Start(C("c1"), E("s"), T0, metadata).Record;

        // More salts than one refill of the random pool, so a refill is crossed.
        var salts = Enumerable.Range(0, 300).Select(_ => Convert.ToHexString(Deals.CreateEntry(record, default).PersonalDataSalt.AsSpan())).ToList();

        salts.Should().OnlyHaveUniqueItems();
        salts.Should().AllSatisfy(s => s.Should().HaveLength(32).And.NotBe(new string('0', 32)));
    }

    private const string PinnedStartHash = "da8c60cc13943d98201b4232f5f8a7b6071bdf87b09aa4bed3203199bca04ecc";

    private static string Independent<TStage, TTrigger>(LifecycleHistoryEntry<TStage, TTrigger> entry)
        where TStage : struct, Enum
        where TTrigger : struct, Enum
    {
        var bytes = new List<byte>();
        bytes.AddRange("rk-lifecycle-entry/1"u8.ToArray());
        AddText(bytes, entry.CustomerId.Value);
        AddText(bytes, entry.DefinitionName);
        AddInt32(bytes, entry.DefinitionVersion);
        AddInt64(bytes, entry.Sequence);
        AddInt32(bytes, entry.Episode);
        bytes.Add((byte)entry.Kind);
        AddText(bytes, entry.FromName);
        AddText(bytes, entry.ToName);
        AddText(bytes, entry.TriggerName);
        AddText(bytes, entry.ArgumentSummary);
        AddText(bytes, entry.EventId.Value);
        AddInt64(bytes, (entry.At - NodaConstants.UnixEpoch).ToInt64Nanoseconds());
        bytes.Add((byte)entry.Metadata.Driver);
        bytes.AddRange(entry.PersonalDataDigest.ToArray());
        bytes.AddRange(entry.PreviousHash.ToArray());
        return Convert.ToHexString(SHA256.HashData(bytes.ToArray())).ToLowerInvariant();
    }

    private static string IndependentPersonal(ReadOnlySpan<byte> salt, string? actor, string? reason)
    {
        var bytes = new List<byte>();
        bytes.AddRange("rk-lifecycle-personal/1"u8.ToArray());
        AddInt32(bytes, salt.Length);
        bytes.AddRange(salt.ToArray());
        AddText(bytes, actor);
        AddText(bytes, reason);
        return Convert.ToHexString(SHA256.HashData(bytes.ToArray())).ToLowerInvariant();
    }

    private static void AddText(List<byte> bytes, string? text)
    {
        if (text is null)
        {
            bytes.Add(0);
            return;
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        bytes.Add(1);
        AddInt32(bytes, utf8.Length);
        bytes.AddRange(utf8);
    }

    private static void AddInt32(List<byte> bytes, int value)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, value);
        bytes.AddRange(buffer);
    }

    private static void AddInt64(List<byte> bytes, long value)
    {
        var buffer = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(buffer, value);
        bytes.AddRange(buffer);
    }
}
