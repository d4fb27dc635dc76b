using CareerBot.Advisor.Feedback;

namespace CareerBot.Advisor.Tests.Feedback;

/// <summary>Ratings to store in the feedback tests.</summary>
internal static class FeedbackSamples
{
    public static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static FeedbackRecord Rating(
        string id,
        DateTimeOffset? timestamp = null,
        FeedbackReaction reaction = FeedbackReaction.Like,
        string? comment = null,
        string question = "Quel est le salaire d'un prompt engineer junior ?") => new(
            Id: id,
            Timestamp: timestamp ?? Noon,
            ChannelId: "msteams",
            ConversationId: "a:1conversation",
            UserHash: FeedbackRecord.HashUser("msteams", "29:1user"),
            Language: "fr",
            Reaction: reaction,
            Comment: comment,
            Question: question,
            Answer: "Entre 45 000 et 55 000 € brut par an en France [1].",
            Sources: [new FeedbackSource(1, "Salaires 2026", "salaires#junior"), new FeedbackSource(2, "Le métier", "metier#role")]);
}
