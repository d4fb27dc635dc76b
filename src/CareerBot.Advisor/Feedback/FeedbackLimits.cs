namespace CareerBot.Advisor.Feedback;

/// <summary>
/// The checks and bounds every store applies before keeping a record, so that the memory and SQLite stores keep
/// the same thing. Text comes from users (the comment is free text sent by the channel, and a request may carry up
/// to the host's body limit) and from the bot, so each field is bounded: the feedback table must not grow by
/// megabytes per click. Overlong text is truncated rather than rejected, because a rating is worth keeping even
/// when its comment is too long; the cut is marked with "…" so an analyst sees it.
/// </summary>
internal static class FeedbackLimits
{
    /// <summary>Longer ids are refused, not cut: two different ids cut to the same prefix would overwrite each other.</summary>
    public const int MaxIdLength = 256;

    public const int MaxCommentLength = 2_000;

    /// <summary>Questions and answers are a few hundred characters; the bound only stops abuse.</summary>
    public const int MaxQuestionLength = 8_000;

    public const int MaxAnswerLength = 8_000;

    /// <summary>Channel, conversation and user ids and the language: Teams conversation ids are the longest, about 150 characters.</summary>
    public const int MaxMetadataLength = 512;

    public const int MaxSourceTextLength = 300;

    /// <summary>An answer cites the few passages it was built on; more is not an answer the bot gave.</summary>
    public const int MaxSources = 20;

    private const string Ellipsis = "…";

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="id"/> is a usable record id.</summary>
    public static void ValidateId(string id, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, paramName);
        if (id.Length > MaxIdLength)
        {
            throw new ArgumentException($"A feedback id has at most {MaxIdLength} characters.", paramName);
        }
    }

    /// <summary>The record as it is stored: validated, timestamp in UTC, text fields bounded, an empty comment as null.</summary>
    public static FeedbackRecord Normalize(FeedbackRecord record, string paramName)
    {
        ArgumentNullException.ThrowIfNull(record, paramName);
        ValidateId(record.Id, paramName);
        if (!Enum.IsDefined(record.Reaction))
        {
            throw new ArgumentOutOfRangeException(paramName, record.Reaction, "Unknown feedback reaction.");
        }

        if (record.Sources is null)
        {
            throw new ArgumentException("The record's sources are required (an empty list when the answer cited none).", paramName);
        }

        var sources = record.Sources.Take(MaxSources).Select(source => source is null || source.Title is null || source.PassageId is null
                ? throw new ArgumentException("A feedback source needs a title and a passage id.", paramName)
                : new FeedbackSource(source.Number, Truncate(source.Title, MaxSourceTextLength), Truncate(source.PassageId, MaxSourceTextLength)))
            .ToArray();

        return record with
        {
            Timestamp = record.Timestamp.ToUniversalTime(),
            ChannelId = Truncate(Required(record.ChannelId, nameof(record.ChannelId), paramName), MaxMetadataLength),
            ConversationId = Truncate(Required(record.ConversationId, nameof(record.ConversationId), paramName), MaxMetadataLength),
            UserHash = Truncate(Required(record.UserHash, nameof(record.UserHash), paramName), MaxMetadataLength),
            Language = Truncate(Required(record.Language, nameof(record.Language), paramName), MaxMetadataLength),
            // An empty comment box is no comment.
            Comment = string.IsNullOrWhiteSpace(record.Comment) ? null : Truncate(record.Comment, MaxCommentLength),
            Question = Truncate(Required(record.Question, nameof(record.Question), paramName), MaxQuestionLength),
            Answer = Truncate(Required(record.Answer, nameof(record.Answer), paramName), MaxAnswerLength),
            Sources = sources,
        };
    }

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="maxLength"/> characters, ending with "…" when cut; never
    /// between the two halves of a surrogate pair (an emoji), which would leave invalid UTF-16.
    /// </summary>
    internal static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var keep = maxLength - Ellipsis.Length;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), Ellipsis);
    }

    private static string Required(string? value, string field, string paramName) =>
        value ?? throw new ArgumentException($"The record's {field} is required.", paramName);
}
