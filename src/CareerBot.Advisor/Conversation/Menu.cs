using CareerBot.Advisor.Resources;
using CareerBot.BotFramework.Builder;
using CareerBot.BotFramework.Dialogs.Prompts;
using CareerBot.BotFramework.Schema;

namespace CareerBot.Advisor.Conversation;

/// <summary>
/// The menu: what the user can do next. Teams gets an Adaptive Card (its buttons post the label back, like a typed
/// answer); the other channels get suggested actions under the message, which Web Chat and the Emulator show as buttons.
/// </summary>
internal static class Menu
{
    private static readonly string[] Items =
    [
        nameof(ConversationMessages.Menu_Tour),
        nameof(ConversationMessages.Menu_Profile),
        nameof(ConversationMessages.Menu_Question),
        nameof(ConversationMessages.Menu_MyProfile),
        nameof(ConversationMessages.Menu_Help),
    ];

    /// <summary>The menu under <paramref name="lead"/> (a welcome, « C'est annulé. »), or alone.</summary>
    public static Activity Create(ITurnContext turnContext, string? lead = null)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var texts = AdvisorTurn.Of(turnContext).Texts;
        Activity message;
        if (turnContext.Activity.ChannelId == Channels.MsTeams)
        {
            message = Activity.CreateMessage(lead ?? string.Empty);
            message.Attachments = [new Attachment { ContentType = CardTemplate.ContentType, Content = CardTemplate.Render("menu", texts) }];
        }
        else
        {
            var prompt = texts.Get(nameof(ConversationMessages.MenuPrompt));
            message = SuggestedActionsRenderer.WithChoices(Activity.CreateMessage(lead is null ? prompt : lead + "\n\n" + prompt), Items.Select(texts.Get));
        }

        message.TextFormat = "markdown";
        message.Locale = AdvisorTurn.Of(turnContext).Locale;
        return message;
    }

    /// <summary>A message with buttons of its own (e.g. under a roadmap: redo, menu).</summary>
    public static Activity WithButtons(Messages texts, string text, params string[] labels)
    {
        var message = SuggestedActionsRenderer.WithChoices(Activity.CreateMessage(text), labels.Select(texts.Get));
        message.TextFormat = "markdown";
        return message;
    }
}
