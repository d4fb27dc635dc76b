using CareerBot.Advisor.Feedback;
using CareerBot.BotFramework.Builder;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// Stores the users' ratings of answers (👍/👎 and an optional comment) with what they rate: the question, the
/// answer and its sources, the language and a pseudonymous user id, for later analysis (<c>feedback export</c>).
/// </summary>
public sealed class AnswerRatings(IFeedbackStore store, AnswerArchive archive, TimeProvider time)
{
    /// <summary>Stores the rating of <paramref name="answer"/>; rating it again replaces the rating. Returns the record's id.</summary>
    public async Task<string> RateAsync(ITurnContext turnContext, RecentAnswer answer, FeedbackReaction reaction, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(answer);
        var activity = turnContext.Activity;
        // An answer the store no longer has is still rated, with its question: the rating is what matters most.
        var archived = string.IsNullOrEmpty(answer.Answer) ? null : await archive.FindAsync(answer.Answer, cancellationToken).ConfigureAwait(false);
        var channelId = activity.ChannelId ?? string.Empty;
        var conversationId = activity.Conversation?.Id ?? string.Empty;
        var record = new FeedbackRecord(
            IdOf(conversationId, answer),
            time.GetUtcNow(),
            channelId,
            conversationId,
            FeedbackRecord.HashUser(channelId, activity.From?.Id ?? string.Empty),
            answer.Language,
            reaction,
            string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            answer.Question,
            archived?.Text ?? string.Empty,
            [.. (archived?.Sources ?? []).Select(s => new FeedbackSource(s.Number, s.Title, s.PassageId))]);
        await store.SaveAsync(record, cancellationToken).ConfigureAwait(false);
        return record.Id;
    }

    /// <summary>Adds a comment to a stored rating; false when the rating is gone (purged, say).</summary>
    public async Task<bool> CommentAsync(string recordId, string comment, CancellationToken cancellationToken = default)
    {
        var record = await store.FindAsync(recordId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return false;
        }

        await store.SaveAsync(record with { Comment = comment.Trim() }, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>One record per rated answer and conversation: a second click replaces the first.</summary>
    private static string IdOf(string conversationId, RecentAnswer answer) => $"{conversationId}|{answer.Id}";
}
