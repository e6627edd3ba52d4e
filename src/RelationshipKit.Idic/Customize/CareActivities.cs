using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Customize;

/// <summary>
/// Describes the <see cref="CareActivity"/> values: name, default channel, consent purpose, whether each reaches the
/// customer.
/// </summary>
/// <remarks>
/// Consent purposes: activities about what the customer bought or asked (thank-you call, what was done, notes,
/// closing the loop, ticket notices, social responses, product news from his manager) need
/// <see cref="ConsentPurpose.Service"/>; surveys and feedback requests need <see cref="ConsentPurpose.Survey"/>;
/// anything that promotes (other products, information he may like, a prospect follow-up, cards and gifts, the
/// ideas forum) needs <see cref="ConsentPurpose.Marketing"/>. Complaint routing, comments to product development,
/// key-account alerts and root-cause follow-up are internal.
/// </remarks>
public static class CareActivities
{
    private static readonly CareActivityInfo[] Infos =
    [
        Make(CareActivity.ThankYouCall, Channel.Phone, ConsentPurpose.Service, "thank-you call right after a sale, with a satisfaction check"),
        Make(CareActivity.WhatWasDoneReport, Channel.Email, ConsentPurpose.Service, "tell the customer what was done for him"),
        Make(CareActivity.MeetingNote, Channel.Post, ConsentPurpose.Service, "personal note after a meeting"),
        Make(CareActivity.PersonalContact, Channel.Phone, ConsentPurpose.Service, "personal call, not only voicemail and e-mail"),
        Make(CareActivity.SpecialOccasion, Channel.Post, ConsentPurpose.Marketing, "card or small gift for a special occasion"),
        Make(CareActivity.InformationWorthPassingOn, Channel.Email, ConsentPurpose.Marketing, "pass on information the customer may like"),
        Make(CareActivity.OtherProducts, Channel.Email, ConsentPurpose.Marketing, "tell the customer about other products"),
        Make(CareActivity.SatisfactionSurvey, Channel.Email, ConsentPurpose.Survey, "satisfaction survey"),
        Make(CareActivity.ComplaintRouting, null, null, "route the complaint to whoever can solve it"),
        Make(CareActivity.ProductDevelopmentComment, null, null, "pass the comment to product development"),
        Make(CareActivity.FeedbackLoopClosure, Channel.Email, ConsentPurpose.Service, "tell the customer what his feedback changed"),
        Make(CareActivity.ProspectFollowUp, Channel.Phone, ConsentPurpose.Marketing, "follow up a prospect who asked but did not buy"),
        Make(CareActivity.KeyAccountAlert, null, null, "alert sales about an opportunity in a key account"),
        Make(CareActivity.RootCauseFollowUp, null, null, "find the root cause so the problem does not recur"),
        Make(CareActivity.SocialMediaResponse, Channel.Social, ConsentPurpose.Service, "respond quickly to a social-media comment"),
        Make(CareActivity.ValuableCustomerFollowUp, Channel.Phone, ConsentPurpose.Service, "follow a valuable customer: personal review by his adviser"),
        Make(CareActivity.ProductNewsByManager, Channel.Phone, ConsentPurpose.Service, "product news told by the customer's own manager by phone"),
        Make(CareActivity.CriticalTicketClosedNotice, Channel.Email, ConsentPurpose.Service, "notice that a critical ticket is closed"),
        Make(CareActivity.PostUpdateFeedback, Channel.Email, ConsentPurpose.Survey, "collect feedback after an update"),
        Make(CareActivity.IdeasForumInvitation, Channel.Email, ConsentPurpose.Marketing, "invite the customer to the ideas forum with voting"),
    ];

    /// <summary>Gets every care activity, in enum order.</summary>
    public static IReadOnlyList<CareActivityInfo> All { get; } = Array.AsReadOnly(Infos);

    /// <summary>Describes an activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>Its description.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="activity"/> is undefined.</exception>
    public static CareActivityInfo Describe(CareActivity activity)
    {
        Guard.Defined(activity);
        return Infos[(int)activity];
    }

    private static CareActivityInfo Make(CareActivity activity, Channel? channel, ConsentPurpose? purpose, string description) =>
        new(activity, KebabCase.FromPascalCase(activity.ToString()), channel, purpose, description);
}
