using CareerBot.Advisor.Resources;
using CareerBot.Knowledge;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// The reply to « source ? »: the articles the last answer cites, under the numbers it cites them with, each with its
/// publisher and date when the article says them; or, before any answer, how the bot cites its sources.
/// </summary>
public sealed class SourcesReply(AnswerArchive archive, IKnowledgeSearch knowledge)
{
    /// <summary>The front matter fields that say where an article comes from, in the order shown.</summary>
    private static readonly string[] OriginFields = ["publisher", "date"];

    public async Task<string> ForAsync(RecentAnswer? last, string language, CancellationToken cancellationToken = default)
    {
        var texts = Messages.For(language, ConversationMessages.ResourceManager);
        var answer = last is null ? null : await archive.FindAsync(last.Answer, cancellationToken).ConfigureAwait(false);
        var lines = (answer?.Sources ?? [])
            .GroupBy(source => SourceIdOf(source.PassageId), StringComparer.Ordinal)
            .Select(article => Line(article.Key, [.. article], texts))
            .ToList();
        return lines.Count == 0
            ? texts.Get(nameof(ConversationMessages.Sources_None))
            : texts.Format(nameof(ConversationMessages.Sources_Last), string.Join('\n', lines));
    }

    private string Line(string sourceId, IReadOnlyList<RecentSource> cited, Messages texts)
    {
        var numbers = string.Join(' ', cited.Select(source => $"[{source.Number}]").Distinct());
        var document = knowledge.Sources.FirstOrDefault(d => d.Id == sourceId);
        var origin = string.Join(", ", OriginFields.Select(key => document?.Metadata.GetValueOrDefault(key)).OfType<string>());
        return origin.Length == 0
            ? texts.Format(nameof(ConversationMessages.Sources_Line), numbers, cited[0].Title)
            : texts.Format(nameof(ConversationMessages.Sources_LineWithOrigin), numbers, cited[0].Title, origin);
    }

    /// <summary>A passage's id is its article's id, '#', its number in the article.</summary>
    private static string SourceIdOf(string passageId) => passageId.Split('#')[0];
}
