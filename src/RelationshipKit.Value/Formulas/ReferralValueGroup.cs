namespace RelationshipKit.Value.Formulas;

/// <summary>
/// Represents the group a customer falls in when ranked by lifetime value (CLV) and by referral value (CRV), after
/// Kumar, Petersen &amp; Leone (2007).
/// </summary>
/// <remarks>The <c>default</c> value is <see cref="Champion"/>.</remarks>
public enum ReferralValueGroup
{
    /// <summary>High lifetime value and high referral value: buys a lot and brings others.</summary>
    Champion = 0,

    /// <summary>High lifetime value, low referral value: buys a lot but brings few; encourage referrals.</summary>
    Affluent = 1,

    /// <summary>Low lifetime value, high referral value: buys little but brings valuable customers; reward the referrals.</summary>
    Advocate = 2,

    /// <summary>Low lifetime value and low referral value.</summary>
    Miser = 3,
}
