namespace RelationshipKit.Value.Models;

/// <summary>Guards for the per-customer arguments of the purchase models: frequency x, recency t_x, observation time T, horizon.</summary>
internal static class SummaryArguments
{
    /// <summary>Throws unless x is a whole number in [0, <see cref="RfmTable.MaxFrequency"/>], T is in [0, <see cref="RfmTable.MaxTime"/>], t_x is in [0, T], and t_x = 0 when x = 0 (the rules of <see cref="RfmTable"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a rule is broken; the message names the argument, the rule and the value.</exception>
    internal static void Validate(double frequency, double recency, double t)
    {
        Frequency(frequency);
        if (!RfmTable.IsValidTime(t))
        {
            throw Guard.OutOfRange(nameof(t), t, $"be a number in [0, {Guard.Format(RfmTable.MaxTime)}]");
        }

        if (!double.IsFinite(recency) || recency < 0 || recency > t)
        {
            throw new ArgumentOutOfRangeException(nameof(recency), recency, $"recency must be in [0, t]; was {Guard.Format(recency)} with t {Guard.Format(t)}.");
        }

        if (frequency == 0 && recency != 0)
        {
            throw Guard.OutOfRange(nameof(recency), recency, "be 0 when frequency is 0");
        }
    }

    /// <summary>Throws unless <paramref name="frequency"/> is a whole number in [0, <see cref="RfmTable.MaxFrequency"/>].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when it is not.</exception>
    internal static void Frequency(double frequency)
    {
        if (!RfmTable.IsValidFrequency(frequency))
        {
            throw Guard.OutOfRange(nameof(frequency), frequency, $"be a whole number in [0, {Guard.Format(RfmTable.MaxFrequency)}]");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when it is negative or not finite.</exception>
    internal static void Time(double value, string paramName)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw Guard.OutOfRange(paramName, value, "be a finite number >= 0");
        }
    }
}
