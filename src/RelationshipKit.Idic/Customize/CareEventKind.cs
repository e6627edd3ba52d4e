namespace RelationshipKit.Idic.Customize;

/// <summary>Represents what happened with a customer that care activities follow from (see <see cref="CareRules.Default"/>).</summary>
/// <remarks>The <c>default</c> value is <see cref="Sale"/>.</remarks>
public enum CareEventKind
{
    /// <summary>He bought something.</summary>
    Sale = 0,

    /// <summary>A service was done for him (a repair, a fee waived, a problem fixed without being asked).</summary>
    ServiceCompleted = 1,

    /// <summary>He met someone of the company.</summary>
    Meeting = 2,

    /// <summary>Only voicemail or e-mail reached him.</summary>
    VoicemailLeft = 3,

    /// <summary>A special occasion of his (a birthday, an anniversary as a customer).</summary>
    SpecialOccasion = 4,

    /// <summary>Information he may like became available.</summary>
    InformationAvailable = 5,

    /// <summary>A product he does not have was launched.</summary>
    ProductLaunch = 6,

    /// <summary>He complained.</summary>
    Complaint = 7,

    /// <summary>He commented on a product.</summary>
    ProductComment = 8,

    /// <summary>His feedback caused a change.</summary>
    FeedbackActedOn = 9,

    /// <summary>He asked questions but did not buy.</summary>
    InquiryWithoutPurchase = 10,

    /// <summary>Sales could do more business with his key account.</summary>
    KeyAccountOpportunity = 11,

    /// <summary>The same problem happened to him again.</summary>
    ProblemRecurred = 12,

    /// <summary>He commented on social media.</summary>
    SocialComment = 13,

    /// <summary>There is news about a product he uses (seed 002).</summary>
    ProductNews = 14,

    /// <summary>His critical ticket was closed (seed 002).</summary>
    CriticalTicketClosed = 15,

    /// <summary>A product he uses was updated (seed 002).</summary>
    SoftwareUpdate = 16,
}
