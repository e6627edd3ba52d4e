namespace RelationshipKit.Idic.Customize;

/// <summary>
/// Represents a care activity a company plans for a customer: each activity of section 6 of the domain ("Caring for
/// the relationship") and the software-vendor practices of seed 002. <see cref="CareActivities.Describe"/> gives each
/// one's channel, consent purpose and whether it reaches the customer.
/// </summary>
/// <remarks>The <c>default</c> value is <see cref="ThankYouCall"/>.</remarks>
public enum CareActivity
{
    /// <summary>A thank-you call right after a sale, with a satisfaction check.</summary>
    ThankYouCall = 0,

    /// <summary>Telling the customer what was done for him.</summary>
    WhatWasDoneReport = 1,

    /// <summary>A personal note after meeting him.</summary>
    MeetingNote = 2,

    /// <summary>A personal call where only voicemail or e-mail reached him.</summary>
    PersonalContact = 3,

    /// <summary>A card or small gift for a special occasion.</summary>
    SpecialOccasion = 4,

    /// <summary>Passing on information he may like.</summary>
    InformationWorthPassingOn = 5,

    /// <summary>Telling him about other products.</summary>
    OtherProducts = 6,

    /// <summary>A satisfaction survey.</summary>
    SatisfactionSurvey = 7,

    /// <summary>Routing his complaint to whoever can solve it (internal).</summary>
    ComplaintRouting = 8,

    /// <summary>Passing his comment to product development (internal).</summary>
    ProductDevelopmentComment = 9,

    /// <summary>Telling him about the change his feedback caused: closing the loop.</summary>
    FeedbackLoopClosure = 10,

    /// <summary>Following up a prospect who asked questions but did not buy.</summary>
    ProspectFollowUp = 11,

    /// <summary>Alerting sales about an opportunity in a key account (internal).</summary>
    KeyAccountAlert = 12,

    /// <summary>Finding the root cause of a problem so that it does not recur (internal).</summary>
    RootCauseFollowUp = 13,

    /// <summary>A fast response to his comment on social media.</summary>
    SocialMediaResponse = 14,

    /// <summary>Following a valuable customer: a regular personal review by his adviser.</summary>
    ValuableCustomerFollowUp = 15,

    /// <summary>Product news told by his own manager by phone (seed 002).</summary>
    ProductNewsByManager = 16,

    /// <summary>A notice that his critical ticket is closed (seed 002).</summary>
    CriticalTicketClosedNotice = 17,

    /// <summary>Collecting his feedback after an update (seed 002).</summary>
    PostUpdateFeedback = 18,

    /// <summary>An invitation to the ideas forum with voting (seed 002).</summary>
    IdeasForumInvitation = 19,
}
