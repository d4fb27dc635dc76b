using System.Globalization;
using CareerBot.Advisor.Answers;
using CareerBot.Advisor.Language;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Builder.Streaming;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using CareerBot.Web.Resources;
using Microsoft.Extensions.Options;

namespace CareerBot.Web.Bot;

/// <summary>
/// The career advisor on a channel: welcomes each new member, answers every question with the answer step (sources
/// cited the way the channel renders them, text streamed where the channel can show it), in the language of the
/// message, and keeps the last few messages so that a follow-up ("et en France ?") can be understood.
/// </summary>
public sealed class AdvisorBot(ConversationState conversationState, IAnswerService answers, IOptions<BotOptions> options) : ActivityHandler
{
    /// <summary>Longest message the bot reads; longer pastes get a polite request to shorten.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Longest text kept per remembered message: enough for a follow-up, bounded for storage.</summary>
    private const int MaxRememberedLength = 600;

    private readonly IStatePropertyAccessor<ConversationData> _conversationData =
        conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var culture = CultureFor(LanguageDetector.Detect(null, LanguageOf(turnContext.Activity.Locale)));
        foreach (var _ in membersAdded)
        {
            await turnContext.SendActivityAsync(Markdown(BotMessages.ResourceManager.GetString(nameof(BotMessages.Welcome), culture)!), cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var data = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
        var text = turnContext.Activity.Text?.Trim();
        var language = LanguageDetector.Detect(text, data.Language ?? LanguageOf(turnContext.Activity.Locale));
        var culture = CultureFor(language);
        if (string.IsNullOrEmpty(text))
        {
            await turnContext.SendActivityAsync(Message(nameof(BotMessages.NoText), culture), cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        if (text.Length > MaxTextLength)
        {
            var tooLong = string.Format(culture, Message(nameof(BotMessages.TooLong), culture), text.Length, MaxTextLength);
            await turnContext.SendActivityAsync(tooLong, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        data.Language = language;
        var request = new AnswerRequest(text, language, data.History.ToList());
        var answer = await ReplyAsync(turnContext, request, cancellationToken).ConfigureAwait(false);
        Remember(data, new ConversationTurn(FromUser: true, text), new ConversationTurn(FromUser: false, answer.Text));
        await _conversationData.SetAsync(turnContext, data, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Streams the answer where the channel can show it, and always ends with the one final, cited message.</summary>
    private async Task<Answer> ReplyAsync(ITurnContext turnContext, AnswerRequest request, CancellationToken cancellationToken)
    {
        await using var stream = new StreamingResponse(turnContext);
        Answer? final = null;
        await foreach (var update in answers.StreamAsync(request, cancellationToken).ConfigureAwait(false))
        {
            if (update.Final is { } answer)
            {
                final = answer;
            }
            else if (update.Partial is { } partial)
            {
                stream.QueueTextChunk(partial);
            }
        }

        // The answer service always ends with a final answer; a stream without one is a broken contract.
        if (final is null)
        {
            throw new InvalidOperationException("The answer service ended without a final answer.");
        }

        var sources = final.Sources.Select(s => new CitationSource(s.Number, s.Title, s.Quote));
        // The reply's locale is the answer's language, not the client's: it sets the sources heading's typography and
        // tells the channel what language the message is in.
        var locale = request.Language == LanguageDetector.English ? "en-US" : "fr-FR";
        var message = CitedMessage.Create(final.Text, sources, turnContext.Activity.ChannelId, locale, aiGenerated: final.Origin == AnswerOrigin.Llm);
        await stream.EndStreamAsync(message, cancellationToken).ConfigureAwait(false);
        return final;
    }

    private void Remember(ConversationData data, params ConversationTurn[] turns)
    {
        foreach (var turn in turns)
        {
            data.History.Add(turn with { Text = turn.Text.Length > MaxRememberedLength ? turn.Text[..MaxRememberedLength] : turn.Text });
        }

        var excess = data.History.Count - options.Value.HistoryMessages;
        if (excess > 0)
        {
            data.History.RemoveRange(0, excess);
        }
    }

    private static string? LanguageOf(string? locale) =>
        locale is null ? null : locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? LanguageDetector.English : LanguageDetector.French;

    private static CultureInfo CultureFor(string language) =>
        CultureInfo.GetCultureInfo(language == LanguageDetector.English ? "en" : "fr-FR");

    private static string Message(string name, CultureInfo culture) => BotMessages.ResourceManager.GetString(name, culture)!;

    private static Activity Markdown(string text)
    {
        var activity = Activity.CreateMessage(text);
        activity.TextFormat = "markdown";
        return activity;
    }
}
