using NodaTime;

namespace RelationshipKit.Idic.Customize;

/// <summary>The default <see cref="CareRule"/>s: one per event-driven care activity of the sources.</summary>
/// <remarks>
/// Delays and deadlines are starting values an application tunes; the sources ask for speed where they say so
/// ("right after a sale", "respond quickly to social-media comments") and give no figures.
/// <see cref="CareActivity.ValuableCustomerFollowUp"/> follows no event: treatment rules plan it
/// (<see cref="TreatmentRules.Default"/>'s <c>most-valuable</c>).
/// </remarks>
public static class CareRules
{
    /// <summary>Gets the default rules, in the order of <see cref="CareEventKind"/>.</summary>
    public static IReadOnlyList<CareRule> Default { get; } = Array.AsReadOnly(new CareRule[]
    {
        new("thank-you-after-sale", CareEventKind.Sale, CareActivity.ThankYouCall, Duration.FromDays(1), Duration.FromDays(7)),
        new("survey-after-sale", CareEventKind.Sale, CareActivity.SatisfactionSurvey, Duration.FromDays(14), Duration.FromDays(45)),
        new("report-what-was-done", CareEventKind.ServiceCompleted, CareActivity.WhatWasDoneReport, Duration.Zero, Duration.FromDays(3)),
        new("note-after-meeting", CareEventKind.Meeting, CareActivity.MeetingNote, Duration.FromDays(1), Duration.FromDays(7)),
        new("call-after-voicemail", CareEventKind.VoicemailLeft, CareActivity.PersonalContact, Duration.FromHours(4), Duration.FromDays(3)),
        new("special-occasion", CareEventKind.SpecialOccasion, CareActivity.SpecialOccasion, Duration.Zero, Duration.FromDays(2)),
        new("pass-on-information", CareEventKind.InformationAvailable, CareActivity.InformationWorthPassingOn, Duration.FromDays(1), Duration.FromDays(30)),
        new("tell-about-other-products", CareEventKind.ProductLaunch, CareActivity.OtherProducts, Duration.FromDays(1), Duration.FromDays(60)),
        new("route-complaint", CareEventKind.Complaint, CareActivity.ComplaintRouting, Duration.Zero, Duration.FromDays(1)),
        new("comment-to-product-development", CareEventKind.ProductComment, CareActivity.ProductDevelopmentComment, Duration.Zero, Duration.FromDays(7)),
        new("invite-to-ideas-forum", CareEventKind.ProductComment, CareActivity.IdeasForumInvitation, Duration.FromDays(1), Duration.FromDays(30)),
        new("close-the-loop", CareEventKind.FeedbackActedOn, CareActivity.FeedbackLoopClosure, Duration.Zero, Duration.FromDays(14)),
        new("follow-up-prospect", CareEventKind.InquiryWithoutPurchase, CareActivity.ProspectFollowUp, Duration.FromDays(3), Duration.FromDays(21)),
        new("alert-sales", CareEventKind.KeyAccountOpportunity, CareActivity.KeyAccountAlert, Duration.Zero, Duration.FromDays(7)),
        new("find-root-cause", CareEventKind.ProblemRecurred, CareActivity.RootCauseFollowUp, Duration.Zero, Duration.FromDays(14)),
        new("answer-social-comment", CareEventKind.SocialComment, CareActivity.SocialMediaResponse, Duration.Zero, Duration.FromDays(1)),
        new("news-from-manager", CareEventKind.ProductNews, CareActivity.ProductNewsByManager, Duration.FromDays(1), Duration.FromDays(14)),
        new("ticket-closed-notice", CareEventKind.CriticalTicketClosed, CareActivity.CriticalTicketClosedNotice, Duration.Zero, Duration.FromDays(1)),
        new("feedback-after-update", CareEventKind.SoftwareUpdate, CareActivity.PostUpdateFeedback, Duration.FromDays(7), Duration.FromDays(30)),
    });
}
