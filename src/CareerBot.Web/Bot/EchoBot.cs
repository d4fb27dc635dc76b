using System.Globalization;
using CareerBot.Advisor.Conversation;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.State;
using CareerBot.Web.Resources;

namespace CareerBot.Web.Bot;

/// <summary>
/// The echo mode (<c>Bot:Mode=Echo</c>): the same protocol, state and middleware as the advisor, but each message is
/// only confirmed, counted in conversation state. The load benchmarks compare the advisor with it, and it shows state
/// persistence end to end.
/// </summary>
public sealed class EchoBot(ConversationState conversationState) : ActivityHandler
{
    /// <summary>Longest message the bot reads; longer pastes get a polite request to shorten.</summary>
    public const int MaxTextLength = AdvisorBot.MaxTextLength;

    private readonly IStatePropertyAccessor<ConversationData> _conversationData =
        conversationState.CreateProperty<ConversationData>(nameof(ConversationData));

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var _ in membersAdded)
        {
            await turnContext.SendActivityAsync(Markdown(BotMessages.Welcome), cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            await turnContext.SendActivityAsync(BotMessages.NoText, cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        if (text.Length > MaxTextLength)
        {
            await turnContext.SendActivityAsync(Format(BotMessages.TooLong, text.Length, MaxTextLength), cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }

        var data = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken).ConfigureAwait(false);
        data.MessageCount++;
        await _conversationData.SetAsync(turnContext, data, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(Format(BotMessages.Echo, text, data.MessageCount), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static Activity Markdown(string text)
    {
        var activity = Activity.CreateMessage(text);
        activity.TextFormat = "markdown";
        return activity;
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.GetCultureInfo("fr-FR"), template, args);
}
