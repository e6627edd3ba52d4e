using NodaTime;

namespace RelationshipKit.PostgreSql;

/// <summary>
/// Splits instants for <c>timestamptz</c>, which holds microseconds: the instant floored to the microsecond goes into
/// the <c>timestamptz</c> column and the nanoseconds past it (0–999) into a <c>smallint</c> beside it, so an instant
/// with nanoseconds reads back exactly (history hashes cover the exact instant).
/// </summary>
internal static class PostgreSqlInstants
{
    internal static (Instant Microseconds, short Nanoseconds) Split(Instant instant)
    {
        var nanoseconds = (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();
        var remainder = (short)(((nanoseconds % 1000) + 1000) % 1000);
        return (instant - Duration.FromNanoseconds(remainder), remainder);
    }

    internal static Instant Join(Instant microseconds, short nanoseconds) => microseconds + Duration.FromNanoseconds(nanoseconds);
}
