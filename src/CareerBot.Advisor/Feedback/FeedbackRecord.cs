using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Advisor.Feedback;

/// <summary>
/// One rating of one answer, kept with the question, the answer and its sources for later analysis. <see cref="Id"/>
/// is chosen by the caller and stable, so a comment given after the rating replaces the same record.
/// <see cref="UserHash"/> is a pseudonymous id (<see cref="HashUser"/>), never the raw user id.
/// </summary>
public sealed record FeedbackRecord(
    string Id,
    DateTimeOffset Timestamp,
    string ChannelId,
    string ConversationId,
    string UserHash,
    string Language,
    FeedbackReaction Reaction,
    string? Comment,
    string Question,
    string Answer,
    IReadOnlyList<FeedbackSource> Sources)
{
    /// <summary>
    /// The pseudonymous id of a user: the first 32 lowercase hex characters of SHA-256("channelId:userId"). The same
    /// user on the same channel always gets the same hash, so the ratings of one user can be grouped without the
    /// export carrying who they are.
    /// </summary>
    public static string HashUser(string channelId, string userId)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId}:{userId}"));
        return Convert.ToHexStringLower(hash)[..32];
    }
}
