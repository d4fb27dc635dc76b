using System.Text.Json.Serialization;

namespace CareerBot.Web.Evaluation;

/// <summary>One scripted conversation of a conversation evaluation file (one JSON object per line).</summary>
public sealed record EvalConversation
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>The channel the conversation runs on (it decides how sources are appended); <c>webchat</c> by default.</summary>
    [JsonPropertyName("channel")]
    public string? Channel { get; init; }

    /// <summary>The locale of the user's activities; <c>fr-FR</c> by default.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    [JsonPropertyName("turns")]
    public IReadOnlyList<EvalTurn> Turns { get; init; } = [];

    public string ChannelOrDefault => string.IsNullOrWhiteSpace(Channel) ? "webchat" : Channel;
}

/// <summary>One user message and what its reply must (and must not) contain.</summary>
public sealed record EvalTurn
{
    [JsonPropertyName("user")]
    public string User { get; init; } = string.Empty;

    [JsonPropertyName("tags")]
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Groups of <c>a|b</c> alternatives; each group must be found in the answer body.</summary>
    [JsonPropertyName("expect")]
    public IReadOnlyList<string>? Expect { get; init; }

    /// <summary>Strings that may appear nowhere in the turn's replies, sources included.</summary>
    [JsonPropertyName("forbid")]
    public IReadOnlyList<string>? Forbid { get; init; }

    /// <summary>The word budget of the answer body; <see cref="TurnTags.DefaultMaxWords"/> for answer turns when absent.</summary>
    [JsonPropertyName("maxWords")]
    public int? MaxWords { get; init; }

    public bool Has(string tag) => Tags.Contains(tag, StringComparer.Ordinal);
}

/// <summary>The turn tags a conversation file may use.</summary>
public static class TurnTags
{
    public const string Answer = "answer";
    public const string Followup = "followup";
    public const string English = "english";
    public const string SmallTalk = "smalltalk";
    public const string OutOfScope = "outofscope";
    public const string Injection = "injection";
    public const string InScopeUncovered = "inscopeUncovered";

    public const int DefaultMaxWords = 110;

    public static readonly IReadOnlyList<string> All = [Answer, Followup, English, SmallTalk, OutOfScope, Injection, InScopeUncovered];

    /// <summary>Turns whose reply is an answer from the articles: they have a word budget and count in the word statistics.</summary>
    public static bool IsAnswerTurn(EvalTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Has(Answer) || turn.Has(Followup) || turn.Has(English);
    }
}
